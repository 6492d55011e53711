import { loadDataset, regionGeo } from '$lib/server/dataset';
import { buildPageModel } from '$lib/data/page-model';

export const load = () => buildPageModel(loadDataset(), regionGeo, 'en');
