/**
 * The collections' loaders stop on bad content with the report `npm run check` gives (file:line,
 * field, what is wrong, the fix), so `npm run dev` shows it too, never a raw ZodError or YAMLParseError.
 */
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatReport } from '../../src/check/problems.ts';
import { validateContent } from '../../src/check/validate.ts';
import { attributeLoader } from '../../src/collections/attribute-loader.ts';
import { checked, ContentProblems, previewConsequence } from '../../src/collections/checked.ts';
import { contentFolder } from '../helpers/fixtures.ts';

/** Just enough of Astro's loader context: a store in memory. */
function context() {
	const entries = new Map<string, unknown>();
	const store = { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => (entries.set(id, data), true) };
	const logger = { error: vi.fn() };
	return { entries, ctx: { store, logger, parseData: async ({ data }: { data: unknown }) => data, generateDigest: () => 'digest' } as unknown as LoaderContext };
}

afterEach(() => vi.unstubAllEnvs());

describe('attribute loader', () => {
	test('loads every attribute of valid content', async () => {
		vi.stubEnv('LCF_CONTENT_DIR', contentFolder());
		const { entries, ctx } = context();
		await attributeLoader().load(ctx);
		expect(entries.size).toBeGreaterThan(0);
		expect([...entries.values()].every((a) => typeof (a as { pathway?: unknown }).pathway === 'string')).toBe(true);
	});

	test.each(['mistyped-field', 'malformed-yaml', 'unknown-area'])('stops on %s with the checker’s report', async (badCase) => {
		vi.stubEnv('LCF_CONTENT_DIR', contentFolder(badCase));
		const { problems } = await validateContent();
		expect(problems.length).toBeGreaterThan(0);
		const { ctx } = context();
		const loading = attributeLoader().load(ctx);
		await expect(loading).rejects.toThrow(ContentProblems);
		await expect(loading).rejects.toThrow(formatReport(problems, previewConsequence));
	});

	test('names the file, line, field and fix of a misspelt field', async () => {
		vi.stubEnv('LCF_CONTENT_DIR', contentFolder('mistyped-field'));
		const error = (await attributeLoader().load(context().ctx).catch((e: unknown) => e)) as Error;
		expect(error.message).toMatch(/pathways\/pathway-1\/attributes\.yaml:11 {2}curiosity-of-self › #2 \(p1-decides-well\) › aeras: is not a field: did you mean "areas"\? Correct the spelling/);
		expect(error.message).toMatch(/^Found \d+ problems? in the content\. Fix them and save: the preview updates\./);
	});
});

describe('checked', () => {
	test('runs the loader it wraps only on content that passes the check', async () => {
		const load = vi.fn(async () => undefined);
		vi.stubEnv('LCF_CONTENT_DIR', contentFolder('malformed-yaml'));
		await expect(checked({ name: 'file-loader', load }).load(context().ctx)).rejects.toThrow(/is not valid YAML/);
		expect(load).not.toHaveBeenCalled();
		vi.stubEnv('LCF_CONTENT_DIR', contentFolder());
		await checked({ name: 'file-loader', load }).load(context().ctx);
		expect(load).toHaveBeenCalledOnce();
	});
});
