/** The lock file names every optional platform binary, so that `npm ci` accepts it on every machine. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeLockGaps, lockGaps, type LockFile } from '../../scripts/tools/lock-file.ts';

const lock = (packages: LockFile['packages']): LockFile => ({ lockfileVersion: 3, packages });
const tool = { version: '1.0.0', optionalDependencies: { '@tool/darwin-arm64': '1.0.0', '@tool/linux-x64': '1.0.0' } };
const darwin = { version: '1.0.0', optional: true, os: ['darwin'], cpu: ['arm64'] };
const linux = { version: '1.0.0', optional: true, os: ['linux'], cpu: ['x64'] };

describe('lockGaps', () => {
	test('finds nothing when every optional binary has an entry with its platform', () =>
		expect(lockGaps(lock({ '': {}, 'node_modules/tool': tool, 'node_modules/@tool/darwin-arm64': darwin, 'node_modules/@tool/linux-x64': linux }))).toEqual([]));

	test("names an optional binary for another platform that the lock leaves out (what broke npm ci)", () =>
		expect(lockGaps(lock({ '': {}, 'node_modules/tool': tool, 'node_modules/@tool/linux-x64': linux }))).toEqual([
			{ dependent: 'node_modules/tool', dependency: '@tool/darwin-arm64', problem: 'missing' },
		]));

	test('finds an entry nested under the package that needs it, as Node would', () =>
		expect(
			lockGaps(lock({ 'node_modules/a/node_modules/tool': tool, 'node_modules/a/node_modules/@tool/darwin-arm64': darwin, 'node_modules/@tool/linux-x64': linux })),
		).toEqual([]));

	test('names a platform binary whose entry has no os or cpu', () =>
		expect(lockGaps(lock({ 'node_modules/tool': tool, 'node_modules/@tool/darwin-arm64': { version: '1.0.0' }, 'node_modules/@tool/linux-x64': linux }))).toEqual([
			{ dependent: 'node_modules/tool', dependency: '@tool/darwin-arm64', problem: 'no platform' },
		]));

	test('says how to mend a gap', () =>
		expect(describeLockGaps([{ dependent: 'node_modules/tool', dependency: '@tool/darwin-arm64', problem: 'missing' }])[0]).toMatch(
			/no entry for @tool\/darwin-arm64 .*run `npm install`/,
		));
});

test("the project's package-lock.json names every optional dependency, each with its platform", () => {
	const projectLock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as LockFile;
	expect(describeLockGaps(lockGaps(projectLock))).toEqual([]);
});
