/** YAML syntax errors in plain English, at the line to change, with the fix that fits the slip. */
import { describe, expect, test } from 'vitest';
import { readYaml } from '../../src/check/read.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const entry = (lines: string) => `curiosity-of-self:\n  - id: p2-x\n    code: P2-CU2.1\n${lines}    areas: [leadership-essentials]\n`;
async function problem(text: string) {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'lcf-yaml-')), 'attributes.yaml');
	writeFileSync(file, text);
	const { problems } = await readYaml(file, 'attributes.yaml');
	expect(problems).toHaveLength(1);
	return `${problems[0]!.line} ${problems[0]!.message}`;
}

describe('a YAML slip', () => {
	test('a missing colon: names the field and writes the line with one', async () =>
		expect(await problem(entry('    text Clear on own strengths.\n'))).toBe(
			'4 is not valid YAML: "text" has no colon after it: write "text: Clear on own strengths." (a field\'s name, a colon, a space, then its value). If this line continues the text above, join the two lines',
		));

	test('a line indented too far: at that line, not the one before, saying what to line it up with', async () =>
		expect(await problem(entry('      text: Clear on own strengths.\n'))).toBe('4 is not valid YAML: "text:" is indented further than "code:" (6 spaces, not 4): line it up with "code:"'));

	test('a line indented too little', async () =>
		expect(await problem(entry('   text: Clear on own strengths.\n'))).toBe('4 is not valid YAML: "text:" is indented less than the line above it (3 spaces, not 4): line it up with "code:"'));

	test('": " in unquoted text: quote it, written out', async () =>
		expect(await problem(entry('    text: Knows this: and that.\n'))).toBe('4 is not valid YAML: the text has ": " in it, which YAML reads as a new field: put the whole text in double quotes, text: "Knows this: and that."'));

	test('an unclosed quote, at the line it opens', async () =>
		expect(await problem(entry('    text: "Clear on own strengths.\n'))).toContain("a text starts with a double quote (\") that is never closed"));

	test('an unclosed list', async () =>
		expect(await problem('curiosity-of-self:\n  - id: p2-x\n    areas: [leadership-essentials\n    text: Words.\n')).toMatch(/^3 is not valid YAML: a list in square brackets is not closed/));
});
