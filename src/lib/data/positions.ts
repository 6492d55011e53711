/** Maps JSON pointers and character offsets in a data file to lines and columns, for editors' messages. */
import { findNodeAtLocation, type Node } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export function toPointer(path: readonly PropertyKey[]): string {
	return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export class LineIndex {
	private starts: number[] = [0];
	constructor(text: string) {
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
	}
	/** 1-based line and column of a character offset. */
	at(offset: number): { line: number; column: number } {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - this.starts[lo] + 1 };
	}
}

/**
 * The offset of the value at `path`, or of the nearest ancestor that exists (a missing field is
 * reported at the object that should hold it). With `key`, the offset of the property's name.
 */
export function offsetOf(root: Node | undefined, path: JsonPath, key = false): number {
	if (!root) return 0;
	for (let n = path.length; n >= 0; n--) {
		const node = findNodeAtLocation(root, path.slice(0, n));
		if (!node) continue;
		if (key && n === path.length && node.parent?.type === 'property') return node.parent.children![0].offset;
		return node.offset;
	}
	return root.offset;
}

/** The offset of a property name inside the object at `path` (for unknown keys). */
export function keyOffset(root: Node | undefined, path: JsonPath, name: string): number {
	if (!root) return 0;
	const obj = findNodeAtLocation(root, path);
	const prop = obj?.children?.find((c) => c.type === 'property' && c.children?.[0]?.value === name);
	return prop ? prop.children![0].offset : offsetOf(root, path);
}
