/**
 * The one typeface of the PDFs, shipped from npm so that a PDF built on any machine looks the same:
 * Atkinson Hyperlegible (SIL Open Font License), drawn by the Braille Institute for low-vision
 * readers. The pages get it as data: URLs in print only; the site itself keeps system fonts, which
 * cost its pages nothing to load.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export const pdfFontFamily = 'Atkinson Hyperlegible';

const packageDir = path.dirname(createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/package.json'));

/** Fontsource's own @font-face rules (each weight and style, split by Unicode range), with the files inlined. */
export async function pdfFontCss(): Promise<string> {
	const sheets = await Promise.all(['400', '700', '400-italic', '700-italic'].map((name) => readFile(path.join(packageDir, `${name}.css`), 'utf8')));
	const rules: string[] = [];
	for (const sheet of sheets) {
		for (const rule of sheet.match(/@font-face\s*{[^}]*}/g) ?? []) {
			const file = rule.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
			if (!file) continue;
			const data = (await readFile(path.join(packageDir, 'files', file))).toString('base64');
			rules.push(rule.replace(/src:[^;]*;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`));
		}
	}
	return `${rules.join('\n')}\n@media print { html, button, input, select, textarea { font-family: '${pdfFontFamily}', sans-serif !important; } }`;
}

/** The regular weight's Latin file, for text the PDF step draws itself (the running header and footer). */
export function pdfFontFile(): Promise<Uint8Array> {
	return readFile(path.join(packageDir, 'files', 'atkinson-hyperlegible-latin-400-normal.woff'));
}
