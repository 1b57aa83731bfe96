/**
 * The allowlist enforced again when the HTML is made: a hast plugin for Sätteri, Astro 7's Markdown
 * and MDX processor (`markdown.processor: satteri({ hastPlugins })`, which MDX inherits:
 * https://docs.astro.build/en/reference/markdown-processors/satteri/). An element or attribute
 * that content may not use is dropped, with a warning naming the file, so the site never publishes
 * it even if the check was skipped. `npm run check` reports the same things first.
 *
 * Sätteri runs no rehype plugins: a rehype plugin given to `mdx()` is ignored, with only a warning
 * (`tests/unit/render-allowlist.test.ts` fails if this one stops running).
 */
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { attributeProblem, elementProblem, urlProblem } from './allowlist.ts';

type JsxElement = {
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } } | undefined;
};

const warn = (ctx: HastVisitorContext, node: { position?: { start: { line: number } } | undefined }, reason: string) => {
	const where = ctx.fileURL ? `${decodeURIComponent(ctx.fileURL.pathname)}${node.position ? `:${node.position.start.line}` : ''}: ` : '';
	console.warn(`${where}${reason} (left out of the page)`);
};

/** An MDX element (`<details …>` written in the file): dropped if content may not use it, else stripped of what it may not have. */
function jsxElement(node: Readonly<JsxElement>, ctx: HastVisitorContext): void {
	const name = String(node.name ?? '').toLowerCase();
	const problem = elementProblem(name);
	if (problem) return void (warn(ctx, node, problem), ctx.removeNode(node as never));
	const src = name === 'img' ? node.attributes.find((a) => a.name === 'src')?.value : undefined;
	const elsewhere = typeof src === 'string' ? urlProblem(src, 'image') : undefined;
	if (elsewhere) return void (warn(ctx, node, elsewhere), ctx.removeNode(node as never));
	const kept = node.attributes.filter((attribute) => {
		const reason = attribute.type === 'mdxJsxAttribute' ? attributeProblem(name, attribute.name ?? '', attribute.value) : 'has an attribute written as code';
		if (reason) warn(ctx, node, reason);
		return !reason;
	});
	if (kept.length !== node.attributes.length) ctx.replaceNode(node as never, { ...(node as object), attributes: kept } as never);
}

export const hastAllowlist = defineHastPlugin({
	name: 'lcf-html-allowlist',
	options: { position: true },
	mdxJsxFlowElement: { filter: [], visit: jsxElement },
	mdxJsxTextElement: { filter: [], visit: jsxElement },
	// Markdown's own links and images: `[text](javascript:…)` loses its address, `![](https://…)` goes.
	element: {
		filter: ['a', 'img'],
		visit(node, ctx) {
			const { href, src } = node.properties;
			if (node.tagName === 'img' && typeof src === 'string' && urlProblem(src, 'image')) return void (warn(ctx, node, urlProblem(src, 'image')!), ctx.removeNode(node));
			if (node.tagName === 'a' && typeof href === 'string' && urlProblem(href, 'link')) (warn(ctx, node, urlProblem(href, 'link')!), ctx.setProperty(node, 'href', undefined));
		},
	},
});
