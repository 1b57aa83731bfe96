/** The data path of a YAML node, from the pairs and list items around it (as `visit` gives them). */
import { isPair, isScalar, isSeq } from 'yaml';
import type { Path } from './where.ts';

export function pathOf(ancestors: readonly unknown[], node: unknown): Path {
	const path: PropertyKey[] = [];
	ancestors.forEach((ancestor, i) => {
		const child = ancestors[i + 1] ?? node;
		if (isPair(ancestor) && isScalar(ancestor.key) && ancestor.value === child) path.push(String(ancestor.key.value));
		if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
	});
	return path;
}
