/**
 * Writes `sitemap.xml` from the built pages themselves: every page whose canonical link is its own
 * address. So it lists exactly what was built, and leaves out the 404 page and moved-page notices.
 */
import { glob, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function buildSitemap(siteDir: string): Promise<void> {
	const addresses: string[] = [];
	for await (const file of glob('**/index.html', { cwd: siteDir })) {
		const html = await readFile(path.join(siteDir, file), 'utf8');
		const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
		const own = `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/');
		if (canonical && new URL(canonical).pathname === own && !html.includes('name="robots" content="noindex"')) addresses.push(canonical);
	}
	const entries = addresses.sort().map((address) => `  <url><loc>${address}</loc></url>`);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
	await writeFile(path.join(siteDir, 'sitemap.xml'), xml);
}
