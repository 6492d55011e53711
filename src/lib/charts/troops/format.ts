/** A troop figure as readers read it, in one edition: "about 2,500", "٤٠٬٠٠٠–٤١٬٠٠٠". */
import type { TroopPointT } from '../../data/schema';
import type { Edition } from '../../editions/registry';

export function formatFigure(p: Pick<TroopPointT, 'value' | 'high' | 'qualifier'>, edition: Edition, ui: Record<string, string>): string {
	const n = new Intl.NumberFormat(edition.locale);
	const core = p.high !== undefined ? `${n.format(p.value)}–${n.format(p.high)}` : n.format(p.value);
	const q = p.qualifier
		? { about: ui.qualifierAbout, 'fewer-than': ui.qualifierFewerThan, 'more-than': ui.qualifierMoreThan, 'up-to': ui.qualifierUpTo }[p.qualifier]
		: '';
	return q ? `${q} ${core}` : core;
}
