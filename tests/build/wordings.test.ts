/**
 * The capability and sub-capability pages say what the sources say: where the pathways' sources word
 * a sub-capability differently, each wording is shown by its pathway, and none stands for it alone;
 * and the areas they show are said, once, to be the site's editors' (the fidelity review, 2026-12).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { attr, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';
import { capabilities, pathways, subCapabilities } from '../helpers/content.ts';

const page = (url: string) => parseHtmlFile(fileFor(url)!);
const subUrl = (s: (typeof subCapabilities)[number]) => `/capabilities/${s.capability}/${s.id}/`;
const wordingOf = (s: (typeof subCapabilities)[number], pathway: string) => s.pathwayDescriptions[pathway] ?? s.description;
const differ = subCapabilities.filter((s) => new Set(pathways.map((p) => wordingOf(s, p.id))).size > 1);
const alike = subCapabilities.filter((s) => !differ.includes(s));
const label = (id: string) => `Pathway ${pathways.find((p) => p.id === id)!.number}`;

/** The page's meta description, og:description and JSON-LD description. */
function descriptions(url: string): string[] {
	const html = readFileSync(fileFor(url)!, 'utf8');
	const doc = page(url);
	const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { description: string };
	return ['meta[name="description"]', 'meta[property="og:description"]'].map((selector) => attr(doc.querySelector(selector)!, 'content')!).concat(json.description);
}

test('some sub-capability is worded differently by a pathway, so the tests below can fail', () => expect(differ.length).toBeGreaterThan(0));

describe.each(differ.map((s) => [s.code, s] as const))('%s, worded differently by the pathways', (_, s) => {
	test('its page gives each pathway\'s wording, labelled by its pathway, and no lead of one alone', () => {
		const doc = page(subUrl(s));
		const items = doc.querySelectorAll('[data-wordings] dl > *');
		for (const p of pathways) {
			const at = items.findIndex((el) => attr(el, 'data-wording')?.split(' ').includes(p.id));
			expect(textOf(items[at]), p.id).toBe(wordingOf(s, p.id));
			expect(textOf(items[at - 1])).toContain(label(p.id));
		}
		expect(doc.querySelectorAll('p.lcf-lead').map(textOf).filter((t) => pathways.some((p) => t.includes(wordingOf(s, p.id))))).toEqual([]);
	});

	test('its page says where the wordings differ, in a few words of each that the others do not have', () => {
		const hint = textOf(page(subUrl(s)).querySelector('[data-wordings] .lcf-hint'));
		const quoted = [...hint.matchAll(/(Pathway \d+) ha(?:s|ve) “([^”]+)”/g)].map(([, pathway, words]) => ({ pathway: pathways.find((p) => label(p.id) === pathway)!, words: words! }));
		expect(quoted.map((q) => q.pathway.id), hint).toEqual(pathways.map((p) => p.id));
		for (const { pathway, words } of quoted) {
			expect(words.split(' ').length).toBeLessThanOrEqual(6);
			for (const p of pathways) expect(wordingOf(s, p.id).includes(words), `${words} in ${p.id}'s wording`).toBe(p === pathway);
		}
	});

	test('its capability\'s page gives each pathway\'s wording too', () => {
		const section = page(`/capabilities/${s.capability}/`).querySelector(`#${s.id}`);
		for (const p of pathways) expect(textOf(section?.querySelector('[data-wordings]'))).toContain(wordingOf(s, p.id));
	});

	test('its meta, og: and JSON-LD descriptions claim no one pathway\'s wording as its own', () => {
		for (const text of descriptions(subUrl(s))) {
			expect(text).toContain(s.title);
			for (const p of pathways) expect(text).not.toContain(wordingOf(s, p.id));
		}
	});
});

test('a sub-capability every pathway words alike keeps its description as its lead and its page description', () => {
	for (const s of alike) {
		expect(textOf(page(subUrl(s)).querySelector('p.lcf-lead')), s.id).toBe(s.description);
		expect(new Set(descriptions(subUrl(s)))).toEqual(new Set([s.description]));
	}
});

test('/capabilities/ does not say every description is the same for every pathway, and names those that differ', () => {
	const text = textOf(page('/capabilities/').querySelector('main'));
	expect(text).not.toMatch(/descriptions are the same for every pathway[;.]/);
	// CU6 and CL4: a comma, and a full stop for a comma (content/sub-capabilities.yaml).
	expect(text).toContain('are the same for every pathway, but for the punctuation of two sub-capabilities: ');
	for (const s of differ) expect(text).toContain(`${s.title} (${s.code})`);
});

// Each page shows Pathway 2's and Pathway 3's areas: each pathway's own sentence (pathway.mdx areasAssigned), once.
test.each([...capabilities.map((c) => `/capabilities/${c.id}/`), ...subCapabilities.map(subUrl)])('%s says once, in each pathway\'s words, how its areas were assigned', (url) => {
	const notes = page(url).querySelectorAll('.lcf-provenance');
	expect(notes).toHaveLength(1);
	for (const p of pathways) expect(textOf(notes[0]).split(p.areasAssigned!)).toHaveLength(2);
});
