import { describe, expect, it } from 'vitest';
import { attackBetween, siteStateAt } from '../../src/lib/data/site-status';
import { realData } from './helpers';

const src = ['R1'];
const base = {
	id: 'base-a',
	status: [
		{ from: '2014-11', state: 'us-forces' as const, approximate: true, sources: src },
		{ from: '2025-08-24', state: 'drawing-down' as const, sources: src },
		{ from: '2026-01-17', state: 'handed-over' as const, to: { en: 'the army', ar: 'الجيش', ckb: 'سوپا' }, sources: src }
	],
	attacks: [{ date: '2024-01-20', sources: src }]
};

describe('state of a site at a date', () => {
	it('knows nothing before the first dated state', () => {
		expect(siteStateAt(base, '2014-06-01')).toBeNull();
	});
	it('counts a month-precision change only from the end of that month', () => {
		expect(siteStateAt(base, '2014-11-15')).toBeNull();
		expect(siteStateAt(base, '2014-11-30')?.state).toBe('us-forces');
		expect(siteStateAt(base, '2014-12-01')?.state).toBe('us-forces');
	});
	it('shows a handover from its own day, and the state before it the day before', () => {
		expect(siteStateAt(base, '2026-01-16')?.state).toBe('drawing-down');
		expect(siteStateAt(base, '2026-01-17')?.state).toBe('handed-over');
		expect(siteStateAt(base, '2026-01-17')?.change.to?.en).toBe('the army');
	});
	it('counts a year-precision change from the end of the year', () => {
		const site = { id: 'y', status: [{ from: '2016', state: 'us-forces' as const, sources: src }] };
		expect(siteStateAt(site, '2016-06-01')).toBeNull();
		expect(siteStateAt(site, '2017-01-01')?.state).toBe('us-forces');
	});
	it('marks a state as unreported after the last date a source confirms it', () => {
		const site = { id: 't', status: [{ from: '2015', state: 'us-forces' as const, until: '2024-01-28', sources: src }] };
		expect(siteStateAt(site, '2024-01-28')?.state).toBe('us-forces');
		expect(siteStateAt(site, '2024-01-29')?.state).toBe('unreported');
	});
	it('finds an attack in the period and not outside it, including on a site handed over later', () => {
		expect(attackBetween(base, [], '2024-01-01', '2024-01-31')).toBe('attacked');
		expect(attackBetween(base, [], '2024-01-21', '2026-03-10')).toBeNull();
		expect(attackBetween(base, [], undefined, '2026-03-10')).toBeNull();
		expect(siteStateAt(base, '2026-03-10')?.state).toBe('handed-over');
	});
	it('counts attack events that name the site, and only attacks', () => {
		const events = [
			{ date: '2020-01-08', category: 'attacks' as const, places: ['base-a'] },
			{ date: '2020-01-03', category: 'military' as const, places: ['base-a'] }
		];
		expect(attackBetween(base, events, '2020-01-01', '2020-01-09')).toBe('attacked');
		expect(attackBetween(base, events.slice(1), '2020-01-01', '2020-01-09')).toBeNull();
	});
	it('tells an attack only its attackers claim from a reported one, and a reported one wins', () => {
		const site = { ...base, attacks: [{ date: '2026-03-01', claimed: true, sources: src }] };
		expect(attackBetween(site, [], '2026-02-28', '2026-03-10')).toBe('claimed');
		const both = { ...base, attacks: [...site.attacks, { date: '2026-03-04', sources: src }] };
		expect(attackBetween(both, [], '2026-02-28', '2026-03-10')).toBe('attacked');
		// An attack event in the timeline that names the site is a reported attack.
		expect(attackBetween(site, [{ date: '2026-03-02', category: 'attacks' as const, places: ['base-a'] }], '2026-02-28', '2026-03-10')).toBe('attacked');
	});
	it('has, in the real data, every state change in date order', () => {
		for (const p of realData().places.places) {
			const starts = (p.status ?? []).map((s) => s.from);
			expect([...starts].sort(), p.id).toEqual(starts);
		}
	});
});
