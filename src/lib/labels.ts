/** How the site names values of the content model. */
import type { Pathway, Resource } from '../../schemas/index.ts';

export const resourceKindLabel: Record<Resource['kind'], string> = {
	'practical-strategies': 'Practical strategies',
	evidence: 'Evidence',
	'related-framework': 'Related framework',
	'reading-list': 'Reading list',
};

/** The one place a pathway's name is made: "Pathway 2: Middle Leaders" and, short, "Pathway 2". */
export function pathwayLabels({ number, title }: Pick<Pathway, 'number' | 'title'>): { label: string; shortLabel: string } {
	return { label: `Pathway ${number}: ${title}`, shortLabel: `Pathway ${number}` };
}
