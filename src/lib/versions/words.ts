/**
 * A word-level difference between two statements, for showing a rewording: the words kept, the
 * words deleted and the words inserted, in reading order.
 */

export interface WordSegment {
	kind: 'same' | 'deleted' | 'inserted';
	text: string;
}

/**
 * Words and punctuation marks, each with the space before it, so that joining the segments gives
 * back each text exactly. A full stop is its own token: "well." to "well and on time." inserts
 * words, rather than replacing "well." whole.
 */
function tokens(text: string): string[] {
	return text.match(/\s*(?:[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}])|\s+$/gu) ?? [];
}

/**
 * The segments that turn `before` into `after`, from the longest common run of words (an LCS over
 * words; statements are a sentence or two, so the quadratic table stays small). Neighbouring words
 * of one kind are merged, so "a b" deleted is one segment, not two.
 */
export function wordDiff(before: string, after: string): WordSegment[] {
	const a = tokens(before);
	const b = tokens(after);
	const same = (x: string, y: string) => x.trim() === y.trim();
	// lengths[i][j]: the longest common run of a[i..] and b[j..].
	const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lengths[i]![j] = same(a[i]!, b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
	const segments: WordSegment[] = [];
	const push = (kind: WordSegment['kind'], text: string) => {
		const last = segments.at(-1);
		if (last?.kind === kind) last.text += text;
		else segments.push({ kind, text });
	};
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && same(a[i]!, b[j]!)) (push('same', b[j]!), i++, j++);
		// Deleted words before inserted ones, as a reader takes out the old words, then reads the new.
		else if (i < a.length && (j === b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) push('deleted', a[i++]!);
		else push('inserted', b[j++]!);
	}
	return segments;
}
