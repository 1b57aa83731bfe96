/** Content version numbers ("1.0", "1.1", "2.0"): their form and their order. */

export { versionPattern } from '../../../schemas/version.ts';

/**
 * Negative when `a` is earlier than `b`, positive when later, 0 when the same. Compared part by
 * part as numbers, so 1.10 comes after 1.9, and 1.0 is the same as 1.0.0.
 */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d) return d;
	}
	return 0;
}
