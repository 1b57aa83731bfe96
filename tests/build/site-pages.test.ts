/**
 * The public-sector frame around the framework: pages about the site (from content/pages/), a phase
 * banner and footer links on every page, an icon that costs no request, and a truthful footer.
 */
import { globSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/check/validate.ts';
import { storageKey } from '../../src/client/action-plan/storage.ts';
import { attr, builtPages, fileFor, parseHtmlFile } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const sitePageIds = globSync('content/pages/*.mdx', { cwd: projectRoot }).map((file) => file.replace(/^content\/pages\/|\.mdx$/g, '')).sort();
const pages = builtPages().filter((page) => !page.redirect);
const text = (url: string) => parseHtmlFile(fileFor(url)!).querySelector('main')!.textContent.replace(/\s+/g, ' ');

describe('pages about the site', () => {
	test('the content has the four the public sector expects', () => expect(sitePageIds).toEqual(['about', 'accessibility', 'contact', 'privacy']));

	test.for(sitePageIds)('/%s/ is built, with its title as its only h1', (id) => {
		const doc = parseHtmlFile(fileFor(`/${id}/`)!);
		expect(doc.querySelectorAll('h1').length).toBe(1);
	});

	test.for(pages)('$url links to each of them in its footer', ({ file }, { expect }) => {
		const hrefs = parseHtmlFile(file).querySelectorAll('footer a').map((a) => attr(a, 'href'));
		expect(sitePageIds.filter((id) => !hrefs.includes(`/${id}/`))).toEqual([]);
	});

	// Inside the header landmark, as GOV.UK places it: outside every landmark, a landmark list skipped it (axe's `region`).
	test.for(pages)('$url has a phase banner in its header asking for feedback, and an icon inline', ({ file }, { expect }) => {
		const doc = parseHtmlFile(file);
		expect(doc.querySelector('body > header .lcf-phase-banner a')?.getAttribute('href')?.value).toBe('/contact/');
		expect(attr(doc.querySelector('link[rel="icon"]')!, 'href')).toMatch(/^data:image\/svg\+xml,<svg /);
	});
});

describe('the accessibility statement', () => {
	// The parts the GOV.UK model statement has: what is not accessible and why, how it was tested, how to complain.
	test.for(['How accessible this site is', 'Enforcement procedure', 'Non-compliance with the accessibility regulations', 'How we tested this site'])(
		'has a section "%s"',
		(heading) => expect(parseHtmlFile(fileFor('/accessibility/')!).querySelectorAll('h2, h3').map((h) => h.textContent.trim())).toContain(heading),
	);

	test('says how compliant the site is, against WCAG 2.2 AA, and when it was prepared', () => {
		expect(text('/accessibility/')).toMatch(/partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard/);
		expect(text('/accessibility/')).toMatch(/This statement was prepared on \d{1,2} [A-Z][a-z]+ \d{4}\./);
	});
});

describe('the privacy notice', () => {
	test('names where the action plan is kept and that nothing is sent', () => {
		expect(text('/privacy/')).toContain('localStorage');
		expect(text('/privacy/')).toContain('never sent to us or to anyone else');
		expect(storageKey).toBe('lcf-action-plan'); // what "Delete all your data" removes: if the key moves, reread the notice
	});
});

describe('the footer', () => {
	let version: string;
	beforeAll(async () => {
		version = (await validateContent(projectRoot)).content.framework!.version;
	});

	test('gives the content version and says the sources give no licence', () => {
		const footer = parseHtmlFile(fileFor('/')!).querySelector('footer')!.textContent.replace(/\s+/g, ' ');
		expect(footer).toContain(version);
		expect(footer).toContain("The sources give no licence for the framework's words.");
	});
});

describe('pathway pages', () => {
	// Capability and sub-capability headings show their code; only attributes offer a link to copy.
	test.for(['/pathways/pathway-2/', '/pathways/pathway-3/'])('%s offers "copy link" on attributes only', (url) => {
		const doc = parseHtmlFile(fileFor(url)!);
		expect(doc.querySelectorAll('[data-copy-link]').length).toBe(doc.querySelectorAll('.lcf-attribute').length);
		expect(doc.querySelectorAll('.lcf-subcapability .lcf-cite__code').length).toBeGreaterThan(doc.querySelectorAll('.lcf-attribute').length);
	});
});
