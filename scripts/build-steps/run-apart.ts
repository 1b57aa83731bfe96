/**
 * Runs a step of the build in a Node process of its own, which gives all of its memory back when it
 * exits. Astro's build holds ≈ 800 MiB at 50× the content (its pages' data on V8's heap, and the
 * native memory of Rolldown and the rest) until its process ends; the steps after it (the search
 * index with Pagefind's own process, the sitemap, the host files) would otherwise add theirs on top
 * of it (docs/performance.md, "Memory").
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/**
 * V8 settings that keep the heap near what is live: 4 MiB semi-spaces (≈ 80 MiB less at the peak, no
 * slower) and a heap let grow by a fifth before it collects, not to several times what is live
 * (at 50×, ≈ 500 MiB less at the peak, for more collections).
 */
export const nodeFlags = ['--max-semi-space-size=4', '--heap-growing-percent=20'];

/**
 * mimalloc, the allocator of Rolldown and of Astro's compiler, keeps pages it has freed for a second
 * (mimalloc 3's default) before it gives them back; giving them back at once cuts the peak by
 * ≈ 50 MiB at 1× and ≈ 100 MiB at 50×, no slower
 * (https://microsoft.github.io/mimalloc/environment.html, `MIMALLOC_PURGE_DELAY`).
 */
export const stepEnv = { MIMALLOC_PURGE_DELAY: '0' };

/** The exit code of a step that has told the editor what is wrong itself: the build stops with no message of its own. */
export const reported = 3;

/** Runs `script` with `args` in a Node process of its own and resolves with its exit code (128 + the signal's number if one ended it). */
export function runApart(script: string, args: readonly string[]): Promise<number> {
	const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
		env: { ...process.env, ...stepEnv },
		// The channel only tells the step when this process has gone (stopWithParent).
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	});
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
	});
}

/**
 * Called by a step run apart: it stops when the build that started it has gone, so that no step
 * goes on writing into a folder that the next build has taken over.
 */
export function stopWithParent(): void {
	if (!process.channel) return;
	process.on('disconnect', () => process.exit(1));
	// The channel must not keep the step running once its work is done.
	process.channel.unref();
}
