/**
 * `npm run dev`: while the content has problems, every page of the preview is the checker's report
 * (the same file:line, field, what is wrong and the fix as `npm run check`), not a stale or broken
 * page. A page open in the browser reloads when the content changes: into the report when it
 * breaks, back into itself when it is fixed.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { validateContent, type ValidationResult } from '../check/validate.ts';
import { skippedNote } from '../check/problems.ts';
import type { Problem } from '../check/where.ts';
import { previewConsequence } from './checked.ts';
import { contentDir } from './content-paths.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

const item = ({ file, line, field, message }: Problem) =>
	`<li><code>${escape(`${file}${line ? `:${line}` : ''}`)}</code>${field ? ` <strong>${escape(field)}</strong>:` : ''} ${escape(message)}</li>`;

/** The report as a page of its own, which reloads when the content changes (Vite's client). */
export function reportPage({ problems, skipped = [] }: Pick<ValidationResult, 'problems'> & { skipped?: string[] }): string {
	const note = skippedNote(skipped);
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The content has ${count}: preview</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.75rem 0}code{font-weight:bold}</style>
</head><body><main>
<h1>The content has ${count}</h1>
<p>Nothing can be previewed until ${problems.length === 1 ? 'it is' : 'they are'} fixed. ${escape(previewConsequence.replace('Fix them', problems.length === 1 ? 'Fix it' : 'Fix them'))}</p>
<ul data-content-problems>${problems.map(item).join('\n')}</ul>
${note ? `<p>${escape(note)}</p>\n` : ''}</main></body></html>`;
}

/** Every content file's path, size and time of change: when it differs, the content has changed. */
function contentStamp(dir: string): string {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = path.join(entry.parentPath, entry.name);
			const { size, mtimeMs } = statSync(file);
			return `${file}\0${size}\0${mtimeMs}`;
		})
		.sort()
		.join('\n');
}

/** The Astro integration that serves the report in the preview. */
export function previewReport(): AstroIntegration {
	return {
		name: 'lcf-preview-report',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const dir = contentDir();
				let latest: Promise<ValidationResult> | undefined;
				let checked = '';
				// Checked again whenever a content file has changed, not only on the watcher's word, which can miss one
				// (a first preview with no Vite cache did, every time, in tests/content/dev.test.ts).
				const check = () => {
					const stamp = contentStamp(dir);
					if (stamp !== checked) [latest, checked] = [undefined, stamp];
					return (latest ??= validateContent());
				};
				server.watcher.on('all', (_, changed) => {
					if (!changed.startsWith(dir)) return;
					latest = undefined;
					// An open page (or this report) reloads: as the report while problems remain, as itself once fixed.
					void check().then(() => server.hot.send({ type: 'full-reload' }));
				});
				server.middlewares.use((request, response, next) => {
					const wantsPage = request.method === 'GET' && !/^\/(@|node_modules\/|_astro\/|src\/)/.test(request.url ?? '') && /text\/html/.test(request.headers.accept ?? '');
					if (!wantsPage) return next();
					check().then((result) => {
						if (!result.problems.length) return next();
						response.statusCode = 500;
						response.setHeader('Content-Type', 'text/html; charset=utf-8');
						response.end(reportPage(result));
					}, next);
				});
			},
		},
	};
}
