/**
 * Collects every Content Security Policy violation in the contexts and pages a browser opens: the
 * `securitypolicyviolation` events pages fire, and Chromium's own console errors for them.
 */
import type { Browser, BrowserContext } from 'playwright-core';

const marker = 'CSP violation:';
// Reported through the console, so that one listener gathers both kinds.
const listener = `addEventListener('securitypolicyviolation', (e) => console.error(${JSON.stringify(marker)} + ' ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' on ' + location.pathname), true);`;

/** Watches every context `browser` opens from now on (`browser.newPage` opens one too); returns the list it fills. */
export function watchCsp(browser: Browser): string[] {
	const violations: string[] = [];
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
		const context = await newContext(...args);
		await context.addInitScript({ content: listener });
		context.on('console', (message) => {
			const text = message.text();
			if (text.startsWith(marker) || (message.type() === 'error' && /Content Security Policy/i.test(text))) violations.push(`${message.page()?.url() ?? ''}: ${text}`);
		});
		return context;
	};
	return violations;
}
