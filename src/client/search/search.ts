/**
 * `<lcf-search>`: searches the Pagefind index, which it loads only once search is used. The query
 * and facets live in the URL (`?q=thresholds&area=Making+Decisions`), so a search can be linked.
 */
import { countFacets, facetNames, facetValues, inFacets, type Chosen, type FacetCounts } from './facets.ts';
import type { Pagefind, ResultData } from './pagefind.ts';
import { matches, searchAsks } from './matching.ts';
import { maxResults, moreText, shownCount, statusText } from './status.ts';


let pagefind: Promise<Pagefind> | undefined;
// A path Vite must not bundle: the index is written after the site is built
// (`@vite-ignore`: https://vite.dev/guide/features#dynamic-import).
const pagefindUrl = '/pagefind/pagefind.js';
const loadPagefind = () =>
	(pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (module: Pagefind) => {
		// No worker: it would fetch a second copy of the search code (12 KB) for no gain on an index this small.
		// Pagefind searches every meta field; `kind` and `context` are only shown (every attribute's context
		// names its capability, which would match "complexity" to all of them), and `audience` only narrows
		// ("service" would match all 43 Pathway 3 attributes), so they add nothing to a score.
		// An excerpt cut from a longer text says so with "…".
		await module.options({ excerptLength: 24, excerptEllipsis: '…', noWorker: true, ranking: { metaWeights: { kind: 0, context: 0, audience: 0 } } });
		return module;
	}));

/**
 * Without words, Pagefind has filtered the results already, so each facet's counts come from it: with
 * the other facets' choices applied, as ticking one more value of a facet adds its results.
 */
async function facetCounts(engine: Pagefind, filters: Record<string, { any: string[] }>) {
	await engine.filters(); // Loads every facet's index, so that each search below counts them all.
	const counts: FacetCounts = {};
	for (const name of facetNames) {
		const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== name));
		const { filters: byFacet } = await engine.search(null, { filters: others });
		counts[name] = Object.fromEntries(Object.entries(byFacet[name] ?? {}).filter(([, count]) => count > 0));
	}
	return counts;
}

class LcfSearch extends HTMLElement {
	#input = this.querySelector<HTMLInputElement>('input[name=q]')!;
	#status = this.querySelector<HTMLElement>('[data-search-status]')!;
	#list = this.querySelector<HTMLOListElement>('[data-search-list]')!;
	#timer = 0;
	#run = 0;
	/** Whether more results were found than search reads. */
	#cut = false;
	#showAll = false;
	#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
	#last: [ResultData[], FacetCounts, Chosen, string] | undefined;
	/** Facet values in the URL may be ids, as on the reading pages (`area=making-decisions`): their names. */
	#names = JSON.parse(this.dataset['facetNames'] ?? '{}') as Record<string, Record<string, string>>;
	#baseTitle = document.title;

	connectedCallback() {
		this.querySelector<HTMLElement>('[data-search-no-js]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-search-results]')!.hidden = false;
		const params = new URLSearchParams(location.search);
		// On a narrow screen the facets start closed, so that the results come first, unless some are chosen.
		if (matchMedia('(max-width: 47.99em)').matches && !facetNames.some((name) => params.has(name)))
			this.querySelector<HTMLDetailsElement>('[data-search-facets]')!.open = false;
		this.#input.value = params.get('q') ?? '';
		this.#input.addEventListener('focus', () => void loadPagefind(), { once: true });
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => this.#search(), 120);
		});
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search();
		});
		this.#more.addEventListener('click', () => {
			this.#showAll = true;
			const first = this.#list.children.length;
			if (this.#last) this.#render(...this.#last);
			this.#list.querySelectorAll<HTMLAnchorElement>('li > a')[first]?.focus();
		});
		this.addEventListener('change', (event) => {
			if ((event.target as HTMLElement).closest('[data-facet]')) void this.#search();
		});
		if (this.#input.value || facetNames.some((name) => params.has(name))) void this.#search(params);
		// Nothing searched yet: no empty facet groups to show.
		else this.#render([], {}, {}, '');
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
		this.#showAll = false;
		const typed = this.#input.value.trim();
		const { query, variant, asks } = searchAsks(typed);
		const chosen = this.#chosen(params);
		const url = new URL(location.href);
		url.search = '';
		if (typed) url.searchParams.set('q', typed);
		for (const [name, values] of Object.entries(chosen)) for (const value of values) url.searchParams.append(name, value);
		history.replaceState(history.state, '', url);
		// The tab, history and a screen reader's page title say what was searched for, as GOV.UK's search does.
		document.title = `${typed ? `${typed} – ` : ''}${this.#baseTitle}`;

		const anyChosen = Object.values(chosen).some((values) => values.length);
		if (!query && !anyChosen) return this.#render([], {}, chosen, typed);
		const engine = await loadPagefind();
		// Without words, Pagefind lists what the chosen facets match; with words, facets apply below.
		const filters = query ? {} : Object.fromEntries(Object.entries(chosen).filter(([, v]) => v.length).map(([n, v]) => [n, { any: v }]));
		const responses = await Promise.all(asks.map((q) => engine.search(q, { filters })));
		const seen = new Set<string>();
		const all = responses
			.flatMap((r) => r.results)
			// With words, a result scoring 0 matched them only in `kind`, `context` or `audience`: no need to read it.
			.filter((r) => !query || r.score > 0)
			.sort((a, b) => b.score - a.score)
			.filter((r) => !seen.has(r.id) && seen.add(r.id));
		const ranked = all.slice(0, maxResults);
		this.#cut = all.length > maxResults;
		const found = (await Promise.all(ranked.map((r) => r.data()))).filter((d) => !query || matches(d, typed, variant));
		if (run !== this.#run) return; // A newer search has started.
		const counts = query ? countFacets(found, chosen) : await facetCounts(engine, filters);
		if (run !== this.#run) return;
		this.#render(found.filter((r) => inFacets(r, chosen)), counts, chosen, typed);
	}

	#render(data: ResultData[], counts: FacetCounts, chosen: Chosen, query: string) {
		const total = data.length;
		const state = { total, cut: this.#cut, showAll: this.#showAll, query, chosen };
		const shown = shownCount(state);
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
		this.#list.replaceChildren(
			...data.slice(0, shown).map((result) => {
				const item = document.createElement('li');
				item.className = 'lcf-search__result';
				item.innerHTML = `<a class="lcf-search__link"></a><p class="lcf-search__context"></p>`;
				const link = item.querySelector('a')!;
				link.href = result.url;
				link.textContent = result.meta.title;
				// A pathway's or an area's context is its kind: say it once.
				item.querySelector('p')!.textContent = [...new Set([result.meta.kind, result.meta.context])].join(' · ');
				if (result.meta.kind !== 'Attribute') {
					const excerpt = document.createElement('p');
					excerpt.className = 'lcf-search__excerpt';
					excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: our own content, with <mark> around matches.
					item.append(excerpt);
				}
				return item;
			}),
		);
		this.#status.textContent = statusText(state);
		this.#more.hidden = shown >= total;
		this.#more.textContent = moreText(state);
		this.querySelector<HTMLElement>('[data-search-none]')!.hidden = total > 0 || !(query || Object.values(chosen).some((v) => v.length));
		this.#last = [data, counts, chosen, query];
	}
}

customElements.define('lcf-search', LcfSearch);
