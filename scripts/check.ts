/** `npm run check`: validates all content without building, and lists every problem at once. */
import { formatProblem, formatReport } from '../src/check/problems.ts';
import { validateContent } from '../src/check/validate.ts';

const { problems, warnings } = await validateContent();
// Warnings first: they are still true when the problems are fixed.
if (warnings.length) console.warn(['Warning:', ...warnings.map((w) => `  ${formatProblem(w)}`), ''].join('\n'));
if (problems.length) {
	console.error(formatReport(problems, `Fix ${problems.length === 1 ? 'it' : 'them'} and run \`npm run check\` again.`));
	process.exit(1);
}
console.log(`Content is valid: no problems found${warnings.length ? ` (${warnings.length === 1 ? 'one warning' : `${warnings.length} warnings`} above: check ${warnings.length === 1 ? 'it' : 'them'})` : ''}.`);
