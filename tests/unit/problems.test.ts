/** Problems are worded for editors: file, line, field, then what is wrong and how to fix it. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { fieldNames, formatProblem, formatReport, schemaProblems } from '../../src/check/problems.ts';
import { describePath, type SourceFile } from '../../src/check/where.ts';

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

	test('ends with one line naming the files whose checks of other files were skipped', () => {
		const problem = { file: 'content/curriculum-areas.yaml', line: 16, message: 'is not valid YAML' };
		expect(formatReport([problem], 'Nothing was built.', ['content/curriculum-areas.yaml'])).toBe(
			'Found 1 problem in the content. Nothing was built.\n\n  content/curriculum-areas.yaml:16  is not valid YAML\n\nOther files were not checked against content/curriculum-areas.yaml: they will be once it is fixed.\n',
		);
		expect(formatReport([problem, problem], 'x', ['a.yaml', 'b.yaml'])).toContain('\nOther files were not checked against a.yaml and b.yaml: they will be once they are fixed.\n');
	});
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

describe('what YAML made of a slip, in the editor\'s terms', () => {
	const schema = z.strictObject({ text: z.string(), areas: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)) });
	const message = (data: object) => schemaProblems(source(data), schema.safeParse(data).error!).map((p) => `${p.field}: ${p.message}`);

	test('a list written without brackets', () =>
		expect(message({ text: 'x', areas: 'leadership-essentials' })).toEqual(['areas: must be a list: put it in square brackets, e.g. [leadership-essentials]']));

	test('ids without commas between them', () =>
		expect(message({ text: 'x', areas: ['leadership-essentials making-decisions'] })).toEqual([
			'areas › #1: looks like several ids: separate them with commas, e.g. [leadership-essentials, making-decisions]',
		]));

	test('an empty value', () => expect(message({ text: null, areas: [] })).toEqual(['text: is empty: write its value after the colon']));

	test('text with an unquoted ": ", read as a field', () =>
		expect(message({ text: { Result: 'four managers' }, areas: [] })).toEqual([
			'text: must be text, but YAML read a ": " in it as the start of a field: put the whole text in double quotes',
		]));
});

describe('a misspelt optional field', () => {
	const schema = z.strictObject({ text: z.string(), formerIds: z.array(z.string()).optional() });
	test('gets the field meant, from the schema\'s field names', () => {
		const data = { text: 'x', formerId: ['old'] };
		expect(schemaProblems(source(data), schema.safeParse(data).error!, [], fieldNames(schema)).map((p) => `${p.field}: ${p.message}`)).toEqual([
			'formerId: is not a field: did you mean "formerIds"? Correct the spelling',
		]);
	});
});
