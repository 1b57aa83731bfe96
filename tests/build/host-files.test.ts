import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineCode } from '../../scripts/lib/host-files.ts';
import { contentTypeFor, cspHash, hostFiles } from '../../scripts/lib/host-rules.ts';
import { builtPages, distDir } from '../helpers/dist.ts';

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const azure = JSON.parse(read(hostFiles.azure)) as { globalHeaders: Record<string, string> };
const csp = azure.globalHeaders['Content-Security-Policy']!;

describe('the host files the build writes', () => {
	test('give every file the site publishes a content type', () => {
		const hosts = new Set<string>(Object.values(hostFiles));
		const untyped = globSync('**/*', { cwd: distDir, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => `/${path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
			.filter((url) => !hosts.has(url.slice(1)) && !contentTypeFor(url));
		expect(untyped).toEqual([]);
	});

	test('allow every inline script and style of every page by its hash, and nothing inline else', () => {
		const missing = builtPages().flatMap(({ url, file }) => {
			const { scripts, styles } = inlineCode(readFileSync(file, 'utf8'));
			return [...scripts, ...styles].filter((code) => !csp.includes(cspHash(code))).map((code) => `${url}: ${code.slice(0, 60)}`);
		});
		expect(missing).toEqual([]);
		expect(csp).not.toContain('unsafe-inline');
	});

	test('leave no page with a style attribute, which the policy would block', () => {
		const styled = builtPages().filter(({ file }) => /<[^>]+\sstyle=/i.test(readFileSync(file, 'utf8')));
		expect(styled.map((page) => page.url)).toEqual([]);
	});

	test('say the same policy to every host', () => {
		expect(read(hostFiles.headers)).toContain(`  Content-Security-Policy: ${csp}\n`);
		expect(read(hostFiles.nginx)).toContain(`add_header Content-Security-Policy "${csp}" always;`);
	});
});
