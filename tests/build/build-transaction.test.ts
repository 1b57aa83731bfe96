/** The build as a transaction under faults: killed mid-swap, run twice at once, asked to publish without an address. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { contentFolder, projectRoot, runScript } from '../helpers/fixtures.ts';

/** A content folder whose build stops at the content check, and where its site would go. */
function failingBuild() {
	const content = contentFolder('malformed-yaml');
	const dist = path.join(`${content}-site`, 'dist');
	mkdirSync(path.dirname(dist), { recursive: true });
	return { content, dist, run: () => runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist }) };
}

const exitedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('a build killed between its two renames', () => {
	test('is put right by the next build, which restores the last good site first, even when it fails', () => {
		const { dist, run } = failingBuild();
		// What a SIGKILL after `dist` → `dist.previous` and before `dist.building` → `dist` leaves.
		mkdirSync(`${dist}.previous`);
		writeFileSync(path.join(`${dist}.previous`, 'index.html'), 'last good site');
		const { status, output } = run();
		expect(status).toBe(1);
		expect(output).toContain('Restored the last good site into');
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(existsSync(`${dist}.previous`)).toBe(false);
	});
});

describe('a build whose Astro step fails after the content check', () => {
	// Astro's build runs in a process of its own (scripts/build-steps/run-apart.ts): its failure must still stop the build.
	test('says so, exits 1 and leaves the last good site, with no half-built folder', () => {
		const content = contentFolder();
		const dist = path.join(`${content}-site`, 'dist');
		mkdirSync(dist, { recursive: true });
		writeFileSync(path.join(dist, 'index.html'), 'last good site');
		// An address Astro's own configuration check refuses, which the content check does not read.
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1', SITE_URL: 'not an address' });
		expect(status).toBe(1);
		expect(output).toContain('Invalid URL');
		expect(output.trim()).toMatch(/The build failed, so .*dist\/ is unchanged\.$/);
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(existsSync(`${dist}.building`)).toBe(false);
		expect(existsSync(`${dist}.lock`)).toBe(false);
	});
});

describe('two builds at once', () => {
	test('the second refuses with a plain message while the first runs, and the first finishes', { timeout: 180_000 }, async () => {
		const content = contentFolder();
		const dist = path.join(`${content}-site`, 'dist');
		const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' };
		const first = spawn(process.execPath, [path.join(projectRoot, 'scripts/build.ts')], { cwd: projectRoot, env, stdio: 'ignore' });
		const finished = new Promise<number | null>((resolve) => first.on('exit', resolve));
		while (!existsSync(`${dist}.lock`)) await sleep(20);
		const second = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		expect(second.status).toBe(1);
		expect(second.output.trim()).toMatch(new RegExp(`^Another build \\(process ${first.pid}\\) is building .*dist/ now, so this one did not start\\. Wait for it to finish and run \`npm run build\` again\\.$`));
		expect(await finished).toBe(0);
		expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
		expect(existsSync(`${dist}.lock`)).toBe(false);
	});

	test('a lock left by a build that was killed does not stop the next', () => {
		const { dist, run } = failingBuild();
		const dead = exitedPid();
		writeFileSync(`${dist}.lock`, `${dead}\n`);
		const { status, output } = run();
		expect(output).toContain(`Took over the lock of a build that stopped without releasing it (process ${dead}).`);
		expect(output).toContain('Nothing was built');
		expect(status).toBe(1);
		expect(existsSync(`${dist}.lock`)).toBe(false);
	});
});

describe('a publishing build', () => {
	test.each([[''], ['https://4c-leadership-framework.example'], ['http://framework.example.org']])('refuses SITE_URL=%j', (address) => {
		const { content, dist } = failingBuild();
		const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.ts'), '--publish'], {
			cwd: projectRoot,
			env: { ...process.env, LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, SITE_URL: address },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^Nothing was built: a publishing build \(--publish\) needs the address the site is published at, and SITE_URL (is not set|is "http:\/\/framework\.example\.org", not an https:\/\/ address)\./);
		expect(existsSync(dist)).toBe(false);
	});
});
