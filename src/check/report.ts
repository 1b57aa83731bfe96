/**
 * What `npm run check` prints and its exit status, from the problems and warnings found: one place,
 * so that scripts/check.ts and the tests that read its words (tests/content/bad-input.test.ts, which
 * checks a hundred fixtures in one process) say the same.
 */
import { formatProblem, formatReport } from './problems.ts';
import type { Problem } from './where.ts';

export interface CheckReport {
	status: 0 | 1;
	/** Printed to standard error: the warnings, then the problems. */
	stderr: string;
	/** Printed to standard output: that the content is valid. */
	stdout: string;
}

export function checkReport({ problems, warnings, skipped = [] }: { problems: Problem[]; warnings: Problem[]; skipped?: string[] }): CheckReport {
	// Warnings first: they are still true when the problems are fixed.
	const warned = warnings.length ? `${['Warning:', ...warnings.map((w) => `  ${formatProblem(w)}`), ''].join('\n')}\n` : '';
	if (problems.length) return { status: 1, stderr: `${warned}${formatReport(problems, `Fix ${problems.length === 1 ? 'it' : 'them'} and run \`npm run check\` again.`, skipped)}\n`, stdout: '' };
	const count = warnings.length === 1 ? 'one warning' : `${warnings.length} warnings`;
	return { status: 0, stderr: warned, stdout: `Content is valid: no problems found${warnings.length ? ` (${count} above: check ${warnings.length === 1 ? 'it' : 'them'})` : ''}.\n` };
}
