import type { ParsedContent } from '../parsed.ts';
import { problemAt } from '../problems.ts';
import type { Problem } from '../where.ts';
import { didYouMean } from './helpers.ts';

/** Every pathway has attributes for every sub-capability, and for no other: a gap would be a hole on its page. */
export function subCapabilityCoverage(content: ParsedContent): Problem[] {
	const known = content.declaredIds.subCapabilities;
	if (!known) return [];
	return content.attributeFiles.flatMap(({ value: file, source }) => [
		...[...known]
			.filter((subCapability) => !(subCapability in file))
			.map((subCapability) =>
				problemAt(source, [], `lacks sub-capability "${subCapability}": every pathway needs at least one attribute for each of the ${known.size} sub-capabilities`),
			),
		...Object.keys(file)
			.filter((subCapability) => !known.has(subCapability))
			.map((subCapability) =>
				problemAt(source, [subCapability], `is not a known sub-capability: use one of the ids in sub-capabilities.yaml.${didYouMean(subCapability, known)}`),
			),
	]);
}
