/** How the site names values of the content model. */
import type { Resource } from '../../schemas/index.ts';

export const resourceKindLabel: Record<Resource['kind'], string> = {
	'practical-strategies': 'Practical strategies',
	evidence: 'Evidence',
	'related-framework': 'Related framework',
	'reading-list': 'Reading list',
};
