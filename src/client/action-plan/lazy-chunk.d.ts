/** `lazy-chunk:` imports (astro.config.mjs): the address of a module built as a chunk of its own. */
declare module 'lazy-chunk:*' {
	const url: string;
	export default url;
}
