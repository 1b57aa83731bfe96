/** One search result as the list shows it: its title as a link (to its page as filtered), where it sits, and why it matched. */
import type { ResultData } from './pagefind.ts';

/** The kinds of result whose pages show one pathway or all (their pathway choice). */
const byPathway = new Set(['Capability', 'Sub-capability', 'Curriculum area']);

/**
 * Where a result leads: a capability's, sub-capability's or area's page opens on the pathway ticked,
 * where one is (`pathways`, by the ids those pages use), as the reading pages' links carry it. (With
 * an area ticked only attributes and resources are found: the others have no area of their own.)
 */
export function resultHref(result: Pick<ResultData, 'url' | 'meta'>, pathways: string[]): string {
	if (!byPathway.has(result.meta.kind) || pathways.length !== 1) return result.url;
	const url = new URL(result.url, 'https://site.invalid');
	url.searchParams.set('pathway', pathways[0]!);
	return `${url.pathname}${url.search}${url.hash}`;
}

export function resultItem(result: ResultData, pathways: string[] = []): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'lcf-search__result';
	item.innerHTML = `<a class="lcf-search__link"></a><p class="lcf-search__context"></p>`;
	const link = item.querySelector('a')!;
	link.href = resultHref(result, pathways);
	link.textContent = result.meta.title;
	// A pathway's or an area's context is its kind: say it once.
	item.querySelector('p')!.textContent = [...new Set([result.meta.kind, result.meta.context])].join(' · ');
	// Its areas, as a search for an area's name finds it by them: the reader sees why it matched.
	if (result.meta.areas) item.append(Object.assign(document.createElement('p'), { className: 'lcf-search__context', textContent: `Curriculum areas: ${result.meta.areas}` }));
	if (result.meta.kind !== 'Attribute') {
		const excerpt = document.createElement('p');
		excerpt.className = 'lcf-search__excerpt';
		excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: our own content, with <mark> around matches.
		item.append(excerpt);
	}
	return item;
}
