/**
 * Which optional dependencies a lock file leaves out.
 *
 * `npm ci` refuses a lock that lacks an entry for any optional dependency a locked package names
 * ("Missing: … from lock file"), even one for another platform that it would never install, and even
 * when the registry does not have it. So the lock must name every one, each with its `os`/`cpu`, from
 * which `npm ci` decides, without asking the registry, what this platform skips.
 */

type LockEntry = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> };
export type LockFile = { lockfileVersion?: number; packages: Record<string, LockEntry> };

export type LockGap = { dependent: string; dependency: string; problem: 'missing' | 'no platform' };

/** The folders Node would look in for `name` required from the package at `from`, nearest first. */
function candidates(from: string, name: string): string[] {
	const paths: string[] = [];
	let base = from;
	for (;;) {
		paths.push(base ? `${base}/node_modules/${name}` : `node_modules/${name}`);
		if (!base) return paths;
		const cut = base.lastIndexOf('/node_modules/');
		base = cut === -1 ? '' : base.slice(0, cut);
	}
}

/** Every optional dependency named in the lock without an entry of its own, or without a platform. */
export function lockGaps(lock: LockFile): LockGap[] {
	const gaps: LockGap[] = [];
	for (const [from, entry] of Object.entries(lock.packages)) {
		for (const name of Object.keys(entry.optionalDependencies ?? {})) {
			const found = candidates(from, name).map((path) => lock.packages[path]).find(Boolean);
			const dependent = from || '(the project)';
			if (!found) gaps.push({ dependent, dependency: name, problem: 'missing' });
			// A platform binary without os/cpu would be fetched everywhere, so a registry without it breaks every install.
			else if (/(darwin|win32|linux|android|freebsd|openbsd|sunos|aix|wasm32)/.test(name) && !found.os && !found.cpu)
				gaps.push({ dependent, dependency: name, problem: 'no platform' });
		}
	}
	return gaps;
}

/** One sentence per gap, saying how to mend the lock. */
export function describeLockGaps(gaps: LockGap[]): string[] {
	return gaps.map(({ dependent, dependency, problem }) =>
		problem === 'missing'
			? `package-lock.json has no entry for ${dependency} (an optional dependency of ${dependent}), so \`npm ci\` will refuse it: run \`npm install\` with the project's Node (see the README) and commit the lock file`
			: `package-lock.json's entry for ${dependency} (an optional dependency of ${dependent}) has no "os" or "cpu", so every platform would try to fetch it: regenerate the lock file with \`npm install\``,
	);
}
