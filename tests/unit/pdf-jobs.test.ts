import { describe, expect, test } from 'vitest';
import { pdfJobs } from '../../scripts/build-steps/pdf-jobs.ts';

/** Pathways as framework.json publishes them: id and absolute address. */
const pathways = (...numbers: number[]) => numbers.map((n) => ({ id: `pathway-${n}`, url: `https://site.example/pathways/pathway-${n}/` }));
const compared = (numbers: number[]) => pdfJobs(pathways(...numbers)).filter((job) => job.landscape).map(({ url, pdf }) => `${url} ${pdf}`);

describe('pdfJobs', () => {
	test('prints each pathway page in portrait to its own PDF, in order', () =>
		expect(pdfJobs(pathways(2, 3)).filter((job) => !job.landscape)).toEqual([
			{ url: '/pathways/pathway-2/', pdf: '/downloads/pathway-2.pdf', kind: 'pathway', pathways: ['pathway-2'], landscape: false },
			{ url: '/pathways/pathway-3/', pdf: '/downloads/pathway-3.pdf', kind: 'pathway', pathways: ['pathway-3'], landscape: false },
		]));

	test('with two pathways prints one comparison, /compare/ to compare.pdf', () => expect(compared([2, 3])).toEqual(['/compare/ /downloads/compare.pdf']));

	test('with three prints /compare/ to compare.pdf and the second pair to a PDF named by its lower pathway', () =>
		expect(compared([2, 3, 4])).toEqual(['/compare/ /downloads/compare.pdf', '/compare/pathway-3/ /downloads/compare-pathway-3.pdf']));

	test('with four prints every neighbouring pair, each to the PDF of its page', () =>
		expect(compared([1, 2, 3, 4])).toEqual([
			'/compare/ /downloads/compare.pdf',
			'/compare/pathway-2/ /downloads/compare-pathway-2.pdf',
			'/compare/pathway-3/ /downloads/compare-pathway-3.pdf',
		]));

	test('says of each comparison that it is one, and which pathways it prints', () =>
		expect(pdfJobs(pathways(2, 3, 4)).filter((job) => job.landscape).map(({ kind, pathways }) => [kind, ...pathways])).toEqual([
			['comparison', 'pathway-2', 'pathway-3'],
			['comparison', 'pathway-3', 'pathway-4'],
		]));

	test('names a pair\'s PDF by its pathway\'s id, not its place', () =>
		expect(compared([2, 5, 7])).toEqual(['/compare/ /downloads/compare.pdf', '/compare/pathway-5/ /downloads/compare-pathway-5.pdf']));
});
