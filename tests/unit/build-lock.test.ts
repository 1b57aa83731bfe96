/** The lock file a build (and the four-pathway test site) takes: refused while a live process holds it, taken over from a dead one. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { takeLock } from '../../scripts/build-steps/build-folders.ts';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'lcf-lock-')), 'dist.lock');

test('takes a free lock, writing its own process id', () => {
	const lock = lockIn();
	expect(takeLock(lock)).toEqual({});
	expect(readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
});

test('leaves a lock that a running process holds, and names that process', () => {
	const lock = lockIn();
	writeFileSync(lock, `${process.ppid}\n`);
	expect(takeLock(lock)).toEqual({ holder: process.ppid });
	expect(readFileSync(lock, 'utf8').trim()).toBe(String(process.ppid));
});

test('takes over a lock left by a process that has gone, and says whose it was', () => {
	const lock = lockIn();
	const gone = 2 ** 22 + 7; // above Linux's largest process id (pid_max 4194304)
	writeFileSync(lock, `${gone}\n`);
	expect(takeLock(lock)).toEqual({ stale: gone });
	expect(readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
});
