/**
 * The YAML reader's syntax errors in plain English, at the line the editor must change. The
 * library names what its parser met ("Implicit keys need to be on a single line"), often on the
 * line before the slip; its error codes (https://eemeli.org/yaml/#errors) and the lines around
 * say which slip it was: a missing colon, a line indented too far or not far enough, an unclosed
 * quote or list, a tab.
 */

/** The first syntax error, as a line (within `text`, from 1) and a message after "is not valid YAML: ". */
export function yamlSyntaxError(error: { code: string; message: string }, line: number, text: string): { line: number; message: string } {
	const lines = text.split('\n');
	const indent = (n: number) => /^ */.exec(lines[n - 1] ?? '')![0].length;
	const content = (n: number) => (lines[n - 1] ?? '').trim();
	/** The next line with something on it, after line `n`. */
	const next = (n: number) => {
		let at = n + 1;
		while (at <= lines.length && (!content(at) || content(at).startsWith('#'))) at++;
		return at <= lines.length ? at : undefined;
	};
	/** The key and the rest of a line written "key value" with no colon, e.g. "text Clear on…". */
	const noColon = (n: number) => /^(-\s+)?([A-Za-z][\w-]*)\s+(\S.*)$/.exec(content(n));
	const fieldOf = (n: number) => /^(?:-\s+)?([A-Za-z][\w-]*):/.exec(content(n))?.[1];
	const generic = `${error.message.split('\n')[0]}. Check the indentation and that text containing ": " is in quotes.`;

	// A field followed by a line indented further than it: YAML reads the deeper line as a value of the one before.
	if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
		const after = next(line);
		if (after && indent(after) > indent(line) && fieldOf(after) && !content(line).endsWith(':')) {
			const above = fieldOf(line) ? `"${fieldOf(line)}:"` : 'the line above';
			return { line: after, message: `"${fieldOf(after)}:" is indented further than ${above} (${indent(after)} spaces, not ${indent(line)}): line it up with ${above}` };
		}
		if (/^-[^\s-]/.test(content(line))) return { line, message: 'a list item needs a space after its "-": write "- " at the start of the line' };
		const value = /^(?:-\s+)?[\w-]+:\s+(.*)$/.exec(content(line))?.[1];
		if (value && /:\s/.test(value) && !/^["']/.test(value))
			return { line, message: `the text has ": " in it, which YAML reads as a new field: put the whole text in double quotes, ${fieldOf(line)}: ${JSON.stringify(value)}` };
	}
	if (error.code === 'MULTILINE_IMPLICIT_KEY') {
		// The line with no colon is this one or the next.
		for (const at of [line, next(line)].filter((n): n is number => n !== undefined)) {
			const slip = noColon(at);
			if (slip) return { line: at, message: `"${slip[2]}" has no colon after it: write "${slip[2]}: ${slip[3]}" (a field's name, a colon, a space, then its value). If this line continues the text above, join the two lines` };
		}
	}
	if (error.code === 'MISSING_CHAR' && /without - indicator/.test(error.message)) {
		const above = line > 1 ? fieldOf(line - 1) : undefined;
		return { line, message: `${fieldOf(line) ? `"${fieldOf(line)}:"` : 'this line'} is indented less than the line above it (${indent(line)} spaces, not ${indent(line - 1)}): line it up with ${above ? `"${above}:"` : 'the line above'}` };
	}
	if (error.code === 'MISSING_CHAR' && /closing "quote/.test(error.message))
		return { line: lastQuoteLine(lines, line), message: 'a text starts with a double quote (") that is never closed: add the closing " at the end of the text' };
	if (error.code === 'MISSING_CHAR' && /closing 'quote/.test(error.message))
		return { line: lastQuoteLine(lines, line), message: "a text starts with a single quote (') that is never closed: add the closing ' at the end of the text" };
	if (error.code === 'BAD_INDENT' && /Flow sequence/.test(error.message))
		return { line: line - 1 > 0 && content(line - 1).includes('[') ? line - 1 : line, message: 'a list in square brackets is not closed: end it with "]", e.g. areas: [making-decisions]' };
	if (error.code === 'TAB_AS_INDENT') return { line, message: 'this line is indented with a tab, which YAML does not allow: replace the tab with spaces, as on the lines around it' };
	if (error.code === 'UNEXPECTED_TOKEN' && /^(?:-\s+)?[\w-]+:\s+["']/.test(content(line)))
		return { line, message: `a text that starts with a quote ends at the closing quote, and the words after it are left over: put the whole text in double quotes, writing \\" for each quote inside, or start it with a word` };
	return { line, message: generic };
}

/** The line, at or before `from`, where the unclosed quote opens (the parser stops at the file's end). */
function lastQuoteLine(lines: string[], from: number): number {
	for (let at = Math.min(from, lines.length); at > 0; at--) if (/:\s+["']/.test(lines[at - 1] ?? '')) return at;
	return from;
}
