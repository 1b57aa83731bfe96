/**
 * The one definition of how the built site is served: its security headers and Content Security
 * Policy, its cache policy, the content type of every file it publishes, its redirects and its 404
 * page. `host-files.ts` writes it out for nginx, Netlify and Cloudflare Pages, and Azure Static Web
 * Apps; the local static server and the tests read it from here.
 */
import { createHash } from 'node:crypto';
import { caseHostRules } from '../../src/lib/case/provider.ts';
import { openDataUrls } from '../../src/lib/open-data.ts';

/** A page moved for good: `from` answers 301 with `to`. */
export interface Redirect {
	from: string;
	to: string;
}

/** Content types by file extension: every kind of file the site publishes (a test walks dist/ to keep it so). */
export const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.pdf': 'application/pdf',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	// References for reference managers (/downloads/*.bib, *.ris; *.csl.json is JSON).
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	// Pagefind's index files are its own compressed binary format, fetched and decoded by its script.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/**
 * Folders whose files are JSON whatever their names (IMS CASE's API paths have no extension). Add a
 * folder here and every host configuration serves it as JSON.
 */
export const jsonFolders: string[] = [caseHostRules.jsonFolder];

/** An address answered with another file's body and status 200 (not a redirect: a CASE client need not follow one). */
export interface Rewrite {
	from: string;
	to: string;
}

/** CASE's `CFDocuments` is also the folder of `CFDocuments/{id}`: the list is built as a file beside it. */
export const rewrites: Rewrite[] = caseHostRules.rewrites;

/** A folder whose missing files answer 404 with `file` (JSON), not the site's HTML 404 page. */
export interface FolderNotFound {
	folder: string;
	file: string;
}

/** CASE answers an unknown identifier with its JSON status payload (imsx_StatusInfo). */
export const folderNotFound: FolderNotFound[] = [caseHostRules.notFound];

/**
 * Folders that hold no file at all (CASE endpoints with nothing published): a host that cannot
 * answer one folder's missing files with its own body (Netlify, Cloudflare, Azure) is told that
 * every address under them is that folder's 404.
 */
export const emptyFolders: { folder: string; file: string }[] = caseHostRules.emptyEndpoints.map((folder) => ({ folder, file: caseHostRules.notFound.file }));

/** The content type a path is served with; undefined for an extension the site does not publish. */
export function contentTypeFor(pathname: string): string | undefined {
	const name = pathname.slice(pathname.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	const type = dot > 0 ? contentTypes[name.slice(dot).toLowerCase()] : undefined;
	if (jsonFolders.some((folder) => pathname.startsWith(folder))) return type ?? contentTypes['.json'];
	return type;
}

/**
 * The public, read-only data that tools on other sites read from a browser: the CASE provider (a
 * consumer such as OpenSALT fetches it from its own origin) and the open data files. These, and
 * CASE's JSON 404, answer `Access-Control-Allow-Origin: *`; pages do not, as nothing else is meant
 * to be read from another site. No credentials are ever involved, so `*` is all CORS needs.
 */
export const crossOriginFolders: string[] = [caseHostRules.jsonFolder];
export const crossOriginFiles: string[] = Object.values(openDataUrls);
export const crossOriginHeaders: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };

/** Whether a path is public data that other sites may read (see `crossOriginFolders`). */
export const isCrossOrigin = (pathname: string): boolean => crossOriginFiles.includes(pathname) || crossOriginFolders.some((folder) => pathname.startsWith(folder));

/** Astro names every file in `/_astro/` by a hash of its content, so it can be cached for good. */
export const immutableFolders: string[] = ['/_astro/'];
export const immutableCache = 'public, max-age=31536000, immutable';
/** Everything else: the browser may keep it but asks the server whether it changed before each use. */
export const revalidateCache = 'no-cache';

/** The configuration files `host-files.ts` writes into the site: read by the hosts, never served. */
export const hostFiles = { nginx: 'nginx-site.conf', headers: '_headers', redirects: '_redirects', azure: 'staticwebapp.config.json' } as const;

/** The sha256 source expression CSP uses to allow one inline `<script>` or `<style>`. */
export function cspHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The policy: nothing from elsewhere, no inline code except the site's own scripts and styles named
 * by hash. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (it allows no JavaScript eval);
 * it is site-wide because Netlify and Cloudflare join, not replace, a second policy for one folder.
 */
export function contentSecurityPolicy({ scriptHashes, styleHashes }: { scriptHashes: string[]; styleHashes: string[] }): string {
	return [
		"default-src 'none'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		`style-src 'self' ${styleHashes.join(' ')}`.trim(),
		// data: for the empty favicon (`<link rel="icon" href="data:,">`) that spares every page a request for /favicon.ico.
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"form-action 'self'",
		"base-uri 'none'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** The headers every response carries. */
export function securityHeaders(csp: string): Record<string, string> {
	return {
		'Content-Security-Policy': csp,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		// For browsers that predate frame-ancestors.
		'X-Frame-Options': 'DENY',
		'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		// Browsers take it only over HTTPS. No `preload`: that is a promise for the whole domain, the host's to make.
		'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	};
}

/** What the build worked out from the built site: everything the host files are made from. */
export interface HostRules {
	headers: Record<string, string>;
	redirects: Redirect[];
}
