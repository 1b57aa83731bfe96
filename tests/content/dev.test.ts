/**
 * `npm run dev` on a copy of the valid fixture: the preview reloads an edited `attributes.yaml`,
 * shows the checker's report (file:line, field, what is wrong, the fix) in the terminal and instead
 * of the page while the content is broken, and shows the page again once it is fixed. Waits are
 * generous and end as soon as the preview answers as expected: nothing here is timed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { contentFolder, projectRoot } from '../helpers/fixtures.ts';

const patience = 120_000;

interface Preview {
	url: string;
	/** Everything the preview has printed so far. */
	output(): string;
	process: ChildProcess;
}

const running: Preview[] = [];
afterEach(() => {
	for (const preview of running.splice(0)) preview.process.kill();
});

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

async function startPreview(content: string): Promise<Preview> {
	const port = await freePort();
	// As an editor's terminal has it: without the test runner's NODE_ENV=test and VITEST variables, which change how Astro serves.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
	const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: projectRoot,
		env: { ...env, LCF_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const preview = { url: `http://127.0.0.1:${port}`, output: () => output, process: child };
	running.push(preview);
	return preview;
}

/** The page at `urlPath` as a browser asks for it, once `ready` says it is what is expected (or the last answer). */
async function pageWhen(preview: Preview, urlPath: string, ready: (html: string) => boolean): Promise<string> {
	let html = '';
	for (const end = Date.now() + patience; Date.now() < end; await sleep(500)) {
		expect(preview.process.exitCode, `the preview stopped:\n${preview.output()}`).toBeNull();
		html = await fetch(`${preview.url}${urlPath}`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
		if (ready(html)) break;
	}
	return html;
}

/** What the preview has printed, once it includes `text` (or all of it, after a generous wait). */
async function outputWhen(preview: Preview, text: string): Promise<string> {
	for (const end = Date.now() + patience; Date.now() < end && !preview.output().includes(text); ) await sleep(500);
	return preview.output();
}

const attributes = (content: string) => path.join(content, 'pathways/pathway-4/attributes.yaml');
const edit = (file: string, from: string, to: string) => {
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
};
const misspelt = ['    areas: [leadership-essentials]', '    aeras: [leadership-essentials]'] as const;
const report = /attributes\.yaml:5<\/code> <strong>curiosity-of-self › #1 \(p4-knows-system\) › aeras<\/strong>: is not a field: did you mean &quot;areas&quot;\? Correct the spelling/;

describe('npm run dev', () => {
	test('reloads an edited attributes.yaml, shows the report while it is broken, and the page once fixed', { timeout: patience * 5 }, async () => {
		const content = contentFolder();
		const preview = await startPreview(content);
		const page = '/pathways/pathway-4/';
		expect(await pageWhen(preview, page, (html) => html.includes('Knows the whole system.'))).toContain('Knows the whole system.');

		edit(attributes(content), 'Knows the whole system.', 'Knows the whole system, as edited.');
		expect(await pageWhen(preview, page, (html) => html.includes('as edited'))).toContain('Knows the whole system, as edited.');

		edit(attributes(content), ...misspelt);
		const broken = await pageWhen(preview, page, (html) => html.includes('data-content-problems'));
		expect(broken).toContain('<h1>The content has 1 problem</h1>');
		expect(broken).toMatch(report);
		const terminal = 'pathways/pathway-4/attributes.yaml:5  curiosity-of-self › #1 (p4-knows-system) › aeras: is not a field: did you mean "areas"?';
		expect(await outputWhen(preview, terminal)).toContain(terminal);

		edit(attributes(content), misspelt[1], misspelt[0]);
		const fixed = await pageWhen(preview, page, (html) => html.includes('as edited'));
		expect(fixed).toContain('Knows the whole system, as edited.');
		expect(fixed).not.toContain('data-content-problems');
		expect(preview.output()).not.toMatch(/\n\s+at /); // no stack trace
	});

	test('starts on broken content, showing the report, and shows the pages once it is fixed', { timeout: patience * 3 }, async () => {
		const content = contentFolder();
		edit(attributes(content), ...misspelt);
		const preview = await startPreview(content);
		expect(await pageWhen(preview, '/', (html) => html.includes('data-content-problems'))).toMatch(report);

		edit(attributes(content), misspelt[1], misspelt[0]);
		expect(await pageWhen(preview, '/pathways/pathway-4/', (html) => html.includes('Knows the whole system.'))).toContain('Knows the whole system.');
		expect(preview.output()).not.toMatch(/\n\s+at /);
	});

	test('warns of an implausible value in the terminal and still shows the page', { timeout: patience * 3 }, async () => {
		const content = contentFolder('future-date');
		const preview = await startPreview(content);
		expect(await pageWhen(preview, '/resources/sample/', (html) => html.includes('Sample resource'))).toContain('Sample resource');
		const warning = 'resources/sample.mdx:5  published: is in 2071, which has not come yet';
		expect(await outputWhen(preview, warning)).toContain(warning);
	});
});
