/** The stylesheets stay short, one job each (#16): a file past ~200 lines is two jobs, to be split. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const sheets = readdirSync('src/styles', { withFileTypes: true, recursive: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
	.map((entry) => path.join(entry.parentPath, entry.name));

test.each(sheets)('%s is 200 lines or fewer', (file) => {
	expect(readFileSync(file, 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(200);
});
