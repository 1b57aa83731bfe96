/**
 * GOV.UK's error pattern (https://design-system.service.gov.uk/components/error-summary/): a
 * message by each field, and a summary at the top that links to them and takes focus. Fields are
 * found by their `data-form-group` around them; messages are marked `data-error-message`.
 */
import { html } from './html.ts';
import { messages } from './messages.ts';

/** Shows the errors: `words` by each field, and the summary in `summary` (its list in `list`). */
export function showErrors(summary: HTMLElement, list: HTMLElement, errors: { field: HTMLElement; words: string }[]): void {
	list.innerHTML = html`${errors.map(({ field, words }) => {
		const group = field.closest<HTMLElement>('[data-form-group]')!;
		const described = group.querySelector('fieldset') ?? field;
		const text = Object.assign(document.createElement('p'), { className: 'lcf-error-message', id: `${field.id}-error` });
		text.setAttribute('data-error-message', '');
		text.innerHTML = html`<span class="lcf-visually-hidden">${messages.errorPrefix}</span> ${words}`.value;
		group.classList.add('lcf-form-group--error');
		(group.querySelector('[data-radios]') ?? field).before(text);
		described.setAttribute('aria-describedby', `${described.getAttribute('aria-describedby') ?? ''} ${text.id}`.trim());
		return html`<li><a href="#${field.id}">${words}</a></li>`;
	})}`.value;
	summary.hidden = false;
	summary.focus();
}

/** Takes every message and the summary away again. */
export function clearErrors(root: HTMLElement, summary: HTMLElement): void {
	summary.hidden = true;
	for (const text of root.querySelectorAll('[data-error-message]')) {
		const described = root.querySelector(`[aria-describedby~="${text.id}"]`)!;
		const rest = described.getAttribute('aria-describedby')!.replace(text.id, '').trim();
		if (rest) described.setAttribute('aria-describedby', rest);
		else described.removeAttribute('aria-describedby');
		text.closest('[data-form-group]')!.classList.remove('lcf-form-group--error');
		text.remove();
	}
}
