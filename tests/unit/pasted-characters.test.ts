import { describe, expect, test } from 'vitest';
import { invisibleCharacters } from '../../src/check/yaml-traps.ts';

describe('characters pasted from a word processor', () => {
	test('names a non-breaking hyphen, with its line and column and what to type instead', () => {
		const [problem, ...rest] = invisibleCharacters('a.yaml', 'x: 1\n    text: Models self\u2011reflexivity.\n', 1);
		expect(rest).toEqual([]);
		expect(problem).toEqual({
			file: 'a.yaml',
			line: 2,
			message: 'has a non-breaking hyphen (U+2011), which looks like a hyphen but is not the one readers type (search would not find the word), at column 22, which the site would publish: delete it and type an ordinary hyphen (-)',
		});
	});

	test.each([
		['\u2028', 'an invisible line separator (U+2028)'],
		['\u2029', 'an invisible paragraph separator (U+2029)'],
		['\u202f', 'an invisible narrow no-break space (U+202F)'],
		['\u202e', 'an invisible text-direction mark (U+202E)'],
		['\u200f', 'an invisible text-direction mark (U+200F)'],
		['\u2010', 'a Unicode hyphen (U+2010)'],
		['\u00a0', 'an invisible no-break space (U+00A0)'],
		['\u2009', 'an invisible thin space (U+2009)'],
		['\u2003', 'an invisible em space (U+2003)'],
		['\u3000', 'an invisible ideographic space (U+3000)'],
	])('names %j', (character, name) => {
		const [problem] = invisibleCharacters('a.yaml', `text: one${character}two`, 3);
		expect(problem?.message).toContain(`has ${name}`);
		expect(problem?.message).toContain('at column 10');
		expect(problem?.line).toBe(3);
	});

	test('leaves ordinary text, curly quotes, dashes and emoji alone', () => {
		expect(invisibleCharacters('a.yaml', 'text: Self-aware “leaders” – and others’ 👩‍💻 🧠', 1)).toEqual([]);
	});
});
