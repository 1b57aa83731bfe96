/** The one-pathway-or-all choice's state, a plain function (tests/unit/filter.test.ts); a module of its own so that
 * the filter's script and the choice's share no chunk (each stays inlined in its page). */

/**
 * Which one-pathway-or-all choice (PathwayChoice) the URL's pathways make: one of them, all ('' — none
 * named, or every one), or none of the choices (two of four, say, chosen with the compare page's boxes).
 */
export function pathwayChoice(named: string[], offered: string[]): string | undefined {
	const chosen = offered.filter((id) => named.includes(id));
	if (!chosen.length || chosen.length === offered.length) return '';
	return chosen.length === 1 ? chosen[0] : undefined;
}
