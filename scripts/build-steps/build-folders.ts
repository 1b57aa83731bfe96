/**
 * The build's folders beside `dist/`: a lock so that one build runs at a time, and the swap of the
 * new site into place, made so that a build killed at any moment leaves the last good site there
 * or in `dist.previous/`, which the next build puts back first.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A reason to stop that the person running the build can act on: printed as it is, without a stack trace. */
export class BuildRefused extends Error {}

/** Whether a process with this id is alive (a lock's holder). */
const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Creates the lock file `lock` holding this process's id, taking over one left by a process that has
 * gone (its id as `stale`); when another running process holds it, leaves it and returns that
 * process's id as `holder`.
 */
export function takeLock(lock: string): { holder?: number; stale?: number } {
	let stale: number | undefined;
	for (;;) {
		try {
			writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
			return stale === undefined ? {} : { stale };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
			if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) return { holder };
			// Left by a process that was killed: nothing holds it.
			stale = holder;
			rmSync(lock, { force: true });
		}
	}
}

/**
 * Takes `<dist>.lock` (holding this process's id) for as long as this process runs. Refuses while
 * another build that is still running holds it; takes over a lock whose process has gone.
 */
export function lockBuild(dist: string): { stale?: number } {
	const lock = `${dist}.lock`;
	const { holder, stale } = takeLock(lock);
	if (holder !== undefined) {
		const shown = path.relative(process.cwd(), dist) || '.';
		throw new BuildRefused(`Another build (process ${holder}) is building ${shown}/ now, so this one did not start. Wait for it to finish and run \`npm run build\` again.`);
	}
	process.on('exit', () => {
		if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock, { force: true });
	});
	return stale === undefined ? {} : { stale };
}

/**
 * Undoes a swap that was cut short: with no `dist/` but a `dist.previous/` (the build was killed
 * between its two renames), the previous site is the last good one and goes back. Says whether it did.
 */
export function restoreInterruptedSwap(dist: string): boolean {
	const previous = `${dist}.previous`;
	if (!existsSync(previous)) return false;
	if (existsSync(dist)) {
		// Killed after the new site was in place: the old one is no longer needed.
		rmSync(previous, { recursive: true, force: true });
		return false;
	}
	renameSync(previous, dist);
	return true;
}

/** Puts the built `staging` folder in place of `dist`, keeping the old site in `dist.previous` until it is. */
export async function swapIn(staging: string, dist: string): Promise<void> {
	const previous = `${dist}.previous`;
	await rm(previous, { recursive: true, force: true });
	if (existsSync(dist)) await rename(dist, previous);
	// A kill here leaves no dist/: restoreInterruptedSwap puts dist.previous back on the next build.
	await rename(staging, dist);
	await rm(previous, { recursive: true, force: true });
}
