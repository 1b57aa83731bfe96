/**
 * nginx: the site's rules as a file to include in a `server { }` block whose `root` is the built
 * site, and the whole configuration `npm run serve:nginx` runs it with (nothing outside a temporary
 * folder, so it needs no root-owned paths).
 */
import {
	contentTypes,
	crossOriginFiles,
	crossOriginHeaders,
	folderNotFound,
	hostFiles,
	immutableCache,
	immutableFolders,
	isCrossOrigin,
	jsonFolders,
	revalidateCache,
	rewrites,
	type HostRules,
} from './host-rules.ts';

const quote = (value: string) => `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;

/** add_header lines. nginx drops a server's add_header inside any location that sets its own, so each location repeats them all. */
const addHeaders = (headers: Record<string, string>, indent: string) =>
	Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/** The types block: nginx's own table is replaced, so every published extension is listed (charset comes from `charset`). */
function typesBlock(): string[] {
	const byType = new Map<string, string[]>();
	for (const [extension, type] of Object.entries(contentTypes)) {
		const bare = type.split(';')[0]!;
		byType.set(bare, [...(byType.get(bare) ?? []), extension.slice(1)]);
	}
	return ['types {', ...[...byType].map(([type, extensions]) => `\t${type} ${extensions.join(' ')};`), '}'];
}

/**
 * error_page lines for a location under a folder with its own 404 body: a missing file keeps its 404
 * status; a folder without an index (nginx's 403) is missing too. The body is served by the folder's
 * own location, so as JSON.
 */
const notFoundLines = (location: string, indent: string) =>
	folderNotFound.filter(({ folder }) => location.startsWith(folder)).flatMap(({ file }) => [`${indent}error_page 404 ${file};`, `${indent}error_page 403 =404 ${file};`]);

/** The file a public body includes in its own server block (see README, "Publishing"). */
export function nginxSiteConfig({ headers, redirects }: HostRules, comment: string): string {
	const charsetTypes = [...new Set(Object.values(contentTypes).filter((t) => t.includes('charset')).map((t) => t.split(';')[0]!))].filter((t) => t !== 'text/html');
	const pageHeaders = { ...headers, 'Cache-Control': revalidateCache };
	// A location's add_header lines replace the server's: each repeats them, with CORS where the data is public.
	const headersAt = (location: string) => ({ ...pageHeaders, ...(isCrossOrigin(location) ? crossOriginHeaders : {}) });
	const lines = [
		`# ${comment}`,
		'# Include inside a server { } block whose root is this folder: root /srv/lcf/dist; include /srv/lcf/dist/nginx-site.conf;',
		'index index.html;',
		// Relative Location headers: the slash nginx adds to a folder's address keeps the scheme and host asked for.
		'absolute_redirect off;',
		'server_tokens off;',
		'charset utf-8;',
		`charset_types ${charsetTypes.join(' ')};`,
		...typesBlock(),
		'default_type application/octet-stream;',
		// The 404 page keeps its 404 status.
		'error_page 404 /404.html;',
		...addHeaders(pageHeaders, ''),
		'',
		...immutableFolders.flatMap((folder) => [`location ^~ ${folder} {`, ...addHeaders({ ...headers, 'Cache-Control': immutableCache }, '\t'), '}']),
		// Every file here is JSON, whatever its name.
		...jsonFolders.flatMap((folder) => [`location ^~ ${folder} {`, '\ttypes { }', '\tdefault_type application/json;', ...addHeaders(headersAt(folder), '\t'), ...notFoundLines(folder, '\t'), '}']),
		// Answered with another file's body, as JSON (an exact location wins over the folder's above).
		...rewrites.flatMap(({ from, to }) => [`location = ${from} {`, '\ttypes { }', '\tdefault_type application/json;', ...addHeaders(headersAt(from), '\t'), ...notFoundLines(from, '\t'), `\ttry_files ${to} =404;`, '}']),
		// Open data files other sites' tools may read (those in a JSON folder are covered above).
		...crossOriginFiles.filter((file) => !jsonFolders.some((folder) => file.startsWith(folder))).flatMap((file) => [`location = ${file} {`, ...addHeaders(headersAt(file), '\t'), '}']),
		// The hosts' configuration files are not part of the site.
		...Object.values(hostFiles).map((file) => `location = /${file} { return 404; }`),
		...redirects.flatMap(({ from, to }) => {
			const bare = from.replace(/\/$/, '');
			return [`location = ${from} { return 301 ${to}; }`, ...(bare && bare !== from ? [`location = ${bare} { return 301 ${to}; }`] : [])];
		}),
		'',
	];
	return lines.join('\n');
}

/** A whole nginx configuration serving `siteDir` on 127.0.0.1:`port`, everything it writes under `prefix`. */
export function nginxServerConfig({ siteDir, port, prefix, user }: { siteDir: string; port: number; prefix: string; user?: string | undefined }): string {
	return [
		'# Written by scripts/build-steps/nginx.ts for a local server; the site rules are the built site\'s own nginx-site.conf.',
		// Run as root, nginx would hand its workers to `nobody`, who may not read the site.
		...(user ? [`user ${user};`] : []),
		'daemon off;',
		'worker_processes 1;',
		`pid ${prefix}/nginx.pid;`,
		`error_log ${prefix}/error.log warn;`,
		'events { worker_connections 256; }',
		'http {',
		`\taccess_log ${prefix}/access.log;`,
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${name}_temp_path ${prefix}/${name};`),
		'\tsendfile on;',
		'\tserver {',
		`\t\tlisten 127.0.0.1:${port};`,
		`\t\troot ${quote(siteDir)};`,
		`\t\tinclude ${quote(`${siteDir}/${hostFiles.nginx}`)};`,
		'\t}',
		'}',
		'',
	].join('\n');
}
