/**
 * `<lcf-pathway-choice>` (PathwayChoice), inside `<lcf-filter>`: one pathway or all. It shows itself
 * (without JavaScript everything shows), writes the choice to the URL as `?pathway=`, or ticks the
 * compare page's pathway boxes where there are some, and follows those boxes and the URL back. Its
 * radios' change then reaches `<lcf-filter>`, which applies it.
 */
import { pathwayChoice } from './pathway-state.ts';

class LcfPathwayChoice extends HTMLElement {
	connectedCallback() {
		const radios = [...this.querySelectorAll<HTMLInputElement>('input')];
		const offered = (inputs: HTMLInputElement[]) => inputs.map((input) => input.value).filter(Boolean);
		const filter = this.closest('lcf-filter');
		const boxes = [...(filter?.querySelectorAll<HTMLInputElement>('[data-filter-form] input[name="pathway"]') ?? [])];
		const set = (value: string | undefined) => radios.forEach((radio) => (radio.checked = radio.value === value));
		// The URL on arriving (the filter may not have ticked its boxes yet); the boxes when they change.
		const fromUrl = () => set(pathwayChoice(new URLSearchParams(location.search).getAll('pathway'), offered(radios)));
		const fromBoxes = () => boxes.length && set(pathwayChoice(offered(boxes.filter((box) => box.checked)), offered(boxes)));
		this.hidden = false;
		for (const radio of radios)
			radio.addEventListener('change', () => {
				for (const box of boxes) box.checked = box.value === radio.value;
				if (boxes.length) return;
				const url = new URL(location.href);
				url.searchParams.delete('pathway');
				if (radio.value) url.searchParams.append('pathway', radio.value);
				history.replaceState(history.state, '', url);
			});
		filter?.addEventListener('change', (event) => !radios.includes(event.target as HTMLInputElement) && fromBoxes());
		filter?.addEventListener('reset', () => setTimeout(fromBoxes));
		window.addEventListener('popstate', fromUrl);
		fromUrl();
	}
}

customElements.define('lcf-pathway-choice', LcfPathwayChoice);
