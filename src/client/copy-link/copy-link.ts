/**
 * Permanent links that copy themselves: a click copies the item's permanent address (on the
 * published site, whatever address the page was opened at) and shows, and announces, that it did.
 * As plain text the address alone, which any link box accepts; as HTML a link labelled with the
 * item's code, for slides and documents. Where the clipboard cannot be used, the link is followed.
 */
const announcer = Object.assign(document.createElement('p'), { className: 'lcf-visually-hidden' });
announcer.setAttribute('role', 'status');
document.body.append(announcer);
const site = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).origin;

async function copy(address: string, code: string) {
	if (typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(address);
	const html = `<a href="${address}">${code}</a>`;
	await navigator.clipboard.write([
		new ClipboardItem({ 'text/plain': new Blob([address], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
	]);
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-copy-link]')) {
	const label = link.querySelector<HTMLElement>('[data-copy-label]')!;
	label.textContent = 'Copy link';
	link.addEventListener('click', async (event) => {
		if (!navigator.clipboard) return;
		event.preventDefault();
		const code = link.dataset['copyLink']!;
		const target = new URL(link.href);
		try {
			await copy(`${site}${target.pathname}${target.hash}`, code);
		} catch {
			location.href = link.href; // Clipboard refused: fall back to the link itself.
			return;
		}
		label.textContent = 'Link copied';
		// Emptied first, so that copying the same link again is announced again.
		announcer.textContent = '';
		setTimeout(() => (announcer.textContent = `Link to ${code} copied`), 50);
		setTimeout(() => (label.textContent = 'Copy link'), 4000);
	});
}

export {};
