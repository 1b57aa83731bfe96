/**
 * References with the reader's date of access, today, where the page says "day month year" (both
 * styles ask for it; the page cannot know it), and copy buttons: shown only where the clipboard can
 * be used, each copies its reference as plain text and as HTML (keeping the style's italics), and
 * says that it did.
 */
// Each style's own order: Harvard "1 December 2026", APA 7 "December 1, 2026".
const dateOrder: Record<string, string> = { harvard: 'en-GB', apa: 'en-US' };
for (const date of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
	date.textContent = new Intl.DateTimeFormat(dateOrder[date.dataset['accessed']!] ?? 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

const announcer = Object.assign(document.createElement('p'), { className: 'lcf-visually-hidden' });
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-citation]')) {
	if (!navigator.clipboard) break;
	button.hidden = false;
	const style = button.dataset['copyCitation']!;
	const reference = button.closest('[data-citation]')!.querySelector<HTMLElement>('[data-citation-text]')!;
	button.setAttribute('aria-label', `Copy the ${style} reference`);
	button.addEventListener('click', async () => {
		const text = reference.textContent ?? '';
		try {
			if (typeof ClipboardItem === 'undefined') await navigator.clipboard.writeText(text);
			else
				await navigator.clipboard.write([
					new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([reference.innerHTML], { type: 'text/html' }) }),
				]);
		} catch {
			return; // Clipboard refused: the reference is there to select.
		}
		button.textContent = 'Copied';
		announcer.textContent = '';
		setTimeout(() => (announcer.textContent = `${style} reference copied`), 50);
		setTimeout(() => (button.textContent = 'Copy'), 4000);
	});
}

export {};
