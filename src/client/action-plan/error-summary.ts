/**
 * GOV.UK's error pattern for the planner's forms: a message by each field (its `data-error`, or the
 * message given), and a summary at the top that links to them and takes focus; the page's title
 * starts "Error:" while it shows.
 */
import { html } from './html.ts';

const title = document.title;
const summary = (root: ParentNode) => root.querySelector<HTMLElement>('[data-planner-errors]')!;

export function showErrors(root: ParentNode, fields: HTMLElement[], message?: string): void {
	const errors = fields.map((field) => {
		const group = field.closest('.lcf-form-group')!;
		const described = group.querySelector('fieldset') ?? field;
		const text = Object.assign(document.createElement('p'), { className: 'lcf-error-message', id: `${field.id}-error` });
		const words = message ?? field.dataset['error']!;
		text.innerHTML = html`<span class="lcf-visually-hidden">Error:</span> ${words}`.value;
		group.classList.add('lcf-form-group--error');
		(group.querySelector('.lcf-radios') ?? field).before(text);
		described.setAttribute('aria-describedby', `${described.getAttribute('aria-describedby') ?? ''} ${text.id}`.trim());
		return html`<li><a href="#${field.id}" data-error-link>${words}</a></li>`;
	});
	root.querySelector('[data-planner-error-list]')!.innerHTML = html`${errors}`.value;
	document.title = `Error: ${title}`;
	summary(root).hidden = false;
	summary(root).focus();
}

export function clearErrors(root: ParentNode): void {
	document.title = title;
	summary(root).hidden = true;
	for (const text of root.querySelectorAll('.lcf-error-message')) {
		const described = root.querySelector(`[aria-describedby~="${text.id}"]`)!;
		const rest = described.getAttribute('aria-describedby')!.replace(text.id, '').trim();
		if (rest) described.setAttribute('aria-describedby', rest);
		else described.removeAttribute('aria-describedby');
		text.closest('.lcf-form-group')!.classList.remove('lcf-form-group--error');
		text.remove();
	}
}
