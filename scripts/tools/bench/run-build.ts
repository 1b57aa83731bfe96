/**
 * Runs `scripts/build.ts` as a child process, as `npm run build` does, on another content folder
 * into another output folder, without the PDFs, and measures its wall time and peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeFlags } from '../../build-steps/run-apart.ts';

export interface BuildRun {
	/** Wall time of the whole build, from spawning it to its exit. */
	wallMs: number;
	/** Peak of the summed resident memory of the build and every process it started (Astro's build apart, Pagefind's), sampled every 100 ms. */
	peakTreeBytes: number;
	/** The largest peak of any one process in it, from `/usr/bin/time -v`, which reports the largest of the processes it waited for (undefined without it). */
	peakProcessBytes: number | undefined;
}

const gnuTime = '/usr/bin/time';
const pageSize = 4096;

/** Resident memory of `root` and all its descendants now, in bytes (Linux /proc; 0 elsewhere). */
function treeResident(root: number): number {
	let bytes = 0;
	const pending = [root];
	for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
		try {
			bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
			for (const task of readdirSync(`/proc/${pid}/task`))
				pending.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
		} catch {
			// The process ended while being read, or there is no /proc.
		}
	}
	return bytes;
}

/**
 * Builds `contentDir` into `distDir` and times it. Each run starts with no content cache (the
 * build keeps one in the content folder), as a fresh checkout or CI would. Throws with the
 * build's output if it fails.
 */
export async function runBuild(root: string, contentDir: string, distDir: string): Promise<BuildRun> {
	rmSync(path.join(contentDir, '.astro-cache'), { recursive: true, force: true });
	const timeFile = `${distDir}.time`;
	const useTime = existsSync(gnuTime);
	// The same Node flags as `npm run build` (its steps run apart get them too).
	const build = [process.execPath, ...nodeFlags, 'scripts/build.ts'];
	const [command, args] = useTime ? [gnuTime, ['-v', '-o', timeFile, ...build]] : [build[0]!, build.slice(1)];
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: root,
		env: { ...process.env, LCF_CONTENT_DIR: contentDir, LCF_DIST_DIR: distDir, LCF_SKIP_PDF: '1', ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peakTreeBytes = 0;
	const sample = () => (peakTreeBytes = Math.max(peakTreeBytes, treeResident(child.pid!)));
	const sampler = setInterval(sample, 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	const wallMs = performance.now() - started;
	clearInterval(sampler);
	if (code !== 0) throw new Error(`The build of ${contentDir} failed (exit ${code}):\n${output}`);
	let peakProcessBytes: number | undefined;
	if (useTime) {
		const kbytes = (await readFile(timeFile, 'utf8')).match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1];
		peakProcessBytes = kbytes ? Number(kbytes) * 1024 : undefined;
		rmSync(timeFile, { force: true });
	}
	return { wallMs, peakTreeBytes, peakProcessBytes };
}
