/** The browser tests use the same Chromium as the PDF step. */
export { chromiumPath, launchBrowser } from '../../scripts/tools/chromium.ts';
