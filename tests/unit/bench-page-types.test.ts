/** The bench's Lighthouse row measures one page of each type, the first of its kind in the built site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { pageTypes } from '../../scripts/tools/bench/lighthouse.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lcf-page-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('finds the first page of each type there is, and leaves out the types the site has none of', () => {
	for (const page of ['index.html', 'pathways/pathway-3/index.html', 'pathways/pathway-2/index.html', 'capabilities/providing-clarity/index.html', 'capabilities/providing-clarity/clarity-of-empowerment/index.html', 'cite/pathway-2/index.html']) {
		mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
		writeFileSync(path.join(dir, page), '<!doctype html>');
	}
	expect(pageTypes(dir)).toEqual([
		{ type: 'home', url: '/' },
		{ type: 'pathway', url: '/pathways/pathway-2/' },
		{ type: 'capability', url: '/capabilities/providing-clarity/' },
		{ type: 'sub-capability', url: '/capabilities/providing-clarity/clarity-of-empowerment/' },
		{ type: 'citation', url: '/cite/pathway-2/' },
	]);
});
