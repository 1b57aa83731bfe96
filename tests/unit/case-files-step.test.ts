/** The build step that writes the CASE provider's files from the list the site build makes. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseFilesList, writeCaseFiles } from '../../scripts/build-steps/case-files.ts';

const site = (lines: unknown[]) => {
	const dir = mkdtempSync(path.join(tmpdir(), 'lcf-case-step-'));
	writeFileSync(path.join(dir, caseFilesList), lines.map((line) => JSON.stringify(line)).join('\n'));
	return dir;
};

describe('writeCaseFiles', () => {
	test('writes each body at its path under /ims/case/v1p1/, tab-indented, and removes the list', async () => {
		const dir = site([
			['CFItems/abc', { identifier: 'abc' }],
			['CFDocuments.json', { CFDocuments: [] }],
		]);
		await writeCaseFiles(dir);
		expect(readFileSync(path.join(dir, 'ims/case/v1p1/CFItems/abc'), 'utf8')).toBe('{\n\t"identifier": "abc"\n}');
		expect(JSON.parse(readFileSync(path.join(dir, 'ims/case/v1p1/CFDocuments.json'), 'utf8'))).toEqual({ CFDocuments: [] });
		expect(existsSync(path.join(dir, caseFilesList))).toBe(false);
	});

	test('refuses a path outside the provider', async () => {
		await expect(writeCaseFiles(site([['../../escaped', {}]]))).rejects.toThrow('outside /ims/case/v1p1/');
	});
});
