/** What "Copy link" copies, and where a permanent link lands, worked out without a page. */
import { describe, expect, test } from 'vitest';
import { landingTop } from '../../src/client/copy-link/landing.ts';
import { copiedHtml, copiedLabel, copyOrigin, shortWords } from '../../src/client/copy-link/what-to-copy.ts';

describe('copyOrigin', () => {
	test('is the canonical origin when the site was built with its address', () => {
		expect(copyOrigin('https://framework.example.org/pathways/pathway-3/', 'http://localhost:4321/pathways/pathway-3/')).toBe('https://framework.example.org');
	});

	test('is where the page is served from when the canonical address is the .example placeholder', () => {
		expect(copyOrigin('https://4c-leadership-framework.example/pathways/pathway-3/', 'http://localhost:4321/pathways/pathway-3/')).toBe('http://localhost:4321');
	});

	test('is where the page is served from when it has no canonical address', () => {
		expect(copyOrigin(undefined, 'http://127.0.0.1:8080/404.html')).toBe('http://127.0.0.1:8080');
	});
});

describe('copiedLabel', () => {
	test('labels an attribute with its code, its first words, its pathway and the framework', () => {
		const words = 'Ensures accountability for practice standards across the service, holding managers to account for the quality of work.';
		expect(copiedLabel({ code: 'P3-CL1.1', words, pathway: 'Pathway 3', framework: 'Leadership Capability Framework' })).toBe(
			'P3-CL1.1 Ensures accountability for practice standards across the service, holding managers…, Pathway 3, Leadership Capability Framework',
		);
	});

	test('drops a short statement\'s full stop before the comma that follows it', () => {
		expect(copiedLabel({ code: 'P2-CU2.1', words: 'Clear on own strengths and development areas.', pathway: 'Pathway 2', framework: 'Leadership Capability Framework' })).toBe(
			'P2-CU2.1 Clear on own strengths and development areas, Pathway 2, Leadership Capability Framework',
		);
	});

	test('labels an item without words or pathway with its code and the framework', () => {
		expect(copiedLabel({ code: 'CU', framework: 'Leadership Capability Framework' })).toBe('CU, Leadership Capability Framework');
	});
});

describe('shortWords', () => {
	test('keeps a short statement whole', () => expect(shortWords('Is curious.')).toBe('Is curious.'));
	test('cuts a long one after ten words, without the comma before the ellipsis', () =>
		expect(shortWords('one two three four five six seven eight nine ten, eleven')).toBe('one two three four five six seven eight nine ten…'));
});

test('copiedHtml escapes the address and the label', () => {
	expect(copiedHtml('https://a.example/?x="1"&y', 'Q&A <b>')).toBe('<a href="https://a.example/?x=&#34;1&#34;&#38;y">Q&#38;A &#60;b&#62;</a>');
});

describe('landingTop', () => {
	test('puts the context at the top when the item then fits below it', () => expect(landingTop(1000, 1300, 1400, 800)).toBe(984));
	// A phone (#1 of the review): the heading at the top left the code and buttons of P2-CU4.2 below the screen.
	test('shows the item whole, with as much context as fits, when the context and the whole item do not both fit', () =>
		expect(landingTop(1000, 1600, 1900, 800)).toBe(1116));
	test('else shows the item whole, as low on the screen as it can sit', () => expect(landingTop(1000, 2000, 2300, 800)).toBe(1516));
	test('and its top when it is taller than the screen', () => expect(landingTop(1000, 2000, 3000, 800)).toBe(1984));
});
