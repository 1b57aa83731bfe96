/**
 * `<lcf-add-to-plan>`: makes the "Add to your plan" button beside an attribute or a strategy; the
 * first click loads the planner's storage, which reading pages never load up front, and adds the item.
 */
import { describedByStatement } from '../islands/described-by-statement.ts';

/** What the plan keeps of the item: its ids, and its words and code as they are now. */
function itemFields(element: HTMLElement): Record<string, string | undefined> {
	const { planPathway, planPathways, planLabel, ...fields } = element.dataset;
	const attribute = element.closest<HTMLElement>('.lcf-attribute');
	if (!attribute) return { ...fields, pathway: planPathway, pathways: planPathways };
	const pathway = element.closest<HTMLElement>('[data-plan-pathway]')?.dataset['planPathway'];
	const text = (selector: string) => attribute.querySelector(selector)?.textContent?.trim();
	return { id: attribute.id, code: text('.lcf-cite__code'), text: text('.lcf-attribute__text'), pathway };
}

class LcfAddToPlan extends HTMLElement {
	connectedCallback() {
		const fields = itemFields(this);
		// On the element for a strategy; on its list for an attribute.
		const pathwayLabel = this.closest<HTMLElement>('[data-plan-label]')?.dataset['planLabel'] ?? '';
		const button = Object.assign(document.createElement('button'), { type: 'button', className: 'lcf-add-to-plan__button' });
		// Beside an attribute its code is read once, on its line; a strategy's button names it.
		if (!this.closest('.lcf-attribute')) button.append(Object.assign(document.createElement('span'), { className: 'lcf-visually-hidden', textContent: `: ${fields['text']}` }));
		button.prepend('Add to your plan');
		describedByStatement(button, this.closest('.lcf-attribute'));
		this.replaceChildren(button);
		// The status is a live region, which is announced only when its words change after it is in
		// the page: it is made, empty, as the reader comes to the button (or at the click), and filled a
		// moment after it is emptied, so that a repeated message is announced too. None is made before,
		// so that a page of attributes holds no empty live regions.
		let status: HTMLElement | undefined;
		const region = () => (status ??= this.appendChild(Object.assign(document.createElement('span'), { className: 'lcf-add-to-plan__status', role: 'status' })));
		for (const event of ['focus', 'pointerenter']) button.addEventListener(event, region, { once: true });
		button.addEventListener('click', async () => {
			const shown = region();
			shown.textContent = '';
			const words: (string | Node)[] = [];
			try {
				const { addToPlan } = await import('../action-plan/storage.ts');
				const { added, plan } = addToPlan(fields, pathwayLabel);
				words.push(`${added ? 'Added to' : 'Already in'} your plan “${plan.name}” — `, Object.assign(document.createElement('a'), { href: '/action-plan/', textContent: 'view your plan' }));
			} catch {
				words.push('It could not be added: this browser is not letting the site keep a plan.');
			}
			setTimeout(() => shown.replaceChildren(...words), 100);
		});
	}
}
customElements.define('lcf-add-to-plan', LcfAddToPlan);
