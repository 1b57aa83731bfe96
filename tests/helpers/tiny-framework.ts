/** A two-pathway framework of one capability and one sub-capability, for the exchange formats' unit tests. */
import type { Attribute } from '../../schemas/index.ts';
import type { FrameworkData } from '../../src/lib/exchange/input.ts';
import { pathwayLabels } from '../../src/lib/labels.ts';

export const attribute = (pathway: string, id: string, code: string, text: string, order = 1, formerIds: string[] = []): Attribute => ({
	id, code, text, order, formerIds, pathway, subCapability: 'curiosity-of-self', areas: ['making-decisions'], areasFrom: 'editorial',
});

export function tinyFramework(options: { text?: string; p2Ids?: string[]; pathways?: number[]; p3Description?: string } = {}): FrameworkData {
	const pathways = (options.pathways ?? [2, 3]).map((n) => ({ id: `pathway-${n}`, number: n, title: `Leaders ${n}`, ...pathwayLabels({ number: n, title: `Leaders ${n}` }), introduction: `The framework for Leaders ${n} & <others>.` }));
	return {
		about: { title: 'Leadership Capability Framework', summary: 'A framework.', publisher: 'Frontline, with the Department for Education', version: '1.0', date: '2026-11-23' },
		pathways,
		capabilities: [{
			id: 'maintaining-curiosity', code: 'CU', order: 1, title: 'Maintaining Curiosity', description: 'Curious.', formerIds: [],
			subCapabilities: [{
				id: 'curiosity-of-self', code: 'CU1', order: 1, title: 'Curiosity of self & others', description: 'Self, "quoted".', formerIds: [],
				pathwayDescriptions: options.p3Description ? { 'pathway-3': options.p3Description } : {},
				attributesByPathway: new Map(pathways.map((p) => [p.id, p.number === 2
					? [attribute(p.id, 'p2-knows-self', 'P2-CU1.1', options.text ?? 'Knows self, and others.', 1, options.p2Ids ?? [])]
					: [attribute(p.id, `p${p.number}-asks`, `P${p.number}-CU1.1`, 'Asks.'), attribute(p.id, `p${p.number}-listens`, `P${p.number}-CU1.2`, 'Listens.', 2)]])),
			}],
		}],
		curriculumAreas: [{ id: 'making-decisions', order: 5, title: 'Making Decisions', description: 'Deciding.' }],
	};
}
