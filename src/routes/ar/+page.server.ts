import { storyModel } from '$lib/server/page-data';

export const load = () => storyModel('ar');
