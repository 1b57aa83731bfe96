/**
 * `node astro-build.ts <staging> <dist>`: checks the content, then builds the pages with Astro into
 * `staging`. `scripts/build.ts` runs it in a process of its own (run-apart.ts), so that the memory
 * Astro's build holds is given back before the steps that work on the built site run. Bad content
 * is listed for the editor and exits with `reported`; any other failure throws.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, formatReport } from '../../src/check/problems.ts';
import { validateContent } from '../../src/check/validate.ts';
import { reported, stopWithParent } from './run-apart.ts';

stopWithParent();
const [staging, dist] = process.argv.slice(2) as [string, string];
const root = process.cwd();

const { problems, warnings, skipped } = await validateContent(root);
if (warnings.length) console.warn(['Warning:', ...warnings.map((w) => `  ${formatProblem(w)}`), ''].join('\n'));
if (problems.length) {
	const kept = existsSync(dist) ? ` The last good site in ${path.relative(root, dist)}/ is unchanged.` : '';
	console.error(formatReport(problems, `Nothing was built.${kept}`, skipped));
	process.exit(reported);
}

// Imported only now: loading Astro takes a moment, and bad content should fail fast.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
await build({ root, outDir: staging, logLevel: 'warn' });
