/** The built site served by real nginx with the configuration the build wrote, as a public body would serve it. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentTypeFor, hostFiles, immutableCache, revalidateCache } from '../../scripts/build-steps/host-rules.ts';
import { startNginx, type NginxServer } from '../../scripts/build-steps/nginx.ts';
import { notFoundBody } from '../../src/lib/case/provider.ts';
import { caseValidator } from '../helpers/case-schemas.ts';
import { builtPages, distDir } from '../helpers/dist.ts';
import { validContentSite } from '../helpers/shared-build.ts';

const azure = JSON.parse(readFileSync(path.join(distDir, hostFiles.azure), 'utf8')) as { globalHeaders: Record<string, string> };
const { 'Cache-Control': _pages, ...security } = azure.globalHeaders;
const head = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init });

describe('nginx serving the built site', () => {
	let server: NginxServer;
	beforeAll(async () => {
		server = await startNginx(distDir);
	});
	afterAll(() => server?.close());

	test('answers every page with the security headers, as HTML to revalidate', { timeout: 60_000 }, async () => {
		const problems: string[] = [];
		for (const { url } of builtPages()) {
			const response = await head(server.url + url);
			if (response.status !== 200) problems.push(`${url}: status ${response.status}`);
			for (const [name, value] of Object.entries(security)) if (response.headers.get(name) !== value) problems.push(`${url}: ${name} is ${response.headers.get(name)}`);
			if (response.headers.get('content-type') !== 'text/html; charset=utf-8') problems.push(`${url}: content-type ${response.headers.get('content-type')}`);
			if (response.headers.get('cache-control') !== revalidateCache) problems.push(`${url}: cache-control ${response.headers.get('cache-control')}`);
		}
		expect(problems).toEqual([]);
	});

	test('serves every other file with its content type, and hashed assets to keep for good', { timeout: 60_000 }, async () => {
		const files = ['/framework.csv', '/framework.json', '/robots.txt', '/sitemap.xml', '/symbols.svg', '/downloads/pathway-2.pdf', '/pagefind/pagefind.js'];
		// The pages inline their CSS: the hashed files are the scripts of the pages that have them.
		const assets = ['search/index.html', 'pathways/pathway-2/index.html'].flatMap((page) => readFileSync(path.join(distDir, page), 'utf8').match(/\/_astro\/[\w.-]+/g) ?? []);
		expect(assets.length).toBeGreaterThan(0);
		for (const url of [...files, ...assets]) {
			const response = await head(server.url + url);
			expect(response.status, url).toBe(200);
			expect(response.headers.get('content-type'), url).toBe(contentTypeFor(url));
			expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
			expect(response.headers.get('cache-control'), url).toBe(url.startsWith('/_astro/') ? immutableCache : revalidateCache);
		}
	});

	test('serves the CASE provider as JSON: the document list at its own address (a rewrite, not a redirect), and files without an extension', async () => {
		const list = await head(`${server.url}/ims/case/v1p1/CFDocuments`);
		expect(list.status).toBe(200);
		expect(list.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(list.headers.get('content-security-policy')).toBe(security['Content-Security-Policy']);
		const { CFDocuments } = (await list.json()) as { CFDocuments: { identifier: string; CFPackageURI: { uri: string } }[] };
		expect(CFDocuments.length).toBeGreaterThan(0);
		const pkg = await head(`${server.url}${new URL(CFDocuments[0]!.CFPackageURI.uri).pathname}`);
		expect([pkg.status, pkg.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
		const document = await head(`${server.url}/ims/case/v1p1/CFDocuments/${CFDocuments[0]!.identifier}`);
		expect([document.status, document.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
	});

	test('answers an unknown CASE identifier, any identifier of an endpoint with nothing published, and a CASE folder with CASE\'s JSON 404, valid against the official schema', async () => {
		const unknown = '00000000-0000-0000-0000-000000000000';
		for (const address of [`CFItems/${unknown}`, `CFDocuments/${unknown}`, `CFPackages/${unknown}`, `CFLicenses/${unknown}`, `CFRubrics/${unknown}`, `CFSubjects/${unknown}`, 'CFItems/', 'no-such-endpoint']) {
			const response = await head(`${server.url}/ims/case/v1p1/${address}`);
			expect([response.status, response.headers.get('content-type')], address).toEqual([404, 'application/json; charset=utf-8']);
			expect(response.headers.get('content-security-policy'), address).toBe(security['Content-Security-Policy']);
			const body = await response.json();
			expect(body, address).toEqual(notFoundBody);
			const operation = { CFItems: 'getCFItem', CFDocuments: 'getCFDocument', CFPackages: 'getCFPackage', CFLicenses: 'getCFLicense', CFRubrics: 'getCFRubric', CFSubjects: 'getCFSubject' }[address.split('/')[0]!] ?? 'getCFItem';
			const validate = caseValidator(operation, 'error');
			expect(validate(body) ? [] : validate.errors, address).toEqual([]);
		}
	});

	test('lets tools on other sites read the CASE provider, its JSON 404 and the open data files, with the other headers kept, and no page', async () => {
		const { CFDocuments } = JSON.parse(readFileSync(path.join(distDir, 'ims/case/v1p1/CFDocuments.json'), 'utf8')) as { CFDocuments: { identifier: string }[] };
		const data = ['/ims/case/v1p1/CFDocuments', `/ims/case/v1p1/CFDocuments/${CFDocuments[0]!.identifier}`, '/ims/case/v1p1/CFItems/00000000-0000-0000-0000-000000000000', '/ims/case/v1p1/CFLicenses/00000000-0000-0000-0000-000000000000', '/framework.json', '/framework.csv', '/framework.schema.json', '/links.json'];
		const problems: string[] = [];
		for (const url of data) {
			const response = await head(server.url + url, { headers: { origin: 'https://lms.example' } });
			if (response.headers.get('access-control-allow-origin') !== '*') problems.push(`${url}: Access-Control-Allow-Origin is ${response.headers.get('access-control-allow-origin')}`);
			for (const [name, value] of Object.entries(security)) if (response.headers.get(name) !== value) problems.push(`${url}: ${name} is ${response.headers.get(name)}`);
		}
		for (const url of ['/', '/pathways/pathway-2/', '/pathways/pathway-99/', '/downloads/pathway-2.pdf'])
			if ((await head(server.url + url, { headers: { origin: 'https://lms.example' } })).headers.has('access-control-allow-origin')) problems.push(`${url}: allows other sites`);
		expect(problems).toEqual([]);
		// And the page for learning technologists tells them.
		expect(readFileSync(path.join(distDir, 'use/index.html'), 'utf8')).toContain('<code>Access-Control-Allow-Origin: *</code>');
	});

	test('answers an unknown address with the 404 page and a 404 status', async () => {
		const response = await head(`${server.url}/pathways/pathway-99/`);
		expect(response.status).toBe(404);
		expect(await response.text()).toBe(readFileSync(path.join(distDir, '404.html'), 'utf8'));
		expect(response.headers.get('content-security-policy')).toBe(security['Content-Security-Policy']);
	});

	test('does not serve the hosts’ configuration files', async () => {
		for (const file of Object.values(hostFiles)) expect((await head(`${server.url}/${file}`)).status, file).toBe(404);
	});

	test('adds the trailing slash to a folder’s address with a 301 to the same host', async () => {
		const response = await head(`${server.url}/pathways/pathway-2`);
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/pathways/pathway-2/');
	});
});

describe('nginx serving a site with renamed pages', () => {
	let server: NginxServer;
	let dist: string;
	beforeAll(async () => {
		// The fixture content renames a capability (staying-curious) and a sub-capability (curiosity-of-oneself).
		// Built once for this and the action plan's test; copied, since a file is added below.
		dist = path.join(mkdtempSync(path.join(tmpdir(), 'lcf-nginx-renamed-')), 'dist');
		cpSync(await validContentSite(), dist, { recursive: true });
		// A file without an extension in a JSON folder, as IMS CASE's API paths are (not one the site
		// builds: its CFDocuments is a folder, the list being a rewrite, tested above).
		mkdirSync(path.join(dist, 'ims/case/v1p1'), { recursive: true });
		writeFileSync(path.join(dist, 'ims/case/v1p1/CFExtensionless'), '{}');
		server = await startNginx(dist);
	}, 180_000);
	afterAll(() => server?.close());

	test.each([
		['/capabilities/staying-curious/', '/capabilities/maintaining-curiosity/'],
		['/capabilities/staying-curious', '/capabilities/maintaining-curiosity/'],
		['/capabilities/maintaining-curiosity/curiosity-of-oneself/', '/capabilities/maintaining-curiosity/curiosity-of-self/'],
		['/capabilities/staying-curious/curiosity-of-oneself/', '/capabilities/maintaining-curiosity/curiosity-of-self/'],
	])('answers %s with a 301 to %s', async (from, to) => {
		const response = await head(server.url + from);
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(to);
		expect((await head(server.url + to)).status).toBe(200);
	});

	test('serves a file without an extension in a JSON folder as JSON', async () => {
		const response = await head(`${server.url}/ims/case/v1p1/CFExtensionless`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('content-security-policy')).toBeTruthy();
	});
});
