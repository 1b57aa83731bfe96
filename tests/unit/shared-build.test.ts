/** A test site several test files share (tests/helpers/shared-build.ts): built once for what it is built from, waited for while another process builds it. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builtOnce } from '../helpers/shared-build.ts';

const homeIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'lcf-shared-')), 'site');

test('builds once for a key, and again when the key changes', async () => {
	const home = homeIn();
	let builds = 0;
	const build = () => void (builds += 1, writeFileSync(path.join(home, 'index.html'), String(builds)));
	await builtOnce(home, 'a', build);
	await builtOnce(home, 'a', build);
	expect(builds).toBe(1);
	await builtOnce(home, 'b', build);
	expect(builds).toBe(2);
	await builtOnce(home, 'c', build, true);
	expect(builds, 'LCF_TEST_REUSE_DIST keeps whatever was built').toBe(2);
	expect(existsSync(`${home}.lock`)).toBe(false);
});

test('a build that fails is not taken as built, and leaves no lock', async () => {
	const home = homeIn();
	await expect(builtOnce(home, 'a', () => { throw new Error('no'); })).rejects.toThrow('no');
	expect(existsSync(`${home}.lock`)).toBe(false);
	let builds = 0;
	await builtOnce(home, 'a', () => void (builds += 1));
	expect(builds).toBe(1);
});

test('waits while another running process builds it, and does not build it again', async () => {
	const home = homeIn();
	mkdirSync(home);
	writeFileSync(`${home}.lock`, `${process.ppid}\n`); // a live process that is not this one
	let builds = 0;
	const waiting = builtOnce(home, 'a', () => void (builds += 1));
	await new Promise((resolve) => setTimeout(resolve, 1500));
	writeFileSync(path.join(home, 'built'), 'a');
	rmSync(`${home}.lock`);
	await waiting;
	expect(builds).toBe(0);
});
