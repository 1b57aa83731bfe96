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
		super(formatReport(result.problems, previewConsequence, result.skipped));
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
const reported = new WeakSet<ValidationResult>();

/** The warnings of a check, as `npm run check` prints them. */
export const warningReport = ({ warnings }: ValidationResult) => ['Warning:', ...warnings.map((w) => `  ${formatProblem(w)}`)].join('\n');

/** Logs a check's report (problems, else warnings) once, however many collections share it. */
function report(result: ValidationResult, logger: LoaderContext['logger']) {
	if (reported.has(result)) return;
	reported.add(result);
	if (result.problems.length) logger.error(formatReport(result.problems, previewConsequence, result.skipped));
	else if (result.warnings.length) logger.warn(warningReport(result));
}

/** The check's result, problems or not (`checkedContent` throws on problems). */
const contentResult = () => checkedContent().catch((error: unknown) => {
	if (error instanceof ContentProblems) return error.result;
	throw error;
});

/**
 * In `npm run dev`: the checker's report in the terminal at the start and after every edit of the
 * content, once each time. The build prints it itself.
 */
function reportEdits({ watcher, logger }: LoaderContext) {
	if (!watcher || watching) return;
	watching = true;
	const dir = contentDir();
	watcher.on('all', (_, changed) => {
		if (changed.startsWith(dir)) contentResult().then((result) => report(result, logger), (error: unknown) => logger.error(String(error)));
	});
}

/**
 * Runs `load` on content that passes the check. With problems, the build stops (the error is the
 * report); the preview (which has a watcher) keeps running, its collections as they were, and shows
 * the report in the terminal and, instead of every page, in the browser (`preview-report.ts`).
 */
export async function loadChecked(context: LoaderContext, load: () => Promise<void>): Promise<void> {
	reportEdits(context);
	const result = await contentResult();
	if (context.watcher) report(result, context.logger);
	if (result.problems.length && !context.watcher) throw new ContentProblems(result);
	if (result.problems.length) {
		// Loaded once the content is fixed: the next edit tries again.
		const dir = contentDir();
		const retry = (_: string, changed: string) => {
			if (!changed.startsWith(dir)) return;
			context.watcher?.off('all', retry);
			loadChecked(context, load).catch((error: unknown) => context.logger.error(String(error)));
		};
		context.watcher?.on('all', retry);
		return;
	}
	await load();
}

/** A loader that runs only on content that passes the check. */
export function checked(loader: Loader): Loader {
	return { ...loader, load: (context) => loadChecked(context, () => loader.load(context)) };
}
