/** Markup from templates, with every value escaped unless it is markup already. */

/** Markup that is safe to insert as it is: what `html` makes. */
export class Markup {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString() {
		return this.value;
	}
}

const escape = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const piece = (value: unknown): string =>
	value instanceof Markup ? value.value : Array.isArray(value) ? value.map(piece).join('') : value == null || value === false ? '' : escape(value);

/** A tagged template: `html\`<p>${text}</p>\`` escapes `text`; lists and nested `html` go in as markup. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]) =>
	new Markup(strings.reduce((out, string, i) => out + piece(values[i - 1]) + string));
