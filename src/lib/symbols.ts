/**
 * The curriculum-area symbols, drawn as Twemoji SVGs (CC BY 4.0) rather than emoji characters:
 * emoji depend on the reader's fonts, and without an emoji font they print as empty boxes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const twemojiDir = path.dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));

/** Twemoji's file name for a symbol: its code points in hex, without the emoji presentation selector. */
export function symbolCode(symbol: string): string {
	return [...symbol]
		.map((char) => char.codePointAt(0)!.toString(16))
		.filter((code) => code !== 'fe0f')
		.join('-');
}

/**
 * Where a tag finds a source symbol: in the page itself, which defines each symbol its tags use
 * (PageShell, SymbolDefinitions). A shared sprite would be one more request before the page is
 * drawn: with it, Lighthouse's largest paint on a capability page was 1.15 s, and 0.83–0.88 s without (#23).
 */
export function symbolHref(symbol: string): string {
	return `#lcf-symbol-${symbolCode(symbol)}`;
}

/** The symbols' codes (as `symbolCode` gives them) that a page's markup uses, each once, in order. */
export function symbolsUsedIn(html: string): string[] {
	return [...new Set([...html.matchAll(/href="#lcf-symbol-([0-9a-f-]+)"/g)].map((match) => match[1]!))];
}

/**
 * A path's numbers to one decimal place: a third less to send, and on a 36-unit drawing shown at
 * about 20 px, a shift of at most 0.03 px. A space is put back where dropping digits would join
 * two numbers (`c.003.283` is `c0 .3`, not `c0.3`).
 */
export function roundPath(d: string): string {
	let out = '';
	let last = 0;
	for (const match of d.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi)) {
		out += d.slice(last, match.index);
		const rounded = String(Math.round(Number(match[0]) * 10) / 10).replace(/^(-?)0\./, '$1.');
		out += (/[\d.]$/.test(out) && /^[\d.]/.test(rounded) ? ' ' : '') + rounded;
		last = match.index + match[0].length;
	}
	return out + d.slice(last);
}

/** The SVG `<symbol>` for a source symbol, to be referenced with `<use href="#lcf-symbol-…">`. */
export function symbolDefinition(symbol: string): string {
	return symbolDefinitionOf(symbolCode(symbol));
}

// Each symbol drawn once per build, as every page that shows it defines it.
const definitions = new Map<string, string>();

/** The same, from the symbol's code. */
export function symbolDefinitionOf(code: string): string {
	let definition = definitions.get(code);
	if (definition === undefined) definitions.set(code, (definition = readDefinition(code)));
	return definition;
}

function readDefinition(code: string): string {
	const svg = readFileSync(path.join(twemojiDir, `${code}.svg`), 'utf8');
	const inner = svg
		.replace(/^[\s\S]*?<svg[^>]*>/, '')
		.replace(/<\/svg>\s*$/, '')
		.replace(/\sd="([^"]*)"/g, (_, d: string) => ` d="${roundPath(d)}"`);
	return `<symbol id="lcf-symbol-${code}" viewBox="0 0 36 36">${inner}</symbol>`;
}
