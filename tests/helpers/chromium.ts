/** The browser tests use the same Chromium as the PDF step. */
export { chromiumPath, launchBrowser } from '../../scripts/lib/chromium.ts';
