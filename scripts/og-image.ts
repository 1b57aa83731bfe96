/**
 * `node scripts/og-image.ts`: draws the picture a pasted link shows in previews (Open Graph,
 * 1200 × 630) with headless Chromium, into `src/assets/og-image.png`, which the site serves at
 * `/og-image.png`. Run it again only if the wording or colours change; the PNG is committed.
 */
import { writeFile } from 'node:fs/promises';
import { launchBrowser } from './tools/chromium.ts';

const card = `<!doctype html><html lang="en-GB"><body style="margin:0">
<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px;background:#1d4f5c;color:#fff;
	font-family:system-ui,sans-serif;border-bottom:24px solid #5694ca;display:flex;flex-direction:column;justify-content:space-between">
	<div>
		<div style="font-size:72px;font-weight:700;line-height:1.1">4C Leadership Capability Framework</div>
		<div style="font-size:36px;margin-top:28px">For leaders in children's social care in England</div>
	</div>
	<div style="font-size:34px;font-weight:700;letter-spacing:0.5px">Curiosity · Clarity · Complexity · Capacity</div>
</div></body></html>`;

const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
	await page.setContent(card);
	await writeFile(new URL('../src/assets/og-image.png', import.meta.url), await page.screenshot({ type: 'png' }));
} finally {
	await browser.close();
}
console.log('Drew src/assets/og-image.png.');
