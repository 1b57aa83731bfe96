/**
 * The HTML allowlist runs again when Astro makes the HTML, with the site's own configuration: an
 * MDX file rendered here, where `npm run check` never looked at it, still loses what content may
 * not use. It fails if the allowlist plugin stops running, e.g. when it is given to a Markdown
 * processor that ignores rehype plugins (Astro 7's default, Sätteri, does).
 */
import { getContainerRenderer } from '@astrojs/mdx';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro/virtual-modules/container.js';
import { beforeAll, describe, expect, test } from 'vitest';
import Unsafe from '../fixtures/render-allowlist/unsafe.mdx';

let html: string;
beforeAll(async () => {
	const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
	html = await container.renderToString(Unsafe);
});

describe('the HTML made from MDX', () => {
	test('keeps what content may use', () => {
		expect(html).toContain('Before the HTML.');
		expect(html).toMatch(/<details open[^>]*><summary>More<\/summary>Inside.<\/details>/);
		expect(html).toContain('After the HTML.');
	});

	test('drops event handlers, styles and code links', () => {
		expect(html).not.toMatch(/ontoggle|style=|javascript:/i);
	});

	test('drops code links hidden by a tab or line break, and links to other sites without https', () => {
		expect(html).toContain('A link with a tab in its scheme');
		expect(html).toContain('A link with a line break in its scheme');
		// Markdown's own addresses come percent-encoded ("java%09script:", "/%5Cevil"), which browsers read as paths on this site.
		expect(html).not.toMatch(/href="[^"]*java(\s|&#x?[0-9a-f]+;)+script|href="[/\\]{2}/i);
	});

	test('drops elements content may not use, and images from other sites', () => {
		expect(html).not.toMatch(/<iframe|<img|example\.org/i);
	});
});
