/** `npm run check`: validates all content without building, and lists every problem at once. */
import { checkReport } from '../src/check/report.ts';
import { validateContent } from '../src/check/validate.ts';

const { status, stderr, stdout } = checkReport(await validateContent());
process.stderr.write(stderr);
process.stdout.write(stdout);
process.exitCode = status;
