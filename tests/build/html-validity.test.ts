/** Every built page is valid, accessible HTML by html-validate's recommended, a11y and full-document rules. */
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';

const validator = new HtmlValidate(
	new StaticConfigLoader({
		extends: ['html-validate:recommended', 'html-validate:a11y', 'html-validate:document'],
		rules: {
			// `document` asks for `integrity` on every script and stylesheet. Ours come from the same
			// origin as the page, where it protects nothing; off-site ones (forbidden anyway) still need it.
			'require-sri': ['error', { target: 'crossorigin' }],
			// Titles carry the framework's and its sources' own names (a resource title alone can pass
			// 70 characters); shortening them to fit would misname them.
			'long-title': 'off',
			// A heading inside a table header cell (the comparison's capabilities and sub-capabilities) may
			// not be an <h2> (HTML's content model for <th>), so there it is a heading by its role.
			'prefer-native-element': ['error', { exclude: ['heading'] }],
		},
	}),
);

describe('built HTML', () => {
	test.each(builtPages())('$url is valid', async ({ file }) => {
		const report = await validator.validateFile(file);
		const messages = report.results.flatMap((result) =>
			result.messages.map((m) => `${path.relative(distDir, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
		);
		expect(messages).toEqual([]);
	});
});
