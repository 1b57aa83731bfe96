/**
 * A small framework in memory for unit tests of the model and of components: two pathways, two
 * capabilities with three sub-capabilities, six attributes, two areas, one resource and two pages
 * about the site. Listed out of order on purpose, so that tests prove the model puts them in order.
 */
import type { AttributeEntryInput } from '../../schemas/index.ts';
import { collectionSchemas as schemas } from '../../src/collections/collections.ts';
import type { ModelEntries } from '../../src/lib/model.ts';

const attribute = (pathway: number, subCapability: string, code: string, order: number, extra: Partial<AttributeEntryInput> = {}) =>
	schemas.attributes.parse({
		id: `p${pathway}-${subCapability}-${order}`,
		code: `P${pathway}-${code}.${order}`,
		text: `Pathway ${pathway}, ${subCapability}, statement ${order}.`,
		areas: ['leading-change'],
		areasFrom: 'editorial',
		pathway: `pathway-${pathway}`,
		subCapability,
		order,
		...extra,
	});

export function modelEntries(): ModelEntries {
	return {
		about: schemas.framework.parse({
			title: 'Leadership Capability Framework',
			summary: 'What leaders show.',
			publisher: 'Frontline',
			publisherFrom: 'the footer of its web page',
			sources: [{ title: 'Source', description: 'The source.' }],
			version: '1.0',
			date: '2025-01-30',
		}),
		pathways: [
			{ id: 'pathway-3', data: schemas.pathways.parse({ number: 3, title: 'Heads of Service', audience: 'For heads of service.', areasAssigned: 'Pathway 3 prints symbols the editors read.' }) },
			{ id: 'pathway-2', data: schemas.pathways.parse({ number: 2, title: 'Middle Leaders', audience: 'For middle leaders.', areasAssigned: 'Pathway 2 areas are the editors’ choice.' }), body: 'About **Pathway 2**.' },
		],
		capabilities: [
			schemas.capabilities.parse({ id: 'clarity', code: 'CL', order: 2, title: 'Providing Clarity', shortName: 'Clarity', description: 'Clarity.' }),
			schemas.capabilities.parse({ id: 'curiosity', code: 'CU', order: 1, title: 'Maintaining Curiosity', shortName: 'Curiosity', description: 'Curiosity.' }),
		],
		subCapabilities: [
			schemas.subCapabilities.parse({ id: 'self', code: 'CU2', capability: 'curiosity', order: 2, title: 'Curiosity of self', description: 'Self.' }),
			schemas.subCapabilities.parse({ id: 'vision', code: 'CL1', capability: 'clarity', order: 1, title: 'Clarity of vision', description: 'Vision.' }),
			schemas.subCapabilities.parse({
				id: 'values', code: 'CU1', capability: 'curiosity', order: 1, title: 'Curiosity of values', description: 'Values.',
				pathwayDescriptions: { 'pathway-3': 'Values, as Pathway 3 words it.' },
			}),
		],
		curriculumAreas: [
			schemas.curriculumAreas.parse({ id: 'making-decisions', order: 2, title: 'Making decisions', description: 'Decisions.' }),
			schemas.curriculumAreas.parse({ id: 'leading-change', order: 1, title: 'Leading change', description: 'Change.', sourceSymbol: '🔄', symbolReasoning: 'Arrows.' }),
		],
		attributes: [
			attribute(2, 'vision', 'CL1', 1),
			attribute(2, 'values', 'CU1', 2, { areas: ['making-decisions', 'leading-change'] }),
			attribute(2, 'self', 'CU2', 1),
			attribute(2, 'values', 'CU1', 1),
			attribute(3, 'values', 'CU1', 1, { areasFrom: 'source-symbol', sourceSymbol: '🔄' }),
			attribute(3, 'vision', 'CL1', 1, { areasFrom: 'source-symbol', sourceSymbol: '🔄' }),
		],
		resources: [
			{
				id: 'strategies',
				data: schemas.resources.parse({
					title: 'Strategies',
					kind: 'practical-strategies',
					publisher: 'Frontline',
					published: '2024-05',
					summary: 'Strategies.',
					attribution: 'Frontline (2024).',
					pathways: ['pathway-3', 'pathway-2'],
					capabilities: ['clarity'],
					areas: ['making-decisions'],
					strategyGroups: [{ id: 'team', title: 'Your team', strategies: [{ id: 'share', title: 'Share skills', text: 'Share.', subCapabilities: ['self'] }] }],
				}),
			},
		],
		sitePages: [
			{ id: 'privacy', data: schemas.sitePages.parse({ title: 'Privacy notice', description: 'Privacy.', linkText: 'Privacy', order: 2 }) },
			{ id: 'contact', data: schemas.sitePages.parse({ title: 'Contact', description: 'Contact.', order: 1 }) },
		],
	};
}
