/**
 * `<lcf-search>`: searches the Pagefind index, which it loads only once search is used. The query
 * and facets live in the URL (`?q=thresholds&area=Making+Decisions`), so a search can be linked.
 */
import { spellingVariant } from './spelling.ts';

interface Pagefind {
	options(options: object): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options?: object): Promise<SearchResponse>;
}
interface SearchResponse {
	results: { id: string; score: number; data(): Promise<ResultData> }[];
	filters: Record<string, Record<string, number>>;
}
interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	/** `audience`: who an attribute's pathway is for, which a query may name ("… for heads of service"). */
	meta: { title: string; kind: string; context: string; audience?: string };
	filters: Record<string, string[]>;
}

/** More than the framework will hold for one query for years; past it, results are cut. */
const maxResults = 100;
const shownResults = 40;

/** Whether a result has one of the chosen values of every facet (but `except`). */
function inFacets(result: ResultData, chosen: Record<string, string[]>, except?: string): boolean {
	return Object.entries(chosen).every(
		([name, values]) => name === except || !values.length || values.some((v) => result.filters[name]?.includes(v)),
	);
}

const facetNames = ['kind', 'pathway', 'capability', 'area'];
let pagefind: Promise<Pagefind> | undefined;
// A path Vite must not bundle: the index is written after the site is built.
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

/** The words of a text, as search compares them: letters and digits, so "multi-agency" is two words. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Words too common to require: "what does the framework say about supervision for heads of service". */
const stopWords = new Set(
	'a about an and are as at by can could did do does for framework from how i in is me my of on or our say says should tell the to we what with would you your'.split(' '),
);

/**
 * Whether a result really has every word of the query (but the commonest), in either spelling, in
 * its text, code or its pathway's audience. Pagefind, finding no word, falls back to fragments of it
 * ("or" for "organization"); such results are dropped.
 */
function matches(result: ResultData, query: string, variant: string | undefined): boolean {
	const text = `${result.content} ${result.meta.audience ?? ''}`;
	// "well-being" in a text is also "wellbeing", as a reader may type it.
	const words = new Set([...wordsOf(text), ...wordsOf(joinHyphens(text))]);
	const stem = (word: string) => word.slice(0, Math.max(3, word.length - 3));
	const has = (asked: string) => {
		const alternatives = wordsOf(variant ?? asked);
		const wanted = wordsOf(asked).map((word, i) => [word, alternatives[i] ?? word] as const);
		const required = wanted.filter(([word]) => !stopWords.has(word));
		return (required.length ? required : wanted).every((pair) => pair.map(stem).some((s) => [...words].some((w) => w.startsWith(s))));
	};
	// And "well-being" asked may be "wellbeing" in the text.
	return has(query) || has(joinHyphens(query));
}

const joinHyphens = (text: string) => text.replace(/(\p{L})-(?=\p{L})/gu, '$1');

/**
 * Without words, Pagefind has filtered the results already, so each facet's counts come from it: with
 * the other facets' choices applied, as ticking one more value of a facet adds its results.
 */
async function facetCounts(engine: Pagefind, filters: Record<string, { any: string[] }>) {
	await engine.filters(); // Loads every facet's index, so that each search below counts them all.
	const counts: Record<string, Record<string, number>> = {};
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
	#last: [ResultData[], Record<string, Record<string, number>>, Record<string, string[]>, string] | undefined;
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
			this.#list.querySelectorAll<HTMLAnchorElement>('.lcf-search__link')[first]?.focus();
		});
		this.addEventListener('change', (event) => {
			if ((event.target as HTMLElement).closest('[data-facet]')) void this.#search();
		});
		if (this.#input.value || facetNames.some((name) => params.has(name))) void this.#search(params);
		// Nothing searched yet: no empty facet groups to show.
		else this.#render([], {}, {}, '');
	}

	/** The framework's own order for a facet's values (4C order, pathway number), else A–Z. */
	#inOrder(name: string) {
		const order = Object.values(this.#names[name] ?? {});
		const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
		return (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
	}

	#chosen(params?: URLSearchParams): Record<string, string[]> {
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
		// Its words, which every result must have: "multi-agency" is "multi" and "agency"; quotes and "&" are not words.
		const query = wordsOf(typed).join(' ');
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
		// Pagefind gets what was typed (it reads "P2-CU2.1" and "multi-agency" as the index does) but for
		// the commonest words, which it would require; a "quoted phrase" goes as it is. The check below, the words.
		const unquoted = typed.split(/\s+/).filter((word) => !stopWords.has(word.toLowerCase()));
		const asked = typed.includes('"') || !unquoted.length ? typed : unquoted.join(' ');
		const variant = query ? spellingVariant(asked) : undefined;
		// Pagefind reads "decision-making" as "decisionmaking": the words apart find "decision making" too.
		const apart = /\p{L}-\p{L}/u.test(asked) ? asked.replace(/(\p{L})-(?=\p{L})/gu, '$1 ') : undefined;
		// Without words, Pagefind lists what the chosen facets match; with words, facets apply below.
		const filters = query ? {} : Object.fromEntries(Object.entries(chosen).filter(([, v]) => v.length).map(([n, v]) => [n, { any: v }]));
		const asks = [query ? asked : null, ...(variant ? [variant] : []), ...(apart ? [apart] : [])];
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
		const counts: Record<string, Record<string, number>> = {};
		if (query)
			for (const name of facetNames)
				for (const result of found.filter((r) => inFacets(r, chosen, name)))
					for (const value of result.filters[name] ?? []) (counts[name] ??= {})[value] = (counts[name]?.[value] ?? 0) + 1;
		else Object.assign(counts, await facetCounts(engine, filters));
		if (run !== this.#run) return;
		this.#render(found.filter((r) => inFacets(r, chosen)), counts, chosen, typed);
	}

	#render(data: ResultData[], counts: Record<string, Record<string, number>>, chosen: Record<string, string[]>, query: string) {
		const total = data.length;
		// The checkboxes are made again with new counts: focus goes back to the one that had it.
		const focused = document.activeElement?.closest('[data-facet]') ? (document.activeElement as HTMLInputElement) : undefined;
		for (const name of facetNames) {
			const box = this.querySelector(`[data-facet="${name}"] .lcf-checkboxes`)!;
			const values = Object.keys(counts[name] ?? {}).concat(chosen[name] ?? []);
			box.closest<HTMLElement>('[data-facet]')!.hidden = !values.length;
			box.replaceChildren(
				...[...new Set(values)].sort(this.#inOrder(name)).map((value, i) => {
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
		this.querySelector<HTMLElement>('.lcf-search__facets')!.hidden = !facetNames.some((name) => !this.querySelector<HTMLElement>(`[data-facet="${name}"]`)!.hidden);
		this.#list.replaceChildren(
			...data.slice(0, this.#showAll ? total : shownResults).map((result) => {
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
		const shown = Math.min(total, this.#showAll ? total : shownResults);
		const count = this.#cut ? `More than ${maxResults} results` : `${total} result${total === 1 ? '' : 's'}`;
		const best = this.#cut ? ` of the best ${total}` : '';
		const more = shown < total ? ` Showing the first ${shown}${best}.` : this.#cut ? ` Showing the best ${total}: add words or choose facets to narrow them.` : '';
		// Like the reading pages' filter, it says what narrows the results (the boxes may be off screen on a phone).
		const narrowed = Object.values(chosen).flat();
		const by = narrowed.length ? ` Filtered by: ${narrowed.join(', ')}.` : '';
		this.#status.textContent = query || total ? `${count}${query ? ` for ‘${query}’` : ''}.${by}${more}` : '';
		this.#more.hidden = shown >= total;
		this.#more.textContent = this.#cut ? `Show the best ${total} results` : `Show all ${total} results`;
		this.querySelector<HTMLElement>('[data-search-none]')!.hidden = total > 0 || !(query || Object.values(chosen).some((v) => v.length));
		this.#last = [data, counts, chosen, query];
	}
}

customElements.define('lcf-search', LcfSearch);
