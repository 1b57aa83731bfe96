/**
 * Components render alone, from props only (no model, no collections), with Astro's container
 * API, fed nodes of the small in-memory framework.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import AreaFilter from '../../src/components/AreaFilter.astro';
import AttributeItem from '../../src/components/AttributeItem.astro';
import AttributeList from '../../src/components/AttributeList.astro';
import PathwayColumns from '../../src/components/PathwayColumns.astro';
import ProvenanceNote from '../../src/components/ProvenanceNote.astro';
import ResourceParts from '../../src/components/ResourceParts.astro';
import ResourceSummary from '../../src/components/ResourceSummary.astro';
import SiteFooter from '../../src/components/SiteFooter.astro';
import SubCapabilityPagination from '../../src/components/SubCapabilityPagination.astro';
import NewPlanForm from '../../src/components/action-plan/NewPlanForm.astro';
import { attributeSchema, pathwaySchema } from '../../schemas/index.ts';
import { buildModel } from '../../src/lib/model.ts';
import type { EarlierWords } from '../../src/lib/versions/history.ts';
import { modelEntries } from '../helpers/model-entries.ts';

const model = buildModel(modelEntries());
let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
// Text only, markup and spacing aside (the one character reference the fixtures need decoded).
const text = (html: string) =>
	html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replaceAll('&#39;', "'").replace(/\s+/g, ' ').trim();

describe('AttributeItem', () => {
	const attribute = model.byId.attribute.get('p2-values-2')!;

	test('shows the statement and its areas as a list, then its code (its permanent link, read once), addressable by its id', async () => {
		const html = await container.renderToString(AttributeItem, { props: { attribute } });
		expect(html).toContain('id="p2-values-2" data-areas="making-decisions leading-change"');
		expect(text(html)).toBe('Pathway 2, values, statement 2. Making decisions Leading change P2-CU1.2');
		expect(html).toContain('<a class="lcf-cite__code" href="/pathways/pathway-2/#p2-values-2" data-copy-link>P2-CU1.2</a>');
		expect(html).toMatch(/<ul aria-label="Curriculum areas"><li>.*?Making decisions.*?<\/li><li>.*?Leading change.*?<\/li><\/ul>/);
	});

	test('names its sub-capability when asked for its context', async () => {
		const html = await container.renderToString(AttributeItem, { props: { attribute, context: true } });
		expect(text(html)).toMatch(/^Curiosity of values /);
	});

	test('draws the source’s symbol only where the source gives the areas', async () => {
		const source = await container.renderToString(AttributeItem, { props: { attribute: model.byId.attribute.get('p3-values-1')! } });
		const editorial = await container.renderToString(AttributeItem, { props: { attribute } });
		expect(source).toContain('class="lcf-tag__symbol"');
		expect(editorial).not.toContain('lcf-tag__symbol');
	});
});

describe('the history line, from props', () => {
	const attribute = model.byId.attribute.get('p2-values-2')!;
	const before = { id: attribute.id, code: attribute.code, pathway: 'pathway-2', capability: 'curiosity', subCapability: 'values', order: 2, text: 'Older words.', areas: [], areasFrom: 'editorial', formerIds: [] };
	const earlier: EarlierWords[] = [
		{ version: '1.1', date: '2026-11-01', from: '1.0', change: { kind: 'changed', aspects: ['reworded'], before, after: { ...before, text: attribute.text } } },
	];

	test('AttributeItem says what changed, with the earlier words, only when given them', async () => {
		const html = await container.renderToString(AttributeItem, { props: { attribute, earlier } });
		expect(text(html)).toContain('Changed in version 1.1 Version 1.1 : Before, it read: Older words. ( version 1.0 )');
		expect(await container.renderToString(AttributeItem, { props: { attribute } })).not.toContain('lcf-attribute-history');
	});

	test('AttributeList gives each attribute its own earlier words', async () => {
		const html = await container.renderToString(AttributeList, {
			props: { attributes: model.byId.pathway.get('pathway-2')!.attributes, earlierOf: (id: string) => (id === attribute.id ? earlier : []) },
		});
		expect(html.match(/lcf-attribute-history"/g)).toHaveLength(1);
	});
});

describe('AttributeList', () => {
	test('carries its pathway once, for "Add to your plan": its id, and its short label to name a new plan', async () => {
		const html = await container.renderToString(AttributeList, { props: { attributes: model.byId.pathway.get('pathway-3')!.attributes } });
		expect(html).toContain('data-plan-pathway="pathway-3" data-plan-label="Pathway 3"');
		expect(html.match(/data-plan-pathway/g)).toHaveLength(1);
	});
});

describe('ProvenanceNote', () => {
	test('says, in each pathway’s own words from its content, how its areas were assigned, and links to About this content', async () => {
		const html = await container.renderToString(ProvenanceNote, { props: { pathways: model.pathways } });
		expect(text(html)).toBe('Pathway 2 areas are the editors’ choice. Pathway 3 prints symbols the editors read. About this content explains the sources and the editors\' decisions.');
		expect(html).toContain('href="/about/"');
	});

	test('prints a new pathway’s own story, never another pathway’s', async () => {
		const entries = modelEntries();
		const fake = buildModel({
			...entries,
			pathways: [...entries.pathways, { id: 'pathway-4', data: pathwaySchema.parse({ number: 4, title: 'Practice Leaders', audience: 'For practice leaders.', areasAssigned: 'Pathway 4 names its areas in a table the editors copied.' }) }],
			attributes: [...entries.attributes, attributeSchema.parse({ id: 'p4-values-1', code: 'P4-CU1.1', text: 'Pathway 4, values, statement 1.', areas: ['leading-change'], areasFrom: 'editorial', pathway: 'pathway-4', subCapability: 'values', order: 1 })],
		});
		const words = text(await container.renderToString(ProvenanceNote, { props: { pathways: [fake.byId.pathway.get('pathway-4')!] } }));
		expect(words).toContain('Pathway 4 names its areas in a table the editors copied.');
		expect(words).not.toMatch(/cannot be read|Pathway 3|Pathway 2/);
	});

	test('says nothing on a page whose areas the source prints', async () => {
		const pathway = { ...model.pathways[0]!, areasFrom: new Set(['source'] as const) };
		expect(text(await container.renderToString(ProvenanceNote, { props: { pathways: [pathway] } }))).toBe('');
	});
});

describe('PathwayColumns', () => {
	test('gives every pathway a column, headed by its label and linked to the sub-capability on its page', async () => {
		const html = await container.renderToString(PathwayColumns, { props: { subCapability: model.byId.subCapability.get('values')!, level: 3 } });
		expect(html, 'no region landmark for each column').not.toMatch(/<section[^>]*aria-label/);
		expect(html).toContain('<h3 class="lcf-column__heading"><a href="/pathways/pathway-3/#values">Pathway 3: Heads of Service</a></h3>');
		expect(html.match(/class="lcf-attribute"/g)).toHaveLength(3);
	});
});

describe('SubCapabilityPagination', () => {
	test('links the sub-capabilities before and after, across capabilities', async () => {
		const html = await container.renderToString(SubCapabilityPagination, { props: { subCapability: model.byId.subCapability.get('self')! } });
		expect(html).toContain('href="/capabilities/curiosity/values/" rel="prev"');
		expect(html).toContain('href="/capabilities/clarity/vision/" rel="next"');
	});
});

describe('AreaFilter', () => {
	test('counts the page’s attributes in each area, and offers pathways by label on the compare page', async () => {
		const html = await container.renderToString(AreaFilter, {
			props: { curriculumAreas: model.curriculumAreas, attributes: model.byId.pathway.get('pathway-2')!.attributes, dimensions: { pathways: model.pathways, capabilities: model.capabilities } },
		});
		expect(text(html)).toContain('Leading change (4)');
		expect(text(html)).toContain('Making decisions (1)');
		expect(html).toContain('value="pathway-3" data-label="Pathway 3: Heads of Service"');
	});
});

describe('ResourceSummary', () => {
	test('lists what a resource links to, by name, pathways in framework order', async () => {
		const html = await container.renderToString(ResourceSummary, { props: { resource: model.byId.resource.get('strategies')! } });
		expect(text(html)).toContain('Pathways Pathway 2: Middle Leaders Pathway 3: Heads of Service Capabilities Providing Clarity Curriculum areas Making decisions');
	});

	const resource = model.byId.resource.get('strategies')!;
	test('names the original and where it appears, and says when the source gives no address, date or publisher', async () => {
		const html = await container.renderToString(ResourceSummary, { props: { resource: { ...resource, publisher: undefined, developedBy: 'Frontline', published: undefined, publishedIn: 'section 2 of a module' } } });
		expect(text(html)).toContain('Original “Strategies”, section 2 of a module. The source does not give its web address.');
		expect(text(html)).toContain('Developed by Frontline Published by Not given in the source');
		expect(text(html)).toContain('Published Not given in the source');
	});

	test('links the original by its title where the source gives its address', async () => {
		const html = await container.renderToString(ResourceSummary, { props: { resource: { ...resource, sourceUrl: 'https://example.org/strategies' } } });
		expect(html).toContain('<a href="https://example.org/strategies">“Strategies”</a>');
		expect(text(html)).not.toContain('does not give its web address');
		expect(text(html)).toContain('Published by Frontline');
	});
});

describe('ResourceParts', () => {
	// Frontmatter Markdown reaches no Astro processor: the page must still never publish a link that runs code.
	test("publishes a strategy's and the closing text's words, never a javascript: or off-site link", async () => {
		const resource = model.byId.resource.get('strategies')!;
		const [group] = resource.strategyGroups!;
		const unsafe = 'Try [this](javascript:alert(1)), [that][1] and ![i](https://evil.example/t.png).\n\n[1]: //evil.example/x';
		const html = await container.renderToString(ResourceParts, {
			props: { resource: { ...resource, strategyGroups: [{ ...group!, strategies: [{ ...group!.strategies[0]!, text: unsafe }] }], closing: { title: 'Next', text: '[Go](JaVaScRiPt:alert(2))' } }, planPathway: undefined },
		});
		expect(text(html)).toContain('Try this, that and .');
		expect(text(html)).toContain('Go');
		expect(html).not.toMatch(/javascript:|evil\.example/i);
	});
});

describe('SiteFooter', () => {
	test('says whom the site cites as the framework\'s authors and this site’s content version, from the framework.yaml record', async () =>
		expect(text(await container.renderToString(SiteFooter, { props: { about: model.about, sitePages: model.sitePages } }))).toContain(
			"The framework's own documents do not say who made it. This site cites it as by Frontline, from the footer of its web page. This site's content version 1.0, 30 January 2025 (not an edition of the framework).",
		));

	test('links the pages about the site, in order', async () =>
		expect(await container.renderToString(SiteFooter, { props: { about: model.about, sitePages: model.sitePages } })).toContain(
			'<li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li>',
		));
});

describe('NewPlanForm', () => {
	test('offers each pathway by its label', async () => {
		const html = await container.renderToString(NewPlanForm, { props: { pathways: model.pathways } });
		expect(text(html)).toContain('Which pathway is it for? Pathway 2: Middle Leaders Pathway 3: Heads of Service');
	});
});
