/**
 * The HTML that content may write in MDX, by allowlist: the elements and attributes a resource's
 * prose needs, nothing that runs code (`on…` handlers, `<script>`), changes the page around it
 * (`<base>`, `<meta>`, `<style>`, `style=`) or fetches from another site (images from elsewhere).
 * `npm run check` reports what is not allowed; `hast-allowlist.ts` enforces it again when the
 * HTML is made.
 */

/** Attributes any allowed element may have. */
const everywhere = ['id', 'lang', 'dir', 'title'];

/** Each allowed element with the attributes it may have besides those. */
export const allowedElements: Record<string, string[]> = {
	...Object.fromEntries(
		['p', 'br', 'hr', 'em', 'strong', 'b', 'i', 's', 'small', 'mark', 'sub', 'sup', 'code', 'kbd', 'pre', 'span', 'abbr', 'dfn', 'cite', 'q', 'blockquote', 'ul', 'li', 'dl', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'summary']
			.map((name) => [name, []]),
	),
	a: ['href'],
	img: ['src', 'alt', 'width', 'height'],
	ol: ['start', 'reversed'],
	th: ['scope', 'colspan', 'rowspan'],
	td: ['colspan', 'rowspan'],
	time: ['datetime'],
	details: ['open'],
	// Headings are checked by level instead: the page's title is its only level-1 heading.
	h1: [],
};

/** Why `name` may not be written in content, or undefined when it may. */
export function elementProblem(name: string): string | undefined {
	if (name in allowedElements) return undefined;
	const why = /^(script|iframe|object|embed|frame|portal)$/i.test(name)
		? 'it would run code or show another site'
		: /^(base|meta|link|style|head|body|html|title)$/i.test(name)
			? 'it would change the whole page around it'
			: /^(form|input|button|select|textarea)$/i.test(name)
				? 'content has no forms'
				: 'it is not among the elements a resource may use';
	return `has <${name}>, which content may not use (${why}): remove it, or write it in Markdown`;
}

/** Why attribute `attribute` of `<name>` may not be written, or undefined when it may. */
export function attributeProblem(name: string, attribute: string, value: unknown): string | undefined {
	if (/^on/i.test(attribute)) return `has <${name} ${attribute}>, which would run code: remove ${attribute}="…"`;
	if (attribute === 'style') return `has <${name} style="…">, and content does not style the page (it could load from elsewhere): remove style="…"`;
	if (!everywhere.includes(attribute) && !(allowedElements[name] ?? []).includes(attribute))
		return `has <${name} ${attribute}>, which content may not use: remove ${attribute}="…"${name === 'a' || name === 'img' ? ` (it may have ${[...allowedElements[name]!, ...everywhere].join(', ')})` : ''}`;
	if (name === 'a' && attribute === 'href' && typeof value === 'string') return urlProblem(value, 'link');
	if (name === 'img' && attribute === 'src' && typeof value === 'string') return urlProblem(value, 'image');
	return undefined;
}

/**
 * The address as a browser reads it (the URL Standard's basic URL parser,
 * https://url.spec.whatwg.org/#concept-basic-url-parser): leading and trailing C0 control
 * characters and spaces are stripped, then every tab and newline anywhere, so "java\tscript:"
 * is "javascript:". Decided on what the browser will follow, never on what the file shows.
 */
export const asBrowserReads = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/**
 * Why a link or image address may not be used, or undefined when it may: outward links are
 * https (or mailto: for a link), and images are files beside the content, since no request
 * leaves the site. An address starting with two slashes (or backslashes, which browsers read
 * as slashes in a web address) is another site's, whatever follows.
 */
export function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
	const read = asBrowserReads(url);
	// Shown with its tabs and line breaks as \t and \n, so the editor sees what hides in it.
	const shown = JSON.stringify(url).slice(1, -1);
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
	const otherSite = /^[/\\]{2}/.test(read);
	if (kind === 'image')
		return scheme || otherSite
			? `shows the image ${shown} from another site, and no request may leave this site: save the image beside the file and write its file name, e.g. ![description](./picture.png)`
			: undefined;
	if (otherSite) return `links to ${shown}, which leaves out the https: a link to another site must start with https://, e.g. https:${read.replace(/^[/\\]+/, '//')}`;
	if (!scheme || scheme === 'https' || scheme === 'mailto') return undefined;
	if (scheme === 'http') return `links to ${url}, which is not secure: write https://${read.slice(5).replace(/^\/\//, '')} if the site has it`;
	const hidden = read !== url.trim() ? ' (with a tab, line break or control character in it, which browsers ignore)' : '';
	return `links to ${shown}${hidden}, and a link may start only with https:// (or mailto: for an email address): ${scheme === 'javascript' ? 'a javascript: link runs code, so remove it' : 'correct the address'}`;
}
