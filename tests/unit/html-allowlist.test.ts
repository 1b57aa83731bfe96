import { describe, expect, test } from 'vitest';
import { attributeProblem, elementProblem, urlProblem } from '../../src/html/allowlist.ts';

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

describe('a link as the browser reads it (the URL Standard strips tabs, newlines and outer controls)', () => {
	const javascript = [
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'java\rscript:alert(1)',
		'j\ta\nv\ra\tscript:alert(1)',
		'\u0001javascript:alert(1)',
		'\u0000\u001f javascript:alert(1)',
		' javascript:alert(1) ',
		'javascript:alert(1)\u0000',
		'JAVASCRIPT:alert(1)',
		'JaVa\tScRiPt:alert(1)',
		// What `&#x09;`, `&#x0A;`, `&Tab;` and `&NewLine;` in a file decode to before this sees it.
		'java\u0009script:alert(1)',
		'java\u000ascript:alert(1)',
	];
	test.each(javascript)('refuses %j as a javascript: link', (url) => {
		expect(urlProblem(url, 'link')).toContain('a javascript: link runs code');
	});

	test('names the hidden characters, so the editor can find them', () => {
		expect(urlProblem('java\nscript:x', 'link')).toContain('links to java\\nscript:x (with a tab, line break or control character in it');
	});

	test.each(['vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'da\tta:text/html,x', 'file:///etc/passwd'])('refuses the %j scheme', (url) => {
		expect(urlProblem(url, 'link')).toContain('a link may start only with https://');
	});

	test.each(['//evil.example/x', '\\\\evil.example/x', '/\\evil.example/x', '\\/evil.example/x', '/\t/evil.example/x', ' //evil.example/x', '\u0001//evil.example'])(
		'refuses %j, a link to another site without https://',
		(url) => {
			expect(urlProblem(url, 'link')).toContain('a link to another site must start with https://, e.g. https://evil.example');
		},
	);

	test.each(['/\t/evil.example/x.png', '\\\\evil.example/x.png', 'ht\ttps://evil.example/x.png'])('refuses the image %j from another site', (url) => {
		expect(urlProblem(url, 'image')).toContain('from another site');
	});

	test.each(['/pathways/pathway-2/', '/pathways/pathway-2/#p2-x', '#p2-x', './other/', 'other/', 'https://example.org/a//b', 'mailto:a@example.org', 'HTTPS://example.org/'])('allows %j', (url) => {
		expect(urlProblem(url, 'link')).toBeUndefined();
	});
});
