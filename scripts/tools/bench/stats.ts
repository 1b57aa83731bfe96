/** The median, least and greatest of repeated measurements. */
export interface Spread {
	median: number;
	min: number;
	max: number;
}

/** The spread of `values` (the median of an even count is the mean of the middle two). */
export function spread(values: number[]): Spread {
	if (!values.length) throw new Error('spread() needs at least one value');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)! };
}
