import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { didYouMean, list } from './helpers.ts';

/** Every sub-capability belongs to a capability that exists, or it would sit on no page. */
export function subCapabilityCapabilities(content: ParsedContent): Problem[] {
	const known = content.declaredIds.capabilities;
	if (!known) return [];
	return content.subCapabilities.flatMap(({ value, source, path }) =>
		known.has(value.capability)
			? []
			: [problemAt(source, [...path, 'capability'], `"${value.capability}" is not a known capability: use one of the ids in capabilities.yaml${list(known)}.${didYouMean(value.capability, known)}`)],
	);
}
