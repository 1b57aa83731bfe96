import { launchBrowser } from './lib/chromium.ts';
import { serveSite } from './lib/static-server.ts';
const browser = await launchBrowser();
const server = await serveSite('dist');
const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
await page.goto(server.url + '/search/?q=xyzzy');
await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent);
await page.screenshot({ path: '/tmp/s-none.png' });
await browser.close(); await server.close(); process.exit(0);
