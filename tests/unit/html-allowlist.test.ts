import { describe, expect, test } from 'vitest';
import { attributeProblem, elementProblem, urlProblem } from '../../src/html/allowlist.ts';
import rehypeAllowlist from '../../src/html/rehype-allowlist.ts';

describe('the content HTML allowlist', () => {
	test('allows the elements prose needs and refuses ones that change the page', () => {
		expect(elementProblem('abbr')).toBeUndefined();
		expect(elementProblem('base')).toContain('it would change the whole page around it');
		expect(elementProblem('svg')).toContain('may not use');
	});

	test('refuses on… handlers and style=, and allows title on any element', () => {
		expect(attributeProblem('img', 'onerror', 'x')).toBe('has <img onerror>, which would run code: remove onerror="…"');
		expect(attributeProblem('p', 'style', 'color: red')).toContain('remove style="…"');
		expect(attributeProblem('abbr', 'title', 'Practice Quality Standards')).toBeUndefined();
	});

	test('allows https and mailto links only, and images only from beside the content', () => {
		expect(urlProblem('https://example.org/', 'link')).toBeUndefined();
		expect(urlProblem('mailto:team@example.org', 'link')).toBeUndefined();
		expect(urlProblem('JavaScript:alert(1)', 'link')).toContain('a javascript: link runs code');
		expect(urlProblem('http://example.org/', 'link')).toContain('write https://example.org/');
		expect(urlProblem('./cycle.png', 'image')).toBeUndefined();
		expect(urlProblem('//example.org/x.png', 'image')).toContain('from another site');
	});
});

describe('rehypeAllowlist', () => {
	const run = (children: object[]) => {
		const warnings: string[] = [];
		const tree = { type: 'root', children };
		rehypeAllowlist()(tree as never, { message: (reason: string) => warnings.push(reason) });
		return { tree, warnings };
	};

	test('drops an element content may not use, with a warning', () => {
		const { tree, warnings } = run([{ type: 'mdxJsxFlowElement', name: 'base', attributes: [], children: [] }, { type: 'element', tagName: 'p', children: [] }]);
		expect(tree.children).toEqual([{ type: 'element', tagName: 'p', children: [] }]);
		expect(warnings[0]).toContain('has <base>');
	});

	test('drops an on… handler but keeps the element and its allowed attributes', () => {
		const details = { type: 'mdxJsxFlowElement', name: 'details', attributes: [{ type: 'mdxJsxAttribute', name: 'open', value: null }, { type: 'mdxJsxAttribute', name: 'ontoggle', value: 'alert(1)' }], children: [] };
		const { tree } = run([details]);
		expect(tree.children).toEqual([{ ...details, attributes: [{ type: 'mdxJsxAttribute', name: 'open', value: null }] }]);
	});

	test('drops a javascript: href from a Markdown link and an image from another site', () => {
		const link = { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)' }, children: [] };
		const image = { type: 'element', tagName: 'img', properties: { src: 'https://example.org/x.png' }, children: [] };
		const { tree, warnings } = run([link, image]);
		expect(tree.children).toEqual([{ ...link, properties: {} }]);
		expect(warnings).toHaveLength(2);
	});
});
