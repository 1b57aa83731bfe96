/** The little of citation-js's API the site uses: it ships no types (see https://citation.js.org/api/0.7/). */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: string | object | object[]);
		format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
		format(format: 'bibtex' | 'ris'): string;
		format(format: 'data', options?: { format: 'object' | 'string' }): unknown;
	}
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
