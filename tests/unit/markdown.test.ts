import { describe, expect, test } from 'vitest';
import { markdownToHtml } from '../../src/lib/markdown.ts';

// A strategy's text as the reviewer wrote it: every one of these was published and ran on click.
describe('Markdown from frontmatter, made into HTML', () => {
	test.each([
		['[allow](javascript:alert(1))', 'allow'],
		['[you](JaVaScRiPt:alert(2))', 'you'],
		['[to](&#106;avascript:alert(3))', 'to'],
		['[r][1]\n\n[1]: javascript:alert(5)', 'r'],
		['[s](//evil.example/x)', 's'],
		['[u](http://example.org/)', 'u'],
	])('keeps the words of %j and drops its link', (markdown, words) => {
		const html = markdownToHtml(markdown);
		expect(html).toBe(`<p>${words}</p>`);
	});

	test('makes a backslash after the first slash part of the path, not another site', () => {
		expect(markdownToHtml('[t](/\\evil.example)')).toBe('<p><a href="/%5Cevil.example">t</a></p>');
	});

	test('drops images, from elsewhere or not, and raw HTML', () => {
		expect(markdownToHtml('Look ![i](https://evil.example/t.png) ![j](./cycle.png) <img src=x onerror=alert(4)> here')).toBe('<p>Look    here</p>');
	});

	test('keeps https, mailto and the site\'s own links, and the words and lists around them', () => {
		const html = markdownToHtml('See [the guide](https://example.org/guide), [us](mailto:team@example.org) and [a pathway](/pathways/pathway-2/#p2-x):\n\n- **one**\n- two');
		expect(html).toContain('<a href="https://example.org/guide">the guide</a>');
		expect(html).toContain('<a href="mailto:team@example.org">us</a>');
		expect(html).toContain('<a href="/pathways/pathway-2/#p2-x">a pathway</a>');
		expect(html).toContain('<li><strong>one</strong></li>');
	});
});
