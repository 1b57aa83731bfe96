/** Problems are worded for editors: file, line, field, then what is wrong and how to fix it. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { describePath, formatProblem, formatReport, schemaProblems } from '../../src/source/problems.ts';
import type { SourceFile } from '../../src/source/read.ts';

const source = (data: unknown): SourceFile => ({ file: 'content/x.yaml', data, lineOf: (path) => path.length + 1, problems: [] });

describe('formatProblem', () => {
	test('puts the file and line first, then the field and the message', () =>
		expect(formatProblem({ file: 'content/x.yaml', line: 3, field: 'areas', message: 'must not be empty' })).toBe(
			'content/x.yaml:3  areas: must not be empty',
		));

	test('leaves out what it does not know', () =>
		expect(formatProblem({ file: 'content/x.yaml', message: 'is missing' })).toBe('content/x.yaml  is missing'));
});

describe('formatReport', () => {
	test('counts the problems and says what happened', () =>
		expect(formatReport([{ file: 'a.yaml', message: 'is missing' }], 'Nothing was built.')).toBe(
			'Found 1 problem in the content. Nothing was built.\n\n  a.yaml  is missing\n',
		));
});

describe('describePath', () => {
	test('names list items by position and id', () =>
		expect(describePath({ s: [{ id: 'a' }, { id: 'b' }] }, ['s', 1, 'areas'])).toBe('s › #2 (b) › areas'));
});

describe('schemaProblems', () => {
	const schema = z.strictObject({ title: z.string(), summary: z.string() });
	const messages = (data: object) => schemaProblems(source(data), schema.safeParse(data).error!).map((p) => `${p.field ?? ''}: ${p.message}`);

	test('says a missing field is missing, with its name', () =>
		expect(messages({ title: 'x' })).toEqual(['summary: is missing: add "summary:" to this entry']));

	test('names an unknown field', () =>
		expect(messages({ title: 'x', summary: 'y', colour: 'red' })).toEqual([
			': has an unknown field "colour": check its spelling against the README\'s content guide, or remove it',
		]));

	test('turns a misspelt field into one problem that suggests the right name', () =>
		expect(messages({ titel: 'x', summary: 'y' })).toEqual(['titel: is not a field: did you mean "title"? Correct the spelling']));
});
