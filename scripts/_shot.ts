import { launchBrowser } from './lib/chromium.ts';
import { serveSite } from './lib/static-server.ts';
const browser = await launchBrowser();
const server = await serveSite('dist');
for (const scheme of ['light', 'dark'] as const) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
	await page.goto(server.url + '/');
	await page.locator('.lcf-diagram__svg').screenshot({ path: `/tmp/diagram-${scheme}.png` });
	await page.close();
}
await browser.close(); await server.close(); process.exit(0);
