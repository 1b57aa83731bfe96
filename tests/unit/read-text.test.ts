import { describe, expect, test } from 'vitest';
import { encodingProblem, firstInvalidUtf8 } from '../../src/check/read-text.ts';

describe('firstInvalidUtf8', () => {
	test('finds no bad byte in UTF-8, including emoji', () => {
		expect(firstInvalidUtf8(new TextEncoder().encode('Rôles 🧠'))).toBe(-1);
	});

	test('finds the first byte of Windows-1252 text', () => {
		expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x0a, 0x72, 0xf4, 0x6c]))).toBe(3);
	});

	test('refuses overlong forms and UTF-16 surrogates', () => {
		expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0);
		expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
	});
});

describe('encodingProblem', () => {
	test('names the line, the column and the likely character', () => {
		const bytes = Uint8Array.from([...new TextEncoder().encode('id: x\ntext: Caf'), 0xe9]);
		const problem = encodingProblem('a.yaml', bytes, bytes.length - 1);
		expect(problem.line).toBe(2);
		expect(problem.message).toContain('byte 0xE9 at column 10 (probably "é"');
		expect(problem.message).toContain('Re-save it as UTF-8');
	});
});
