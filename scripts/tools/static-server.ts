/**
 * A tiny static server for a built site, as a static host serves it: `/x/` → `x/index.html`, the
 * rewrites of host-rules.ts (CASE's `CFDocuments` answered with `CFDocuments.json`), CORS on the
 * public data, 404.html for what is missing (a folder's own 404 body where host-rules.ts gives one).
 * The PDF step and the browser tests both use it.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor, contentTypes, crossOriginHeaders, folderNotFound, isCrossOrigin, rewrites } from '../build-steps/host-rules.ts';

export interface ServedRequest {
	method: string;
	url: string;
	status: number;
}

export interface DistServer {
	/** The origin, e.g. `http://127.0.0.1:40123` (no trailing slash). */
	url: string;
	/** Every request served so far, in order. */
	requests: ServedRequest[];
	close(): Promise<void>;
}

/** Text a host compresses when the browser accepts gzip (`gzip: true`); images and fonts are sent as they are. */
const compressible = /^(text\/|application\/(json|javascript|xml|ld\+json|manifest\+json)|image\/svg\+xml)/;

/** Serves `dir` on 127.0.0.1 at a free port; with `gzip`, compresses text as a real host does (the benchmark's Lighthouse row). */
export async function serveSite(dir: string, { gzip = false } = {}): Promise<DistServer> {
	const root = path.resolve(dir);
	const requests: ServedRequest[] = [];

	const isFile = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() ?? false;

	const server = createServer(async (request, response) => {
		const method = request.method ?? 'GET';
		let cors: Record<string, string> = {};
		const send = (status: number, headers: Record<string, string>, body?: Buffer) => {
			requests.push({ method, url: request.url ?? '', status });
			response.writeHead(status, { ...headers, ...cors }).end(method === 'HEAD' ? undefined : body);
		};
		if (method !== 'GET' && method !== 'HEAD') return send(405, { allow: 'GET, HEAD' });

		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			return send(400, {});
		}
		if (isCrossOrigin(pathname)) cors = { ...crossOriginHeaders };
		// Answered with another file's body, as the host files say (not a redirect).
		const served = rewrites.find(({ from }) => from === pathname)?.to ?? pathname;
		const file = path.join(root, served, served.endsWith('/') ? 'index.html' : '');
		if (file.startsWith(root + path.sep) && (await isFile(file))) {
			const type = contentTypeFor(served.endsWith('/') ? `${served}index.html` : served) ?? 'application/octet-stream';
			if (gzip && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')))
				return send(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }, gzipSync(await readFile(file), { level: 6 }));
			return send(200, { 'content-type': type }, await readFile(file));
		}
		// A folder asked for without its trailing slash: redirect, as static hosts do.
		if (!pathname.endsWith('/') && file.startsWith(root + path.sep) && (await isFile(path.join(file, 'index.html'))))
			return send(301, { location: `${url.pathname}/${url.search}` });

		// A folder with its own 404 body (CASE's JSON status payload), as the host files say.
		const own = folderNotFound.find(({ folder }) => pathname.startsWith(folder));
		if (own && (await isFile(path.join(root, own.file)))) return send(404, { 'content-type': contentTypeFor(own.file)! }, await readFile(path.join(root, own.file)));
		const notFound = path.join(root, '404.html');
		if (await isFile(notFound)) return send(404, { 'content-type': contentTypes['.html']! }, await readFile(notFound));
		return send(404, { 'content-type': contentTypes['.txt']! }, Buffer.from('Not found'));
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
