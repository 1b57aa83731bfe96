/** The area symbols' drawings, sent smaller without changing what they show, and found in a page's markup. */
import { describe, expect, test } from 'vitest';
import { roundPath, symbolDefinition, symbolHref, symbolsUsedIn } from '../../src/lib/symbols.ts';

describe('roundPath', () => {
	test('rounds each number to one decimal place', () => expect(roundPath('M29.896 26.667l-1.04 3')).toBe('M29.9 26.7l-1 3'));
	test('keeps numbers apart where dropping digits would join them', () => expect(roundPath('c.003.283-.07.653 2.04.96')).toBe('c0 .3-.1 .7 2 1'));
	test('leaves arc flags and commands as they are', () => expect(roundPath('a.501.501 0 0 0-.752-.661z')).toBe('a.5 .5 0 0 0-.8-.7z'));
});

test('a symbol is smaller than its Twemoji file and keeps every path', () => {
	const definition = symbolDefinition('🧠');
	expect(definition).toMatch(/^<symbol id="lcf-symbol-1f9e0" viewBox="0 0 36 36">/);
	expect(definition).not.toMatch(/\d\.\d\d/);
	expect(definition.match(/<path /g)!.length).toBeGreaterThan(3);
});

describe('symbolsUsedIn', () => {
	test('finds each symbol a page uses once, in order, by the href symbolHref gives', () => {
		const html = `<use href="${symbolHref('🧠')}"></use><p>#lcf-symbol-2764</p><use href="${symbolHref('❤️')}"></use><use href="${symbolHref('🧠')}"></use>`;
		expect(symbolsUsedIn(html)).toEqual(['1f9e0', '2764']);
	});
	test('finds none where no tag shows a symbol', () => expect(symbolsUsedIn('<ul><li><strong class="lcf-tag">Leadership Essentials</strong></li></ul>')).toEqual([]));
});
