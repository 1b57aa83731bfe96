/**
 * Permanent links that copy themselves: a click copies "CODE address" to the clipboard and shows,
 * and announces, that it did. Where the clipboard cannot be used, the link is followed as usual.
 */
const announcer = Object.assign(document.createElement('p'), { className: 'lcf-visually-hidden' });
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-copy-link]')) {
	const label = link.querySelector<HTMLElement>('[data-copy-label]')!;
	label.textContent = 'Copy link';
	link.addEventListener('click', async (event) => {
		if (!navigator.clipboard) return;
		event.preventDefault();
		try {
			await navigator.clipboard.writeText(`${link.dataset['copyLink']} ${link.href}`);
		} catch {
			location.href = link.href; // Clipboard refused: fall back to the link itself.
			return;
		}
		label.textContent = 'Link copied';
		announcer.textContent = `Link to ${link.dataset['copyLink']} copied`;
		setTimeout(() => (label.textContent = 'Copy link'), 4000);
	});
}

export {};
