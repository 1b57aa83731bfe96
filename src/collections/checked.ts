/**
 * The content check in front of every collection, so that `npm run dev` reports bad content as
 * `npm run check` does (file:line, field, what is wrong, the fix) instead of a raw ZodError or
 * YAMLParseError from a loader. The build has checked already; checking again costs milliseconds.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, formatReport } from '../check/problems.ts';
import { validateContent, type ValidationResult } from '../check/validate.ts';
import { contentDir } from './content-paths.ts';

/** What a preview says after the list of problems. */
export const previewConsequence = 'Fix them and save: the preview updates.';

/** Content with problems: its message is the checker's report. */
export class ContentProblems extends Error {
	readonly result: ValidationResult;
	constructor(result: ValidationResult) {
		super(formatReport(result.problems, previewConsequence));
		this.name = 'ContentProblems';
		this.result = result;
		// The report is the whole story: where in the loader it was thrown would only distract an editor.
		this.stack = `${this.name}: ${this.message}`;
	}
}

let running: { dir: string; result: Promise<ValidationResult> } | undefined;

/**
 * The checked content, or a `ContentProblems` error. The collections load together: they share one
 * run, and the next load (after an edit) checks afresh.
 */
export function checkedContent(root = process.cwd()): Promise<ValidationResult> {
	const dir = contentDir(root);
	if (running?.dir !== dir) {
		const run = { dir, result: validateContent(root) };
		running = run;
		void run.result.finally(() => setTimeout(() => running === run && (running = undefined)));
	}
	return running.result.then((result) => {
		if (result.problems.length) throw new ContentProblems(result);
		return result;
	});
}

let watching = false;

/** The warnings of a check, as `npm run check` prints them. */
export const warningReport = ({ warnings }: ValidationResult) => ['Warning:', ...warnings.map((w) => `  ${formatProblem(w)}`)].join('\n');

/**
 * In `npm run dev`: the checker's warnings at the start, and after every edit of the content its
 * report (problems or warnings) in the terminal, once. The build prints them itself.
 */
function reportEdits({ watcher, logger }: LoaderContext) {
	if (!watcher || watching) return;
	watching = true;
	const dir = contentDir();
	const report = () =>
		checkedContent().then(
			(result) => void (result.warnings.length && logger.warn(warningReport(result))),
			(error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
		);
	void validateContent().then((result) => result.warnings.length && logger.warn(warningReport(result)));
	watcher.on('all', (_, changed) => {
		if (changed.startsWith(dir)) void report();
	});
}

/** A loader that runs only on content that passes the check. */
export function checked(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			reportEdits(context);
			await checkedContent();
			await loader.load(context);
		},
	};
}
