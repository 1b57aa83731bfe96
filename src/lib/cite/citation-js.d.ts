/** The little of citation-js's API the site uses: it ships no types (see https://citation.js.org/api/0.7/). */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: string | object | object[]);
		format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
		format(format: 'bibtex' | 'ris'): string;
		format(format: 'data', options?: { format: 'object' | 'string' }): unknown;
	}
	/** A plugin's configuration: `@csl`'s registers of locales and templates (https://citation.js.org/api/0.8/module-@citation-js_plugin-csl.config.html). */
	export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
