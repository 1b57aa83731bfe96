import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileNameProblem, reservedAddresses } from '../../src/check/file-names.ts';
import { projectRoot } from '../helpers/fixtures.ts';

describe('the addresses a site page may not take', () => {
	test('are those of every page the site makes itself, read from src/pages/', async () => {
		const reserved = await reservedAddresses(projectRoot);
		const own = readdirSync(path.join(projectRoot, 'src/pages')).filter((name) => !name.startsWith('['));
		expect(own.length).toBeGreaterThan(10);
		for (const name of own) expect(reserved).toContain(name.replace(/\.(astro|ts)$/, ''));
		expect([...reserved].filter((name) => name.startsWith('['))).toEqual([]);
		expect(reserved).toContain('pagefind');
	});

	test("leave the site's own pages about itself free", async () => {
		const reserved = await reservedAddresses(projectRoot);
		for (const page of ['about', 'accessibility', 'privacy', 'contact']) expect(reserved).not.toContain(page);
	});
});

describe('a file name that is an address', () => {
	test.each(['about.mdx', 'cookies-2.mdx'])('accepts %s', (name) => expect(fileNameProblem(name, '/<name>/')).toBeUndefined());
	test.each([
		['Contact Us.mdx', 'contact-us.mdx'],
		['framework.json.mdx', 'framework-json.mdx'],
		['..mdx', 'about-this-page.mdx'],
	])('refuses %s, suggesting %s', (name, suggested) => expect(fileNameProblem(name, '/<name>/')).toContain(`e.g. ${suggested}`));
});
