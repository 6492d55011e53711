import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/data/suggest';

describe('did you mean', () => {
	it('counts a swap of neighbouring letters as one edit', () => expect(editDistance('titel', 'title')).toBe(1));
	it('suggests only near misses', () => {
		expect(closest('diplomcy', ['military', 'diplomacy'])).toBe('diplomacy');
		expect(closest('population', ['id', 'name', 'lat'])).toBeUndefined();
	});
	it('suggests the one option that holds a shortened name whole, and none when several do', () => {
		expect(closest('al-asad', ['baghdad', 'ain-al-asad', 'erbil'])).toBe('ain-al-asad');
		expect(closest('name', ['name_en', 'name_ar', 'lat'])).toBeUndefined();
		expect(closest('al', ['ain-al-asad'])).toBeUndefined();
	});
});
