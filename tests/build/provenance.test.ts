/**
 * Where the site's judgement begins beside what its sources give, on the built pages: a resource's
 * links to the framework are the editors', the authorship sentence is said once, and names,
 * headings and reading lists are as the sources print them.
 */
import { describe, expect, test } from 'vitest';
import { developedBy, editorsLinksNote } from '../../src/lib/labels.ts';
import { printedReference } from '../../src/lib/reading-list.ts';
import { attr, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';
import { pathways, resources } from '../helpers/content.ts';
import { validateContent } from '../../src/check/validate.ts';
import { projectRoot } from '../helpers/fixtures.ts';

function page(url: string) {
	const file = fileFor(url);
	if (!file) throw new Error(`${url} was not built`);
	return parseHtmlFile(file);
}
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("a resource's links to the framework", () => {
	test.each(resources)('/resources/$id/ says once, under them, that the editors made them', ({ id, value }) => {
		const main = page(`/resources/${id}/`).querySelector('main')!;
		const rows = [['Pathways', value.pathways], ['Capabilities', value.capabilities], ['Sub-capabilities', value.subCapabilities], ['Curriculum areas', value.areas]] as const;
		const note = editorsLinksNote.resource(rows.filter(([, ids]) => ids.length).map(([key]) => key));
		expect(occurrences(textOf(main), note)).toBe(1);
		expect(textOf(main.querySelector('.lcf-summary-list + .lcf-editors-links'))).toBe(note);
		expect(main.querySelectorAll('.lcf-editors-links')).toHaveLength(1);
	});

	test('the note names the rows it is under', () =>
		expect(editorsLinksNote.resource(['Pathways', 'Capabilities', 'Curriculum areas'])).toBe("The site's editors linked this resource to the pathways, capabilities and curriculum areas above: the links are their judgement."));

	test.each(['/capabilities/managing-complexity/', '/capabilities/expanding-capacity/'])('%s says the editors linked its related resources', (url) => {
		const related = page(url).querySelector('.lcf-related')!;
		expect(textOf(related)).toContain(editorsLinksNote.related);
	});
});

describe('the home page', () => {
	test('says whom the site cites as the framework\'s authors once, in the footer, and links to /cite/ for why', async () => {
		const { content } = await validateContent(projectRoot);
		const doc = page('/');
		const sentence = developedBy(content.framework!);
		expect(occurrences(textOf(doc.querySelector('body')), sentence)).toBe(1);
		expect(textOf(doc.querySelector('footer'))).toContain(sentence);
		expect(doc.querySelector('main a[href="/cite/"]')).not.toBeNull();
	});
});

describe('a pathway page\'s description, for search results and previews', () => {
	test.each(pathways)('/pathways/$id/ names the pathway by its source\'s title', ({ id, number, title }) => {
		const meta = attr(page(`/pathways/${id}/`).querySelector('meta[name="description"]')!, 'content');
		expect(meta).toBe(`The effective attributes of the Leadership Capability Framework for Pathway ${number}: ${title}.`);
	});
});

describe('/use/', () => {
	test('tells a Moodle user that short names are cut to 100 characters and the description is whole', () => {
		const doc = page('/use/');
		const section = textOf(doc.querySelector('main'));
		const moodle = section.slice(section.indexOf('Moodle (also Totara'), section.indexOf('Link an activity to one attribute'));
		expect(moodle).toMatch(/short name.*100 characters.*full statement is its description/);
	});
});

describe('the SSSC report\'s reading list', () => {
	test('is under the report\'s heading, each entry as the report prints it', () => {
		const { value } = resources.find((r) => r.id === 'sssc-middle-managers-leadership-learning-framework')!;
		const doc = page('/resources/sssc-middle-managers-leadership-learning-framework/');
		expect(textOf(doc.querySelector('#references'))).toBe('Appendix One: Social services management and leadership texts');
		const entries = doc.querySelectorAll('.lcf-references li').map((li) => textOf(li));
		expect(entries).toEqual(value.references!.map(printedReference));
		expect(entries).toContain('Bilson, A. and Ross, S. (1999) Social work management and practice: systems principles (2nd ed.) London, Jessica Kingsley');
	});
});
