/** /capabilities/ and the home page count the content's capabilities and sub-capabilities: no number is written into either page. */
import { expect, test } from 'vitest';
import { inWords } from '../../src/lib/capability-words.ts';
import { capabilities, subCapabilities } from '../helpers/content.ts';
import { attr, fileFor, parseHtmlFile, textOf } from '../helpers/dist.ts';

const doc = parseHtmlFile(fileFor('/capabilities/')!);
const described = ['meta[name="description"]', 'meta[property="og:description"]'].map((selector) => attr(doc.querySelector(selector)!, 'content'));

test('its description says how many capabilities (in words) and sub-capabilities the content has', () =>
	expect(described).toEqual(Array(2).fill(`The ${inWords(capabilities.length)} capabilities of the 4C framework and their ${subCapabilities.length} sub-capabilities.`)));

test('its lead says how many sub-capabilities each capability has (or all of them, where they differ), in words', () => {
	const [each, ...others] = new Set(capabilities.map((c) => subCapabilities.filter((s) => s.capability === c.id).length));
	const how = others.length ? `with ${inWords(subCapabilities.length)} sub-capabilities between them` : `each with ${inWords(each!)} sub-capabilities`;
	expect(textOf(doc.querySelector('.lcf-lead'))).toMatch(new RegExp(`^The framework has ${inWords(capabilities.length)} capabilities, ${how}\\.`));
});

test('the home page counts them the same way', () => {
	const home = parseHtmlFile(fileFor('/')!);
	const [each, ...others] = new Set(capabilities.map((c) => subCapabilities.filter((s) => s.capability === c.id).length));
	const sentence = others.length ? `They have ${inWords(subCapabilities.length)} sub-capabilities between them.` : `Each capability has ${inWords(each!)} sub-capabilities.`;
	expect(home.querySelectorAll('h2').map(textOf)).toContain(`The ${inWords(capabilities.length)} capabilities`);
	expect(home.querySelectorAll('p').map(textOf)).toContain(sentence);
});

test('its note on the descriptions links each sub-capability it names to its page', () => {
	const note = doc.querySelectorAll('p').find((p) => textOf(p).startsWith('The descriptions of the capabilities'));
	const links = note?.querySelectorAll('a') ?? [];
	expect(links.length).toBe(textOf(note).match(/ \([A-Z]{2}\d+\)/g)?.length ?? 0);
	for (const a of links) {
		const named = subCapabilities.find((s) => textOf(a) === `${s.title} (${s.code})`);
		expect(named, textOf(a)).toBeDefined();
		expect(attr(a, 'href')).toBe(`/capabilities/${named!.capability}/${named!.id}/`);
	}
});
