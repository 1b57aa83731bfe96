/**
 * `_redirects`, the redirect list Netlify and Cloudflare Pages read, one `from to 301` a line. The
 * build's last step (`scripts/lib/host-files.ts`) reads it back for nginx and Azure. (Astro leaves
 * files whose names start with "_" out of routing, so the name comes in as a parameter.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFramework } from '../lib/framework.ts';
import { pageRedirects } from '../lib/redirects.ts';

export const getStaticPaths = (() => [{ params: { hostFile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const lines = pageRedirects(await getFramework()).map(({ from, to }) => `${from} ${to} 301`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
