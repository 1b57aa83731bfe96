/**
 * "Copy link" buttons beside permanent links (`[data-copy-link]`, the code or "Link"): a click copies
 * the item's permanent address, as plain text the address alone, which any link box accepts, and
 * as HTML a link labelled with its code and words, for slides and documents; the button says so and
 * one live region, made on the first copy, announces it. Without JavaScript the link is the address.
 */
import { followCite } from './cite-follows.ts';
import { landWithContext } from './landing.ts';
import { copiedHtml, copiedLabel, copyOrigin } from './what-to-copy.ts';
import { describedByStatement } from '../islands/described-by-statement.ts';

// The browser has scrolled to the #fragment by the time the page has loaded (and may once more as
// it lays the page out then): a frame later, the attribute is given its context.
const land = () => requestAnimationFrame(landWithContext);
if (document.readyState === 'complete') land();
else window.addEventListener('load', land, { once: true });
window.addEventListener('hashchange', landWithContext);
followCite();
window.addEventListener('hashchange', followCite);

const origin = copyOrigin(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href, location.href);
// The framework's title, as the references give it (the layout puts it on <body>).
const framework = document.body.dataset['frameworkTitle'] ?? '';
let announcer: HTMLElement | undefined;

function announce(message: string) {
	const region = (announcer ??= document.body.appendChild(Object.assign(document.createElement('p'), { className: 'lcf-visually-hidden', role: 'status' })));
	// Emptied first, and filled a moment later, so that a new region and a repeated copy are announced.
	region.textContent = '';
	setTimeout(() => (region.textContent = message), 100);
}

// ClipboardItem is in every browser the site supports (Firefox since 127): text and HTML in one write.
const copy = (address: string, label: string) =>
	navigator.clipboard.write([
		new ClipboardItem({
			'text/plain': new Blob([address], { type: 'text/plain' }),
			'text/html': new Blob([copiedHtml(address, label)], { type: 'text/html' }),
		}),
	]);

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
	if (!navigator.clipboard || typeof ClipboardItem === 'undefined') break;
	// The code is the link's words on an attribute's line, and named by the hook beside a "Link".
	const code = link.dataset['copyLink'] || link.textContent!.trim();
	const attribute = link.closest('.lcf-attribute');
	const button = Object.assign(document.createElement('button'), { type: 'button', className: 'lcf-copy-link', textContent: 'Copy link' });
	// Before "Add to your plan" on an attribute's line, else just after the link.
	link.parentElement!.insertBefore(button, link.parentElement!.querySelector('lcf-add-to-plan') ?? link.nextSibling);
	describedByStatement(button, attribute);
	button.addEventListener('click', async () => {
		const target = new URL(link.href);
		const address = `${origin}${target.pathname}${target.hash}`;
		const words = attribute?.querySelector('.lcf-attribute__text')?.textContent ?? link.dataset['copyWords'];
		// An attribute's pathway: from its list (which names it for the planner too), or from the link index's group.
		const pathway = link.closest<HTMLElement>('[data-copy-pathway]')?.dataset['copyPathway'] ?? (attribute ? link.closest<HTMLElement>('[data-plan-label]')?.dataset['planLabel'] : undefined);
		const copied = await copy(address, copiedLabel({ code, words, pathway, framework })).then(() => true, () => false);
		button.textContent = copied ? 'Link copied' : 'Copy link';
		announce(copied ? `Link to ${code} copied` : `Could not copy the link to ${code}`);
		setTimeout(() => (button.textContent = 'Copy link'), 4000);
	});
}

export {};
