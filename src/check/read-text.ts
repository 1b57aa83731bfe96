/**
 * Reads a content file as text, or says why it cannot be: a file saved in another encoding
 * (Windows-1252, "ANSI" in Notepad) would otherwise publish "�", and a broken link would crash.
 */
import { readFile } from 'node:fs/promises';
import type { Problem } from './where.ts';

/** How to re-save a file as UTF-8 in the editors people use. */
export const resaveAsUtf8 =
	'Re-save it as UTF-8: in Notepad, File › Save as, Encoding "UTF-8"; in VS Code, click the encoding at the bottom right, "Save with Encoding", "UTF-8"; then check that character';

/** The offset of the first byte that is not valid UTF-8, or -1 when all of them are. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const byte = bytes[i]!;
		const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
		if (!length) return i;
		for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		// Overlong forms and UTF-16 surrogates are not UTF-8 either.
		const second = bytes[i + 1] ?? 0;
		if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
		i += length;
	}
	return -1;
}

/** The problem with bytes that are not UTF-8: where the first bad byte is, what it probably is, the fix. */
export function encodingProblem(file: string, bytes: Uint8Array, offset: number): Problem {
	const before = bytes.subarray(0, offset);
	const line = before.filter((b) => b === 0x0a).length + 1;
	const lineStart = before.lastIndexOf(0x0a) + 1;
	const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
	const byte = bytes[offset]!;
	const guess = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
	return {
		file,
		line,
		message: `is not saved as UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at column ${column} (probably "${guess}", saved as Windows-1252/"ANSI" or Latin-1) is not UTF-8, and the site would show it as "�". ${resaveAsUtf8}.`,
	};
}

/** The file's text, or the problem that stops it being read. */
export async function readText(absolutePath: string, file: string): Promise<{ text: string } | { problem: Problem }> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(absolutePath);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { problem: { file, message: `cannot be read (${code ?? String(error)}): check that it is a file, not a folder or a broken link, and that you may open it` } };
	}
	const offset = firstInvalidUtf8(bytes);
	if (offset >= 0) return { problem: encodingProblem(file, bytes, offset) };
	// A byte-order mark is harmless, but is not part of the text.
	return { text: new TextDecoder().decode(bytes) };
}
