import { describe, expect, test } from 'vitest';
import { azureConfig, headersFile, inlineCode, redirectsFile } from '../../scripts/build-steps/host-files.ts';
import { contentSecurityPolicy, contentTypeFor, securityHeaders, type HostRules } from '../../scripts/build-steps/host-rules.ts';
import { openDataUrls } from '../../src/lib/open-data.ts';
import { nginxSiteConfig } from '../../scripts/build-steps/nginx-config.ts';

const csp = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"], styleHashes: [] });
const rules: HostRules = { headers: securityHeaders(csp), redirects: [{ from: '/capabilities/old/', to: '/capabilities/new/' }] };
/** The public data other sites' tools read from a browser: CORS is allowed for exactly these. */
const openData = ['/framework.json', '/framework.csv', '/framework.schema.json', '/links.json'];
const cors = 'Access-Control-Allow-Origin';

describe('the Content Security Policy', () => {
	test('allows no inline code but the hashed, no framing, and WebAssembly but no eval', () => {
		expect(csp).not.toContain("'unsafe-inline'");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("default-src 'none'");
	});
});

describe('inlineCode', () => {
	test('finds scripts that run and styles, not data blocks or external scripts', () => {
		const html = '<script type="module">run()</script><script type="application/json">{}</script><script src="/a.js"></script><script>plain()</script><style>p{}</style>';
		expect(inlineCode(html)).toEqual({ scripts: ['run()', 'plain()'], styles: ['p{}'] });
	});
});

describe('contentTypeFor', () => {
	test('serves a file without an extension in a JSON folder as JSON', () => {
		expect(contentTypeFor('/ims/case/v1p1/CFDocuments')).toBe('application/json; charset=utf-8');
	});
	test('knows nothing of an extension the site does not publish', () => {
		expect(contentTypeFor('/notes.docx')).toBeUndefined();
		expect(contentTypeFor('/README')).toBeUndefined();
	});
});

describe('nginx', () => {
	const config = nginxSiteConfig(rules, 'test');
	test('redirects a moved page with and without its trailing slash', () => {
		expect(config).toContain('location = /capabilities/old/ { return 301 /capabilities/new/; }');
		expect(config).toContain('location = /capabilities/old { return 301 /capabilities/new/; }');
	});
	test('repeats every header in a location that sets its own, since nginx would drop them there', () => {
		const astro = config.slice(config.indexOf('location ^~ /_astro/'), config.indexOf('}', config.indexOf('location ^~ /_astro/')));
		for (const name of Object.keys(rules.headers)) expect(astro).toContain(`add_header ${name} `);
		expect(astro).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
	});
	test('serves the JSON folders as JSON whatever the file name', () => {
		expect(config).toMatch(/location \^~ \/ims\/case\/v1p1\/ \{\n\ttypes \{ \}\n\tdefault_type application\/json;/);
	});
	const block = (start: string) => config.slice(config.indexOf(start), config.indexOf('\n}', config.indexOf(start)));
	test('lets other sites read the CASE provider (its 404 too) and the open data files, with every other header still sent, and no page', () => {
		expect(Object.values(openDataUrls).sort()).toEqual([...openData].sort());
		for (const location of ['location ^~ /ims/case/v1p1/ {', 'location = /ims/case/v1p1/CFDocuments {', ...openData.map((file) => `location = ${file} {`)]) {
			expect(block(location), location).toContain(`\tadd_header ${cors} "*" always;`);
			for (const name of Object.keys(rules.headers)) expect(block(location), location).toContain(`\tadd_header ${name} `);
		}
		expect(config.split('\n').filter((line) => line.includes(cors))).toHaveLength(2 + openData.length);
	});
	test('answers what is missing under the CASE base with CASE\'s JSON 404 body, the list\'s address included', () => {
		for (const location of ['location ^~ /ims/case/v1p1/ {', 'location = /ims/case/v1p1/CFDocuments {']) {
			expect(block(location), location).toContain('\terror_page 404 /ims/case/v1p1/not-found.json;');
			expect(block(location), location).toContain('\terror_page 403 =404 /ims/case/v1p1/not-found.json;');
		}
		expect(block('location ^~ /_astro/ {')).not.toContain('error_page');
	});
});

describe('Netlify and Cloudflare Pages', () => {
	test('no header is set by two rules that match one address, which both hosts would join into one value', () => {
		const blocks = headersFile(rules)
			.split(/\n(?=\/)/)
			.filter((block) => block.startsWith('/'))
			.map((block) => ({ pattern: block.split('\n')[0]!, names: block.split('\n').slice(1).map((line) => line.trim().split(':')[0]!.toLowerCase()) }));
		// A pattern is an exact path or a prefix ending in `*`.
		const covers = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);
		const clashes = blocks.flatMap((a, i) =>
			blocks.slice(i + 1).filter((b) => covers(a.pattern, b.pattern.replace(/\*$/, '')) || covers(b.pattern, a.pattern.replace(/\*$/, ''))).flatMap((b) => a.names.filter((name) => b.names.includes(name)).map((name) => `${a.pattern} and ${b.pattern}: ${name}`)),
		);
		expect(blocks.flatMap((block) => block.names).length).toBeGreaterThan(Object.keys(rules.headers).length);
		expect(clashes).toEqual([]);
	});
	test('_headers lets other sites read the CASE provider and the open data files, and nothing else', () => {
		const blocks = headersFile(rules).split(/\n(?=\/)/).filter((block) => block.startsWith('/'));
		const allowed = blocks.filter((block) => block.includes(`\n  ${cors}: *`)).map((block) => block.split('\n')[0]);
		expect(allowed.sort()).toEqual(['/ims/case/v1p1/*', ...openData].sort());
	});
	test('_redirects answers 301 for a moved page', () => {
		expect(redirectsFile(rules)).toContain('\n/capabilities/old/ /capabilities/new/ 301\n');
	});
	test('_redirects answers the CASE endpoints with nothing published with the JSON 404 body, and no folder that has files', () => {
		const lines = redirectsFile(rules).split('\n').filter((line) => line.endsWith(' 404'));
		expect(lines).toEqual(['CFLicenses', 'CFRubrics', 'CFSubjects'].map((endpoint) => `/ims/case/v1p1/${endpoint}/* /ims/case/v1p1/not-found.json 404`));
	});
});

describe('Azure Static Web Apps', () => {
	test('redirects with 301, serves the 404 page for what is missing, and sends the headers everywhere', () => {
		const config = JSON.parse(azureConfig(rules));
		expect(config.routes).toContainEqual({ route: '/capabilities/old/', redirect: '/capabilities/new/', statusCode: 301 });
		expect(config.responseOverrides['404']).toEqual({ rewrite: '/404.html' });
		expect(config.globalHeaders['Content-Security-Policy']).toBe(csp);
		expect(config.mimeTypes['.pf_meta']).toBe('application/octet-stream');
	});
	test('lets other sites read the CASE provider (its 404 too) and the open data files, and nothing else', () => {
		const config = JSON.parse(azureConfig(rules)) as { routes: { route: string; headers?: Record<string, string> }[]; globalHeaders: Record<string, string> };
		const allowed = config.routes.filter((r) => r.headers?.[cors] === '*').map((r) => r.route);
		expect(allowed.sort()).toEqual(['/ims/case/v1p1/CFDocuments', ...['CFLicenses', 'CFRubrics', 'CFSubjects'].map((e) => `/ims/case/v1p1/${e}/*`), '/ims/case/v1p1/*', ...openData].sort());
		expect(config.globalHeaders[cors]).toBeUndefined();
	});
	test('answers the CASE endpoints with nothing published with the JSON 404 body, before the folder\'s own route', () => {
		const config = JSON.parse(azureConfig(rules)) as { routes: { route: string; rewrite?: string; statusCode?: number }[] };
		const licences = config.routes.findIndex((r) => r.route === '/ims/case/v1p1/CFLicenses/*');
		expect(config.routes[licences]).toMatchObject({ rewrite: '/ims/case/v1p1/not-found.json', statusCode: 404 });
		expect(licences).toBeLessThan(config.routes.findIndex((r) => r.route === '/ims/case/v1p1/*'));
	});
});
