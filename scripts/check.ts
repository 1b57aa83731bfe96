/** `npm run check`: validates all content without building, and lists every problem at once. */
import { formatReport } from '../src/check/problems.ts';
import { validateContent } from '../src/check/validate.ts';

const { problems } = await validateContent();
if (problems.length) {
	console.error(formatReport(problems, `Fix ${problems.length === 1 ? 'it' : 'them'} and run \`npm run check\` again.`));
	process.exit(1);
}
console.log('Content is valid: no problems found.');
