/**
 * `<lcf-filter>`: hides the attributes (and pathway columns, capability sections) that fall outside
 * the chosen filters, hides the sub-capabilities and capabilities left with no match, keeps the choice
 * in the URL and announces how many attributes are shown. The one-pathway-or-all choice inside it
 * (`<lcf-pathway-choice>`, pathway-choice.ts) writes `?pathway=` itself: without the compare page's
 * pathway boxes, the pathways shown are the URL's. Written as one closure rather than private members,
 * so that it minifies small and is inlined in the page (Vite's `build.assetsInlineLimit`), costing
 * no request of its own.
 */
import { dimensions, filterStatus, keeps, keepsAreas, narrowing, type Choice } from './choice.ts';

/** Every attribute carries its areas (`AttributeItem`): that hook finds them. */
const attributes = 'li[data-areas]';
const all = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)] as T[];
/** Each sub-capability (a row of the comparison, a section elsewhere) the filter can hide. */
const subCapabilities = '[data-filter-part="sub-capability"]';

class LcfFilter extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-filter-form]');
		const status = this.querySelector<HTMLElement>('[data-filter-status]')!;
		// The markup's status is no live region until now, when it is filled (and a page without JavaScript has none empty).
		status.setAttribute('role', 'status');
		const jump = this.querySelector<HTMLAnchorElement>('[data-filter-jump]');
		const boxes = (name: string) => (form ? all<HTMLInputElement>(`input[name="${name}"]`, form) : []);
		const pathwayBoxes = boxes('pathway');
		const firstResult = () => all(subCapabilities).find((part) => !part.closest('[hidden]'));

		/** The ticked boxes that leave something out (all of a group is everything), or the chosen pathway. */
		const filtering = (): HTMLInputElement[] => {
			const ticked = narrowing(dimensions.map(boxes));
			return pathwayBoxes.length ? ticked : [...all<HTMLInputElement>('[data-pathway-choice] :checked', this).filter((r) => r.value), ...ticked];
		};
		const choice = (): Choice => {
			const data = form && new FormData(form);
			const chosen = Object.fromEntries(dimensions.map((name) => [name, data ? data.getAll(name).map(String) : []])) as Choice;
			if (!pathwayBoxes.length) chosen.pathway = new URLSearchParams(location.search).getAll('pathway');
			return chosen;
		};

		const apply = (announce: boolean) => {
			const chosen = choice();
			for (const name of ['pathway', 'capability'] as const) for (const el of all(`[data-${name}]`)) el.hidden = !keeps(chosen, name, el.dataset[name]);
			for (const el of all(attributes)) el.hidden = !keepsAreas(chosen, el.dataset['areas']!);
			// What a link led to always shows, even outside the filter: the reader came for it.
			const linked = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
			const target = linked?.closest<HTMLElement>(attributes);
			if (target) target.hidden = false;
			for (const list of all('[data-filter-list]')) {
				const empty = list.nextElementSibling as HTMLElement | null;
				if (empty?.hasAttribute('data-filter-empty')) empty.hidden = !!list.querySelector(`${attributes}:not([hidden])`);
			}
			// Sub-capabilities and capabilities with nothing left are hidden, so that the matches are not
			// screens apart, and marked, so that a filtered printout and its contents leave them out.
			const shows = (el: HTMLElement) => !el.hidden && !el.closest('[data-pathway][hidden]');
			for (const part of all('[data-filter-part]')) {
				const items = all(attributes, part);
				const none = items.length > 0 && !items.some(shows);
				part.toggleAttribute('data-filter-none', none);
				const hide = none && !(linked && part.contains(linked));
				// A capability the compare page's boxes hide stays hidden.
				if (part.dataset['capability'] === undefined) part.hidden = hide;
				else if (hide) part.hidden = true;
			}
			for (const entry of all('[data-section]'))
				entry.toggleAttribute('data-filter-none', !!document.getElementById(entry.dataset['section']!)?.hasAttribute('data-filter-none'));
			const every = all(attributes);
			const shown = every.filter((el) => !el.closest('[hidden]')).length;
			const labels = filtering().map((box) => box.dataset['label'] ?? box.value);
			// Those hidden for having no match, out of those the pathway and capability choice leaves.
			const parts = all(subCapabilities).filter((part) => !part.parentElement?.closest('[hidden]:not([data-filter-none])'));
			const none = chosen.area.length ? parts.filter((part) => part.hasAttribute('data-filter-none')).length : 0;
			// Only a change is announced; the status still says what is shown (and prints with the page).
			status.setAttribute('aria-live', announce ? 'polite' : 'off');
			status.toggleAttribute('data-filtered', labels.length > 0);
			status.textContent = filterStatus(shown, every.length, labels, { none, of: parts.length });
			const first = firstResult();
			if (jump) jump.hidden = !labels.length || !first;
			if (jump && first) jump.href = `#${first.id}`;
			// Links to another view of the framework ("Compare with Pathway 3") take the chosen areas along.
			for (const link of all<HTMLAnchorElement>('a[data-carry-filter]')) {
				const to = new URL(link.href);
				to.searchParams.delete('area');
				for (const area of chosen.area) to.searchParams.append('area', area);
				link.href = to.href;
			}
		};

		const update = () => {
			const url = new URL(location.href);
			for (const name of dimensions) url.searchParams.delete(name);
			for (const [name, values] of Object.entries(choice())) for (const value of values) url.searchParams.append(name, value);
			history.replaceState(history.state, '', url);
			apply(true);
		};
		/** Ticks what the URL names, then applies it without announcing (nothing changed yet). */
		const restore = () => {
			const params = new URLSearchParams(location.search);
			for (const box of form ? all<HTMLInputElement>('input[type=checkbox]', form) : []) box.checked = params.getAll(box.name).includes(box.value);
			// A linked, filtered view opens the filter, so the reader sees why some attributes are missing.
			const details = this.querySelector<HTMLDetailsElement>('[data-filter-details]');
			if (details && filtering().length) details.open = true;
			apply(false);
		};

		if (form) form.hidden = false;
		this.querySelector('[data-filter-fallback]')?.setAttribute('hidden', '');
		// The boxes' changes, and the pathway choice's (which has written the URL first).
		this.addEventListener('change', update);
		// Filtering is instant; the button is there for those who look for one, and applies the same.
		form?.addEventListener('submit', (event) => (event.preventDefault(), update()));
		form?.addEventListener('reset', () => setTimeout(update));
		jump?.addEventListener('click', (event) => {
			event.preventDefault();
			const first = firstResult();
			if (!first) return;
			// Focus alone would not scroll a result already on screen to the top, where the reader looks next.
			first.setAttribute('tabindex', '-1');
			first.scrollIntoView({ block: 'start' });
			first.focus({ preventScroll: true });
		});
		window.addEventListener('popstate', restore);
		restore();
	}
}

customElements.define('lcf-filter', LcfFilter);
