/** The shipped content: complete, consistent, and faithful to the source documents. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attributesFromFile } from '../../src/collections/attributes.ts';
import { validateContent, type ValidationResult } from '../../src/check/validate.ts';
import type { Attribute } from '../../schemas/index.ts';
import { formatDate } from '../../src/lib/format.ts';
import { printedReference, referencesHeading } from '../../src/lib/reading-list.ts';
import { projectRoot } from '../helpers/fixtures.ts';

let result: ValidationResult;
let attributes: Attribute[];
const ofPathway = (id: string) => attributes.filter((a) => a.pathway === id);

beforeAll(async () => {
	result = await validateContent(projectRoot);
	attributes = result.content.attributeFiles.flatMap((f) => attributesFromFile(f.id!, f.value));
});

describe('shipped content', () => {
	test('has no problems', () => expect(result.problems).toEqual([]));

	test('has the 4 capabilities, 28 sub-capabilities and 9 curriculum areas', () => {
		expect(result.content.capabilities.map((c) => c.value.shortName)).toEqual(['Curiosity', 'Clarity', 'Complexity', 'Capacity']);
		expect(result.content.subCapabilities).toHaveLength(28);
		for (const { value } of result.content.capabilities)
			expect(result.content.subCapabilities.filter((s) => s.value.capability === value.id)).toHaveLength(7);
		expect(result.content.curriculumAreas).toHaveLength(9);
	});

	test('has Pathway 2 with 50 attributes and Pathway 3 with 43', () => {
		expect(result.content.pathways.map((p) => p.id).sort()).toEqual(['pathway-2', 'pathway-3']);
		expect(ofPathway('pathway-2')).toHaveLength(50);
		expect(ofPathway('pathway-3')).toHaveLength(43);
	});

	test('has every sub-capability on every pathway', () => {
		for (const pathway of result.content.pathways)
			for (const { value } of result.content.subCapabilities)
				expect(ofPathway(pathway.id!).some((a) => a.subCapability === value.id), `${pathway.id} ${value.id}`).toBe(true);
	});

	test('records where each attribute\'s areas come from: our reading of the symbol on Pathway 2, our choice on Pathway 3', () => {
		for (const attribute of attributes) expect(attribute.areas.length, attribute.id).toBeGreaterThan(0);
		// Neither source prints an area's name beside a statement: no attribute may claim areasFrom: source.
		expect(ofPathway('pathway-2').filter((a) => a.areasFrom !== 'source-symbol' || !a.sourceSymbol).map((a) => a.id)).toEqual([]);
		expect(ofPathway('pathway-3').filter((a) => a.areasFrom !== 'editorial' || a.sourceSymbol).map((a) => a.id)).toEqual([]);
	});

	test('keeps the symbol counts of the Pathway 2 source', () => {
		const counts: Record<string, number> = {};
		for (const a of ofPathway('pathway-2')) counts[a.sourceSymbol!] = (counts[a.sourceSymbol!] ?? 0) + 1;
		expect(counts).toEqual({ '🧠': 17, '🗣️': 21, '🏢': 2, '🛠️': 7, '❤️': 1, '🌱': 2 });
	});

	test('uses each id once', () => {
		const ids = [...attributes.map((a) => a.id), ...result.content.subCapabilities.map((s) => s.value.id)];
		expect(new Set(ids).size).toBe(ids.length);
	});
});

// The seeds sit beside the project in CI (a copy of the shared folder as ../shared) and on developers'
// machines, not in a clone on its own: there the comparison is skipped, but never under CI.
const seeds = path.resolve(projectRoot, '../shared/seeds');
const inCi = !!process.env['CI'] && process.env['CI'] !== 'false';
const normalise = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const pathway2 = '001_15348fd48768d9e4.txt';
const pathway3 = '002_b659a0a10cb81ecb.txt';
const sourceOf: Record<string, string> = { 'pathway-2': pathway2, 'pathway-3': pathway3 };

describe.skipIf(!existsSync(seeds) && !inCi)('faithful to the source documents', () => {
	const seed = (name: string) => normalise(readFileSync(path.join(seeds, name), 'utf8'));
	const lines = (name: string) => readFileSync(path.join(seeds, name), 'utf8').split('\n').map((line) => line.trim());

	beforeAll(() => {
		if (!existsSync(seeds))
			throw new Error(`The source documents are not at ${seeds}. CI must copy the shared folder (with its seeds/) beside the clone as ../shared, so that the content is compared with its sources rather than skipped.`);
	});

	test.each(Object.entries(sourceOf))('has every %s statement word for word as in its source', (pathway, file) => {
		const source = seed(file);
		for (const attribute of ofPathway(pathway)) expect(source, attribute.id).toContain(normalise(attribute.text));
	});

	test.each(Object.entries(sourceOf))('has every sub-capability title and description of %s word for word, its own wording where its source differs', (pathway, file) => {
		const source = seed(file);
		const differs = result.content.subCapabilities.filter(({ value }) => !source.includes(normalise(`${value.title} ${value.description}`)));
		for (const { value } of result.content.subCapabilities)
			expect(source, value.id).toContain(normalise(`${value.title} ${value.pathwayDescriptions[pathway] ?? value.description}`));
		// A pathway's own wording only where its source differs from the shared description.
		expect(result.content.subCapabilities.filter(({ value }) => value.pathwayDescriptions[pathway]).map(({ value }) => value.id)).toEqual(differs.map(({ value }) => value.id));
	});

	test('keeps Pathway 3\'s own wording of the two descriptions its source words differently', () => {
		const own = Object.fromEntries(result.content.subCapabilities.map(({ value }) => [value.id, value.pathwayDescriptions['pathway-3']]));
		expect(own['curiosity-of-partners']).toContain('social care services, promoting');
		expect(own['clarity-of-empowerment']).toContain('active change agents. Working');
	});

	test('has every capability description in both sources, and its title as a heading of Pathway 3', () => {
		for (const { value } of result.content.capabilities) {
			expect(seed(pathway2), value.id).toContain(normalise(value.description));
			expect(seed(pathway3), value.id).toContain(normalise(value.description));
			// Pathway 2's copy lacks the "Expanding Capacity" heading (see the seeds' README).
			expect(lines(pathway3), value.id).toContain(value.title);
		}
	});

	test.each(Object.entries(sourceOf))('gives %s the title of its source\'s heading', (pathway, file) => {
		const { value } = result.content.pathways.find((p) => p.id === pathway)!;
		expect(lines(file)).toContain(`Pathway ${value.number}: ${value.title}`);
		expect(lines(file)).toContain(result.content.framework!.title);
		expect(result.content.framework!.sources.map((s) => s.title)).toContain(`${result.content.framework!.title}, Pathway ${value.number}: ${value.title}`);
	});

	test.each([pathway2, pathway3])('names the curriculum areas as the legend of %s does, in its order', (file) => {
		const legend = lines(file).find((line) => line.startsWith('Leadership Essentials\t'))!.split('\t');
		expect(result.content.curriculumAreas.map((a) => a.value.title)).toEqual(legend);
	});

	test('reads a Pathway 2 area from the symbol its source prints after that very statement', () => {
		const source = seed(pathway2);
		for (const attribute of ofPathway('pathway-2')) expect(source, attribute.id).toContain(`${normalise(attribute.text)} ${attribute.sourceSymbol}`);
	});

	test('chooses Pathway 3\'s areas editorially because its source has none of the symbols legible', () => {
		const source = seed(pathway3);
		const symbols = result.content.curriculumAreas.flatMap((a) => (a.value.sourceSymbol ? [a.value.sourceSymbol] : []));
		expect(symbols.length).toBeGreaterThan(0);
		for (const symbol of symbols) expect(source).not.toContain(symbol.replace(/\uFE0F/g, ''));
	});

	// The two tests above are what the sources show; each pathway's own sentence, printed as its provenance, must tell that story and not the other's.
	test.each([
		['pathway-2', /prints a symbol beside each attribute/, /cannot be read/],
		['pathway-3', /symbols cannot be read, so the site's editors chose/, /prints a symbol/],
	])('%s says how its areas were assigned as its source shows it', (id, says, never) => {
		const sentence = result.content.pathways.find((p) => p.id === id)!.value.areasAssigned;
		expect(sentence).toMatch(says);
		expect(sentence).not.toMatch(never);
	});

	/** What a record says about who made a resource or the framework, and when: only what its source says. */
	describe('resources and the framework record say nothing their sources do not', () => {
		const sourceOfResource: Record<string, string> = {
			'expanding-capacity-in-practice': '000_d142e2c77569ca76.txt',
			'firstline-evaluation': '003_4266a40f410ea283.txt',
			'sssc-middle-managers-leadership-learning-framework': '004_bc821d40a7330a1e.txt',
		};
		const resource = (id: string) => result.content.resources.find((r) => r.id === id)!;

		test('has a source for every resource', () =>
			expect(result.content.resources.map((r) => r.id).sort()).toEqual(Object.keys(sourceOfResource).sort()));

		test.each(Object.entries(sourceOfResource))('%s gives only dates, names and credits its source prints', (id, file) => {
			const source = seed(file);
			const { value } = resource(id);
			for (const date of [value.published, value.updated].filter((d) => d !== undefined)) expect(source, `${id} date`).toContain(formatDate(date));
			for (const name of [...value.authors, value.writtenAt, value.publisher].filter((n) => n !== undefined)) expect(source, `${id}: ${name}`).toContain(name);
			if (value.commissionedBy) expect(source).toContain(`commissioned by the ${value.commissionedBy}`);
			// Where it appears: each quoted name and "section N of M" as the source prints them.
			for (const quoted of value.publishedIn?.match(/“[^”]+”|section \d+ of \d+/g) ?? []) expect(source.toLowerCase(), `${id}: ${quoted}`).toContain(quoted.replace(/[“”]/g, '').toLowerCase());
			// No resource's source gives a web address: none may be invented.
			expect(value.sourceUrl === undefined || source.includes(value.sourceUrl), `${id}: sourceUrl`).toBe(true);
		});

		test.each(Object.keys(sourceOfResource))('%s says how to cite it as a Harvard reference: who (or the title), the year or "no date", the title', (id) => {
			const { value } = resource(id);
			const surnameFirst = (name: string) => `${name.split(' ').at(-1)}, ${name[0]}.`;
			const who = value.authors.length
				? value.authors.map(surnameFirst).join(' and ')
				: value.developedBy?.replace(/, in collaboration with the /, ' and ') ?? `‘${value.title}’`;
			const when = value.published ? `(${value.published.slice(0, 4)})` : '(no date)';
			expect(value.attribution.startsWith(`${who} ${when} `), value.attribution).toBe(true);
			expect(value.attribution).toContain(value.title);
		});

		test('does not date the Firstline report by its reader comment, nor call Firstline "earlier"', () => {
			expect(resource('firstline-evaluation').value.published).toBeUndefined();
			const said = readFileSync(path.join(projectRoot, 'content/resources/firstline-evaluation.mdx'), 'utf8');
			expect(said).not.toMatch(/2017|earlier/);
			expect(said).toContain('run by Frontline');
		});

		test('says the SSSC commissioned its report and the University of Stirling wrote it, not that either published it', () => {
			const { value } = resource('sssc-middle-managers-leadership-learning-framework');
			expect([value.publisher, value.commissionedBy, value.writtenAt]).toEqual([undefined, 'Scottish Social Services Council', 'University of Stirling']);
		});

		// As the source prints them, heading and entries ("and" between names, the edition in brackets), not re-punctuated.
		test('lists the SSSC report\'s texts under its heading, each entry as the report prints it', () => {
			const { value } = resource('sssc-middle-managers-leadership-learning-framework');
			const source = lines(sourceOfResource['sssc-middle-managers-leadership-learning-framework']!);
			const heading = 'Appendix One: Social services management and leadership texts';
			expect(referencesHeading(value)).toBe(heading);
			const printed = source.slice(source.indexOf(heading) + 1).filter(Boolean);
			expect(value.references!.map(printedReference)).toEqual(printed);
			for (const r of value.references!) for (const name of r.authors) expect(r.authorsAsPrinted ?? name).toContain(name);
		});

		test('says where the framework\'s publisher is taken from, quoting it exactly', () => {
			const framework = result.content.framework!;
			const quoted = /“([^”]+)”/.exec(framework.publisherFrom)?.[1];
			expect(quoted).toBeDefined();
			expect(seed('000_d142e2c77569ca76.txt')).toContain(quoted);
		});
	});
});
