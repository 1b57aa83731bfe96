/**
 * `<lcf-filter>`: hides the attributes (and pathway columns, capability sections) that fall outside
 * the chosen filters, keeps the choice in the URL and announces how many attributes are shown.
 */
import { dimensions, filterStatus, keeps, keepsAreas, narrowing, type Choice } from './choice.ts';

/** Every attribute carries its areas (`AttributeItem`): that hook finds them. */
const attributes = 'li[data-areas]';
/**
 * What a filtered printout may leave out: sub-capabilities and capabilities (sections with an id)
 * and the comparison's rows.
 */
const sections = 'section[id], tbody[data-capability] tr';

class LcfFilter extends HTMLElement {
	#form = this.querySelector<HTMLFormElement>('[data-filter-form]')!;
	#status = this.querySelector<HTMLElement>('[data-filter-status]')!;

	connectedCallback() {
		this.#form.hidden = false;
		this.querySelector<HTMLElement>('[data-filter-fallback]')!.hidden = true;
		this.#form.addEventListener('change', () => this.#update());
		// Filtering is instant; the button is there for those who look for one, and applies the same.
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update();
		});
		this.#form.addEventListener('reset', () => setTimeout(() => this.#update()));
		window.addEventListener('popstate', () => this.#restore());
		this.#restore();
	}

	/** Ticks the boxes the URL names, then applies them without announcing (nothing changed yet). */
	#restore() {
		const params = new URLSearchParams(location.search);
		for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
			box.checked = params.getAll(box.name).includes(box.value);
		// A linked, filtered view opens the filter, so the reader sees why some attributes are missing.
		if (this.#filtering().length) this.querySelector<HTMLDetailsElement>('[data-filter-details]')!.open = true;
		this.#apply(false);
	}

	#update() {
		const url = new URL(location.href);
		for (const name of dimensions) url.searchParams.delete(name);
		for (const [name, values] of Object.entries(this.#choice())) for (const value of values) url.searchParams.append(name, value);
		history.replaceState(history.state, '', url);
		this.#apply(true);
	}

	/** The ticked boxes that leave something out: all of a group ticked (both pathways, say) is everything. */
	#filtering(): HTMLInputElement[] {
		return narrowing(dimensions.map((name) => [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]));
	}

	#choice(): Choice {
		const data = new FormData(this.#form);
		return Object.fromEntries(dimensions.map((name) => [name, data.getAll(name).map(String)])) as Choice;
	}

	#apply(announce: boolean) {
		const choice = this.#choice();
		for (const name of ['pathway', 'capability'] as const)
			for (const el of document.querySelectorAll<HTMLElement>(`[data-${name}]`)) el.hidden = !keeps(choice, name, el.dataset[name]);
		for (const el of document.querySelectorAll<HTMLElement>(attributes)) el.hidden = !keepsAreas(choice, el.dataset['areas']!);
		// An attribute a link led to always shows, even outside the filter: the reader came for it.
		const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest<HTMLElement>(attributes);
		if (target) target.hidden = false;
		for (const list of document.querySelectorAll<HTMLElement>('[data-filter-list]')) {
			const empty = list.nextElementSibling as HTMLElement | null;
			if (empty?.hasAttribute('data-filter-empty')) empty.hidden = !!list.querySelector(`${attributes}:not([hidden])`);
		}
		// Sections and rows with nothing left are marked, so that a filtered printout leaves them out.
		for (const part of document.querySelectorAll<HTMLElement>(sections))
			part.toggleAttribute('data-filter-none', !!part.querySelector(attributes) && !part.querySelector(`${attributes}:not([hidden])`));
		// And so are their entries in the printed contents.
		for (const entry of document.querySelectorAll<HTMLElement>('[data-section]'))
			entry.toggleAttribute('data-filter-none', !!document.getElementById(entry.dataset['section']!)?.hasAttribute('data-filter-none'));
		const all = [...document.querySelectorAll<HTMLElement>(attributes)];
		const shown = all.filter((el) => !el.closest('[hidden]')).length;
		const labels = this.#filtering().map((box) => box.dataset['label'] ?? box.value);
		const message = filterStatus(shown, all.length, labels);
		// Only a change is announced; the status still says what is shown (and prints with the page).
		this.#status.setAttribute('aria-live', announce ? 'polite' : 'off');
		this.#status.toggleAttribute('data-filtered', labels.length > 0);
		this.#status.textContent = message;
		// Links to another view of the framework ("Compare with Pathway 3") take the chosen areas along.
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-filter]')) {
			const target = new URL(link.href);
			target.searchParams.delete('area');
			for (const area of choice.area) target.searchParams.append('area', area);
			link.href = target.href;
		}
	}
}

customElements.define('lcf-filter', LcfFilter);
