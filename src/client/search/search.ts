/**
 * `<lcf-search>`: searches the Pagefind index, which it loads only once search is used. The query
 * and facets live in the URL (`?q=thresholds&area=making-decisions`, by ids: url-state.ts), so a search can be linked.
 * It reads the fragments of the results it shows only; counts come from Pagefind's indexes.
 */
import { areaSearchUrl, namedArea } from './areas.ts';
import { facetsById, loadPagefind, rankedResults, type Filters } from './engine.ts';
import { countFacets, facetNames, facetValues, inFacets, type Chosen, type FacetCounts } from './facets.ts';
import type { Result } from './pagefind.ts';
import { resultItem } from './result-item.ts';
import { searchAsks, worthPreloading } from './matching.ts';
import { moreText, noneText, shownResults, statusText } from './status.ts';
import { chosenIds, searchParams, type FacetNames } from './url-state.ts';

/** A search's results (after facets), what was typed and chosen, and how many are shown. */
interface Found {
	results: Result[];
	query: string;
	chosen: Chosen;
	shown: number;
}

class LcfSearch extends HTMLElement {
	#input = this.querySelector<HTMLInputElement>('input[name=q]')!;
	#status = this.querySelector<HTMLElement>('[data-search-status]')!;
	#list = this.querySelector<HTMLOListElement>('[data-search-list]')!;
	#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
	#offer = this.querySelector<HTMLElement>('[data-search-area-offer]')!;
	#jump = this.querySelector<HTMLAnchorElement>('[data-search-jump]')!;
	#timer = 0;
	#run = 0;
	#found: Found = { results: [], query: '', chosen: {}, shown: 0 };
	/** Facet values in the URL may be ids, as on the reading pages (`area=making-decisions`): their names. */
	#names = JSON.parse(this.dataset['facetNames'] ?? '{}') as FacetNames;
	/** Every value of each facet with the number of results it has: what is offered before anything is searched. */
	#allCounts = JSON.parse(this.dataset['facetCounts'] ?? '{}') as FacetCounts;
	#baseTitle = document.title;

	connectedCallback() {
		this.querySelector<HTMLElement>('[data-search-no-js]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-search-results]')!.hidden = false;
		const params = new URLSearchParams(location.search);
		// On a narrow screen the facets start closed when there are results to come first (the status says what is chosen).
		if (matchMedia('(max-width: 47.99em)').matches && (params.get('q') || facetNames.some((name) => params.has(name))))
			this.querySelector<HTMLDetailsElement>('[data-search-facets]')!.open = false;
		this.#input.value = params.get('q') ?? '';
		this.#input.addEventListener('focus', () => void loadPagefind(), { once: true });
		this.#input.addEventListener('input', () => {
			// The index chunks the words need are fetched during the pause before searching (Pagefind's `preload`).
			const typed = searchAsks(this.#input.value).asks[0];
			if (typed && worthPreloading(this.#input.value)) void loadPagefind().then((engine) => engine.preload(typed));
			clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => this.#search(), 120);
		});
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search();
		});
		this.#more.addEventListener('click', () => void this.#showMore());
		this.#jump.addEventListener('click', (event) => {
			event.preventDefault();
			// As the filter's link does (filter.ts): the results at the top, and focus in them, so that Tab
			// goes on into them. Followed as a plain link, the scroll was sometimes lost when focus left
			// the page's contents mid-scroll (\`html:focus-within\` is what makes it smooth, base.css).
			const results = this.querySelector<HTMLElement>('#search-results')!;
			results.scrollIntoView({ block: 'start' });
			results.focus({ preventScroll: true });
		});
		this.addEventListener('change', (event) => {
			const group = (event.target as HTMLElement).closest('[data-facet]');
			// The way to the results follows the group just used, where the reader is (shown on narrow screens only).
			if (!group) return;
			group.after(this.#jump);
			this.#jump.hidden = false;
			void this.#search();
		});
		if (this.#input.value || facetNames.some((name) => params.has(name))) void this.#search(params);
		// Nothing searched yet: every facet, to browse by.
		else {
			this.querySelector<HTMLElement>('[data-search-hint]')!.hidden = false;
			this.#renderFacets(this.#allCounts, {});
		}
	}

	#chosen(params?: URLSearchParams): Chosen {
		if (params) return Object.fromEntries(facetNames.map((name) => [name, params.getAll(name).map((value) => this.#names[name]?.[value] ?? value)]));
		return Object.fromEntries(
			facetNames.map((name) => [
				name,
				[...this.querySelectorAll<HTMLInputElement>(`[data-facet="${name}"] input:checked`)].map((box) => box.value),
			]),
		);
	}

	async #search(params?: URLSearchParams) {
		const run = ++this.#run;
		// Results come first, the counts after: this says when those are in too (a test waits for it).
		this.toggleAttribute('data-search-counting', true);
		const typed = this.#input.value.trim();
		const { query, asks } = searchAsks(typed);
		const chosen = this.#chosen(params);
		const url = new URL(location.href);
		url.search = searchParams(typed, chosen, this.#names).toString();
		history.replaceState(history.state, '', url);
		// The tab, history and a screen reader's page title say what was searched for, as GOV.UK's search does.
		document.title = `${typed ? `${typed} – ` : ''}${this.#baseTitle}`;

		const anyChosen = Object.values(chosen).some((values) => values.length);
		this.querySelector<HTMLElement>('[data-search-hint]')!.hidden = !!(query || anyChosen);
		// The offer is of the area this query names, made once the counts are in.
		this.#offer.hidden = true;
		if (!query && !anyChosen) {
			await this.#renderResults({ results: [], query: typed, chosen, shown: 0 }, run);
			this.#renderFacets(this.#allCounts, chosen);
			return this.removeAttribute('data-search-counting');
		}
		const engine = await loadPagefind();
		const filters: Filters = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v.length).map(([n, v]) => [n, { any: v }]));
		const words = asks.filter((ask) => ask !== null);
		// Within the facets chosen, Pagefind filtering: with words, the results ranked and checked; without,
		// in Pagefind's order. The first results wait for no count, so their time does not grow with the facets' values.
		const results = query ? await rankedResults(engine, words, filters) : (await engine.search(null, { filters })).results;
		if (run !== this.#run) return; // A newer search has started.
		await this.#renderResults({ results, query: typed, chosen, shown: 0 }, run);
		// The counts beside the boxes and the offer of an area's attributes come once the results are shown:
		// each result's values from the filter index (loaded once), over what the words found whatever the facets.
		const [index, found] = await Promise.all([facetsById(engine, this.#allCounts), query && anyChosen ? rankedResults(engine, words) : results]);
		if (run !== this.#run) return;
		// Counted over what the words found (or, with none, everything), each facet with the others' choices applied.
		const ids = query ? found.map((r) => r.id) : [...index.keys()];
		this.#renderFacets(countFacets(ids.map((id) => ({ filters: index.get(id) ?? {} })), chosen), chosen);
		this.#renderOffer(query ? namedArea(typed, Object.values(this.#names['area'] ?? {})) : undefined, chosen, index);
		this.removeAttribute('data-search-counting');
	}

	/** Shows the first page of results, reading their fragments only. */
	async #renderResults(found: Found, run: number) {
		const shown = Math.min(shownResults, found.results.length);
		const data = await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
		if (run !== this.#run) return;
		this.#found = { ...found, shown };
		this.#list.replaceChildren(...data.map((result) => resultItem(result, chosenIds(found.chosen['pathway'], this.#names['pathway']))));
		this.#renderStatus();
	}

	/** The next page of results, on request: focus goes to the first of them. */
	async #showMore() {
		const { results, shown } = this.#found;
		const next = await Promise.all(results.slice(shown, shown + shownResults).map((r) => r.data()));
		this.#found.shown += next.length;
		this.#list.append(...next.map((result) => resultItem(result, chosenIds(this.#found.chosen['pathway'], this.#names['pathway']))));
		this.#list.querySelectorAll<HTMLAnchorElement>('li > a')[shown]?.focus();
		this.#renderStatus();
	}

	#renderStatus() {
		const { results, query, chosen, shown } = this.#found;
		const state = { total: results.length, shown, query, chosen };
		this.#status.textContent = statusText(state);
		this.#jump.textContent = `Jump to the results (${results.length})`;
		this.#more.hidden = shown >= results.length;
		this.#more.textContent = moreText(state);
		this.querySelector<HTMLElement>('[data-search-none]')!.hidden = results.length > 0 || !(query || Object.values(chosen).some((v) => v.length));
		// Found nothing by the choices alone: the advice is about them, not about words that were not typed.
		this.querySelector('[data-search-none-lead]')!.textContent = noneText(query);
		this.querySelector<HTMLElement>('[data-search-none-words]')!.hidden = !query;
		this.querySelector<HTMLElement>('[data-search-none-choices]')!.hidden = !Object.values(chosen).some((v) => v.length);
	}

	/** "All 6 attributes in High quality supervision", with the pathway and capability chosen, when the query names an area. */
	#renderOffer(area: string | undefined, chosen: Chosen, index: Map<string, Chosen>) {
		const within = { ...chosen, kind: ['Attribute'], area: area ? [area] : [] };
		const count = area ? [...index.values()].filter((filters) => inFacets({ filters }, within)).length : 0;
		this.#offer.hidden = !count;
		if (!area || !count) return;
		const link = this.#offer.querySelector('a')!;
		link.href = areaSearchUrl(area, chosen, this.#names);
		link.textContent = `All ${count} attribute${count === 1 ? '' : 's'} in ${area}`;
	}

	#renderFacets(counts: FacetCounts, chosen: Chosen) {
		// The checkboxes are made again with new counts: focus goes back to the one that had it.
		const focused = document.activeElement?.closest('[data-facet]') ? (document.activeElement as HTMLInputElement) : undefined;
		for (const name of facetNames) {
			const box = this.querySelector(`[data-facet="${name}"] [data-facet-options]`)!;
			const values = facetValues(counts[name], chosen[name], Object.values(this.#names[name] ?? {}));
			box.closest<HTMLElement>('[data-facet]')!.hidden = !values.length;
			box.replaceChildren(
				...values.map((value, i) => {
					const item = document.createElement('div');
					item.className = 'lcf-checkboxes__item';
					const id = `facet-${name}-${i}`;
					item.innerHTML = `<input class="lcf-checkboxes__input" type="checkbox" id="${id}" name="${name}"><label class="lcf-checkboxes__label" for="${id}"></label>`;
					const input = item.querySelector('input')!;
					input.value = value;
					input.checked = chosen[name]?.includes(value) ?? false;
					item.querySelector('label')!.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
					return item;
				}),
			);
		}
		if (focused) this.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
		this.querySelector<HTMLElement>('[data-search-facets]')!.hidden = !facetNames.some((name) => !this.querySelector<HTMLElement>(`[data-facet="${name}"]`)!.hidden);
	}
}

customElements.define('lcf-search', LcfSearch);
