/**
 * Symbolic links in the content folder. A broken one made the check and the build crash; a working
 * one is a trap, since the file it shows is somewhere else. Each is reported with advice that is
 * safe for the file it points at, and none is read.
 */
import { existsSync } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './where.ts';

/** Every symbolic link under `dir`, as a path relative to it, with the problem it is. */
export async function symbolicLinks(dir: string, relative: (file: string) => string): Promise<{ file: string; problem: Problem }[]> {
	if (!existsSync(dir)) return [];
	const found: { file: string; problem: Problem }[] = [];
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isSymbolicLink()) continue;
		const absolute = path.join(entry.parentPath, entry.name);
		const file = path.relative(dir, absolute).split(path.sep).join('/');
		const target = await readlink(absolute);
		const message = existsSync(absolute)
			? `is a link to ${target}, not a file, and the site reads only files kept in the content folder: put a copy of ${target} here in place of the link (deleting a link leaves the file it points to untouched)`
			: `is a link to ${target}, which does not exist: delete the link (nothing else is deleted), or put the file itself here`;
		found.push({ file, problem: { file: relative(file), message } });
	}
	return found;
}
