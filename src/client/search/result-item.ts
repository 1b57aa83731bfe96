/** One search result as the list shows it: its title as a link, where it sits, and why it matched. */
import type { ResultData } from './pagefind.ts';

export function resultItem(result: ResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'lcf-search__result';
	item.innerHTML = `<a class="lcf-search__link"></a><p class="lcf-search__context"></p>`;
	const link = item.querySelector('a')!;
	link.href = result.url;
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
