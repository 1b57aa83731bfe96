import { describe, expect, test } from 'vitest';
import { comparePairs, compareUrl, pathwaysShown } from '../../src/lib/pathways-shown.ts';

const pathways = (...numbers: number[]) => numbers.map((n) => ({ id: `pathway-${n}` }));

describe('pathwaysShown', () => {
	test('shows both of two pathways and offers no others', () => {
		const two = pathways(2, 3);
		expect(pathwaysShown(two)).toEqual({ shown: two, others: [] });
	});

	test('shows the first and the one above it, in order, and offers the rest', () => {
		const [p1, p2, p3, p4] = pathways(1, 2, 3, 4);
		expect(pathwaysShown([p1, p2, p3, p4])).toEqual({ shown: [p1, p2], others: [p3, p4] });
	});

	test('shows a single pathway alone', () => expect(pathwaysShown(pathways(2))).toEqual({ shown: pathways(2), others: [] }));
});

describe('comparePairs', () => {
	test('with two pathways is the one pair, on /compare/', () =>
		expect(comparePairs(pathways(2, 3)).map((pair) => [pair.lower.id, pair.upper.id, pair.url])).toEqual([['pathway-2', 'pathway-3', '/compare/']]));

	test('pairs each pathway with the one above it, each pair after the first on a page of the lower one', () =>
		expect(comparePairs(pathways(2, 3, 4, 5)).map((pair) => `${pair.lower.id}+${pair.upper.id} ${pair.url}`)).toEqual([
			'pathway-2+pathway-3 /compare/',
			'pathway-3+pathway-4 /compare/pathway-3/',
			'pathway-4+pathway-5 /compare/pathway-4/',
		]));

	test('has no pair with one pathway', () => expect(comparePairs(pathways(2))).toEqual([]));
});

describe('compareUrl', () => {
	const four = pathways(2, 3, 4, 5);
	const [p2, p3, p4, p5] = four;

	test('leads a pathway and the one above it to their page, whichever is named first', () => {
		expect(compareUrl(four, p3!, p4!)).toBe('/compare/pathway-3/');
		expect(compareUrl(four, p4!, p3!)).toBe('/compare/pathway-3/');
	});

	test('leads the top pathway and the one below it to theirs, and the first pair to /compare/', () => {
		expect(compareUrl(four, p5!, p4!)).toBe('/compare/pathway-4/');
		expect(compareUrl(four, p2!, p3!)).toBe('/compare/');
	});

	test('leads two pathways that are not neighbours to /compare/', () => expect(compareUrl(four, p2!, p5!)).toBe('/compare/'));
});
