/**
 * `<lcf-filter>`: hides the attributes (and pathway columns, capability sections) that fall outside
 * the chosen filters, hides the sub-capabilities and capabilities left with no match, keeps the choice
 * in the URL and announces how many attributes are shown. Its one-pathway-or-all choice
 * (PathwayChoice) and the compare page's pathway boxes are one state, `?pathway=`.
 */
import { dimensions, filterStatus, keeps, keepsAreas, narrowing, pathwayChoice, type Choice } from './choice.ts';

/** Every attribute carries its areas (`AttributeItem`): that hook finds them. */
const attributes = 'li[data-areas]';

class LcfFilter extends HTMLElement {
	#form = this.querySelector<HTMLFormElement>('[data-filter-form]');
	#status = this.querySelector<HTMLElement>('[data-filter-status]')!;
	#jump = this.querySelector<HTMLAnchorElement>('[data-filter-jump]');
	#radios = [...this.querySelectorAll<HTMLInputElement>('[data-pathway-choice] input')];
	#boxes = (name: string) => [...(this.#form?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`) ?? [])];

	connectedCallback() {
		if (this.#form) this.#form.hidden = false;
		this.querySelector<HTMLElement>('[data-filter-fallback]')?.setAttribute('hidden', '');
		this.querySelector<HTMLElement>('[data-pathway-choice]')?.removeAttribute('hidden');
		this.#form?.addEventListener('change', () => (this.#syncRadios(), this.#update()));
		// Filtering is instant; the button is there for those who look for one, and applies the same.
		this.#form?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update();
		});
		this.#form?.addEventListener('reset', () => setTimeout(() => (this.#syncRadios(), this.#update())));
		for (const radio of this.#radios)
			radio.addEventListener('change', () => {
				for (const box of this.#boxes('pathway')) box.checked = box.value === radio.value;
				this.#update();
			});
		this.#jump?.addEventListener('click', (event) => {
			event.preventDefault();
			const first = this.#firstResult();
			if (!first) return;
			// Focus alone would not scroll a result already on screen to the top, where the reader looks next.
			first.setAttribute('tabindex', '-1');
			first.scrollIntoView({ block: 'start' });
			first.focus({ preventScroll: true });
		});
		window.addEventListener('popstate', () => this.#restore());
		this.#restore();
	}

	/** Ticks the boxes the URL names, then applies them without announcing (nothing changed yet). */
	#restore() {
		const params = new URLSearchParams(location.search);
		for (const box of this.#form?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])
			box.checked = params.getAll(box.name).includes(box.value);
		const radio = pathwayChoice(params.getAll('pathway'), this.#radios.map((r) => r.value).filter(Boolean));
		for (const r of this.#radios) r.checked = r.value === radio;
		// A linked, filtered view opens the filter, so the reader sees why some attributes are missing.
		const details = this.querySelector<HTMLDetailsElement>('[data-filter-details]');
		if (details && this.#filtering().length) details.open = true;
		this.#apply(false);
	}

	/** The one-pathway-or-all choice follows the pathway boxes where both are on the page. */
	#syncRadios() {
		const boxes = this.#boxes('pathway');
		if (!boxes.length) return;
		const radio = pathwayChoice(boxes.filter((b) => b.checked).map((b) => b.value), boxes.map((b) => b.value));
		for (const r of this.#radios) r.checked = r.value === radio;
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
		const boxes = narrowing(dimensions.map((name) => this.#boxes(name)));
		const radio = this.#radios.find((r) => r.checked && r.value);
		return radio && !this.#boxes('pathway').length ? [radio, ...boxes] : boxes;
	}

	#choice(): Choice {
		const data = this.#form ? new FormData(this.#form) : undefined;
		const choice = Object.fromEntries(dimensions.map((name) => [name, data?.getAll(name).map(String) ?? []])) as Choice;
		const radio = this.#radios.find((r) => r.checked)?.value;
		if (!this.#boxes('pathway').length && radio) choice.pathway = [radio];
		return choice;
	}

	/** The first sub-capability (row or section) with something shown. */
	#firstResult(): HTMLElement | undefined {
		return [...document.querySelectorAll<HTMLElement>('[data-filter-part="sub-capability"]')].find((part) => !part.closest('[hidden]'));
	}

	#apply(announce: boolean) {
		const choice = this.#choice();
		for (const name of ['pathway', 'capability'] as const)
			for (const el of document.querySelectorAll<HTMLElement>(`[data-${name}]`)) el.hidden = !keeps(choice, name, el.dataset[name]);
		for (const el of document.querySelectorAll<HTMLElement>(attributes)) el.hidden = !keepsAreas(choice, el.dataset['areas']!);
		// What a link led to always shows, even outside the filter: the reader came for it.
		const linked = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		const target = linked?.closest<HTMLElement>(attributes);
		if (target) target.hidden = false;
		for (const list of document.querySelectorAll<HTMLElement>('[data-filter-list]')) {
			const empty = list.nextElementSibling as HTMLElement | null;
			if (empty?.hasAttribute('data-filter-empty')) empty.hidden = !!list.querySelector(`${attributes}:not([hidden])`);
		}
		this.#hideEmptyParts(linked);
		const all = [...document.querySelectorAll<HTMLElement>(attributes)];
		const shown = all.filter((el) => !el.closest('[hidden]')).length;
		const labels = this.#filtering().map((box) => box.dataset['label'] ?? box.value);
		const subCapabilities = [...document.querySelectorAll<HTMLElement>('[data-filter-part="sub-capability"]')].filter(
			(part) => !part.parentElement?.closest('[hidden]:not([data-filter-none])'),
		);
		const none = choice.area.length ? subCapabilities.filter((part) => part.hasAttribute('data-filter-none')).length : 0;
		// Only a change is announced; the status still says what is shown (and prints with the page).
		this.#status.setAttribute('aria-live', announce ? 'polite' : 'off');
		this.#status.toggleAttribute('data-filtered', labels.length > 0);
		this.#status.textContent = filterStatus(shown, all.length, labels, { none, of: subCapabilities.length });
		const first = this.#firstResult();
		if (this.#jump) this.#jump.hidden = !labels.length || !first;
		if (this.#jump && first) this.#jump.href = `#${first.id}`;
		// Links to another view of the framework ("Compare with Pathway 3") take the chosen areas along.
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-filter]')) {
			const to = new URL(link.href);
			to.searchParams.delete('area');
			for (const area of choice.area) to.searchParams.append('area', area);
			link.href = to.href;
		}
	}

	/**
	 * Sub-capabilities and capabilities (`data-filter-part`) with nothing left are hidden, so the matches
	 * are not screens apart, and marked, so a filtered printout and its contents leave them out.
	 */
	#hideEmptyParts(linked: HTMLElement | null) {
		const shows = (el: HTMLElement) => !el.hidden && !el.closest('[data-pathway][hidden]');
		for (const part of document.querySelectorAll<HTMLElement>('[data-filter-part]')) {
			const items = [...part.querySelectorAll<HTMLElement>(attributes)];
			const none = items.length > 0 && !items.some(shows);
			part.toggleAttribute('data-filter-none', none);
			const hide = none && !(linked && part.contains(linked));
			// A capability the compare page's boxes hide stays hidden; the rest show again when they match again.
			if (part.dataset['capability'] === undefined) part.hidden = hide;
			else if (hide) part.hidden = true;
		}
		for (const entry of document.querySelectorAll<HTMLElement>('[data-section]'))
			entry.toggleAttribute('data-filter-none', !!document.getElementById(entry.dataset['section']!)?.hasAttribute('data-filter-none'));
	}
}

customElements.define('lcf-filter', LcfFilter);
