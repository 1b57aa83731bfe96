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
