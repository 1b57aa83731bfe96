/**
 * Astro's build runs in a process of its own (scripts/build-steps/run-apart.ts), so that its memory
 * is given back before the steps after it run and the two peaks never add up (docs/performance.md).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { nodeFlags, runApart, stepEnv } from '../../scripts/build-steps/run-apart.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const runApartModule = path.join(projectRoot, 'scripts/build-steps/run-apart.ts');
const folder = () => mkdtempSync(path.join(tmpdir(), 'lcf-apart-'));

/** Whether `pid` still runs: a step whose build was killed may linger as a zombie until something reaps it, and a zombie runs nothing. */
const isRunning = (pid: number) => {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
	} catch {
		return false;
	}
};

describe('runApart', () => {
	test('runs the step in a Node process of its own, with the Node and allocator settings, and gives its exit code', async () => {
		const dir = folder();
		const step = path.join(dir, 'step.mjs');
		writeFileSync(
			step,
			`import { writeFileSync } from 'node:fs';
writeFileSync(process.argv[2], JSON.stringify({ pid: process.pid, execArgv: process.execArgv, purge: process.env.MIMALLOC_PURGE_DELAY, inherited: process.env.LCF_APART_TEST }));
process.exit(7);`,
		);
		process.env['LCF_APART_TEST'] = 'from the build';
		const code = await runApart(step, [path.join(dir, 'seen.json')]).finally(() => delete process.env['LCF_APART_TEST']);
		expect(code).toBe(7);
		const seen = JSON.parse(readFileSync(path.join(dir, 'seen.json'), 'utf8'));
		expect(seen.pid).not.toBe(process.pid);
		expect(seen.execArgv).toEqual(nodeFlags);
		expect(seen.purge).toBe(stepEnv.MIMALLOC_PURGE_DELAY);
		expect(seen.inherited).toBe('from the build');
	});

	test('a step that has finished its work exits, although the channel to the build is open', async () => {
		const dir = folder();
		const step = path.join(dir, 'step.ts');
		writeFileSync(step, `import { stopWithParent } from ${JSON.stringify(runApartModule)};\nstopWithParent();\nconsole.log('done');`);
		expect(await runApart(step, [])).toBe(0);
	});

	test('a step stops when the build that started it is killed, so that it writes nothing into the next build’s folder', { timeout: 30_000 }, async () => {
		const dir = folder();
		const pidFile = path.join(dir, 'step.pid');
		const step = path.join(dir, 'step.ts');
		writeFileSync(step, `import { writeFileSync } from 'node:fs';\nimport { stopWithParent } from ${JSON.stringify(runApartModule)};\nstopWithParent();\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetInterval(() => {}, 1000);`);
		const build = path.join(dir, 'build.ts');
		writeFileSync(build, `import { runApart } from ${JSON.stringify(runApartModule)};\nawait runApart(${JSON.stringify(step)}, []);`);
		const parent = spawn(process.execPath, [build], { stdio: 'ignore' });
		while (!existsSync(pidFile) || !readFileSync(pidFile, 'utf8')) await sleep(50);
		const stepPid = Number(readFileSync(pidFile, 'utf8'));
		expect(isRunning(stepPid)).toBe(true);
		parent.kill('SIGKILL');
		for (let waited = 0; isRunning(stepPid) && waited < 20_000; waited += 100) await sleep(100);
		const orphaned = isRunning(stepPid);
		if (orphaned) process.kill(stepPid);
		expect(orphaned).toBe(false);
	});
});

describe('scripts/build.ts', () => {
	// Loaded here, these would hold their memory (≈ 100 MiB) all through Astro's build.
	test('loads neither Astro nor the steps that work on the built site before Astro’s build has ended', () => {
		const source = readFileSync(path.join(projectRoot, 'scripts/build.ts'), 'utf8');
		expect(source).not.toMatch(/['"]astro['"]/);
		const staticImports = [...source.matchAll(/^import [^;]* from '([^']+)';$/gm)].map((match) => match[1]);
		expect(staticImports).toEqual(['node:fs/promises', 'node:path', './build-steps/build-folders.ts', './build-steps/run-apart.ts']);
		expect(source).toMatch(/runApart\(path\.join\(import\.meta\.dirname, 'build-steps\/astro-build\.ts'\)/);
	});
});

describe('npm run build', () => {
	test('gives the build itself the same Node settings as the steps it runs apart', () => {
		const { scripts } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		expect(scripts['build']).toBe(`node ${nodeFlags.join(' ')} scripts/build.ts`);
	});
});
