/**
 * Synthetic content for the benchmark: a copy of `content/` grown to `scale` times the real
 * framework. New pathways (numbered on from the highest real one) each cover all 28
 * sub-capabilities with statements drawn from the real pathways' own (spliced two by two at a
 * shared word, so that they read like the framework without repeating it), under fresh ids and codes;
 * the resources are copied `scale` times under new ids and titles. The same pathway number always
 * gets the same statements (the random draw is seeded by it), so every scale holds the smaller ones.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { AttributeEntryInput } from '../../../schemas/index.ts';
import { formatReport } from '../../../src/check/problems.ts';
import { validateContent } from '../../../src/check/validate.ts';

export interface GeneratedContent {
	dir: string;
	scale: number;
	pathways: number;
	attributes: number;
	resources: number;
}

type AttributeFile = Record<string, AttributeEntryInput[]>;

/** A small seeded generator (mulberry32): the same seed always gives the same content. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;

/**
 * A statement in the framework's own words that it does not contain: the start of `first` up to a
 * word it shares with one of `others`, then the rest of that one. Copies word for word would make
 * pages compress far better than real new statements would.
 */
function splice(first: string, others: readonly string[], next: () => number): string {
	const words = first.split(' ');
	for (let attempt = 0; attempt < 8; attempt++) {
		const other = pick(others, next).split(' ');
		const cut = 2 + Math.floor(next() * Math.max(1, words.length - 4));
		const joinAt = other.indexOf(words[cut]!, 2);
		if (joinAt > 0 && joinAt < other.length - 1 && other.join(' ') !== first) return [...words.slice(0, cut), ...other.slice(joinAt)].join(' ');
	}
	return first;
}

/** Splits an MDX file into its frontmatter (parsed) and its body. */
function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
	const match = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
	if (!match) throw new Error('expected frontmatter between --- lines');
	return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}
const joinMdx = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;

/** Copies `sourceDir` (the real content) into `dir` and grows it to `scale` times its size. */
export function generateContent(sourceDir: string, dir: string, scale: number): GeneratedContent {
	cpSync(sourceDir, dir, { recursive: true, filter: (file) => !file.includes(`${path.sep}.astro-cache`) });
	const pathwaysDir = path.join(dir, 'pathways');
	const real = readdirSync(pathwaysDir).map((id) => {
		const { data, body } = splitMdx(readFileSync(path.join(pathwaysDir, id, 'pathway.mdx'), 'utf8'));
		const attributes = parse(readFileSync(path.join(pathwaysDir, id, 'attributes.yaml'), 'utf8')) as AttributeFile;
		return { number: data.number as number, data, body, attributes };
	});
	const subCapabilities = parse(readFileSync(path.join(dir, 'sub-capabilities.yaml'), 'utf8')) as { id: string; code: string }[];
	const realAttributes = real.reduce((sum, p) => sum + Object.values(p.attributes).flat().length, 0);
	const statements = real.flatMap((p) => Object.values(p.attributes).flat().map((entry) => entry.text));

	// As many new pathways as bring the attribute count nearest to `scale` times the real one.
	const perPathway = realAttributes / real.length;
	const added = Math.max(0, Math.round(((scale - 1) * realAttributes) / perPathway));
	const first = Math.max(...real.map((p) => p.number)) + 1;
	let attributes = realAttributes;
	for (let number = first; number < first + added; number++) {
		const next = random(number);
		const model = pick(real, next);
		const file: AttributeFile = {};
		let sequence = 0;
		for (const { id: subCapability, code } of subCapabilities) {
			// As many statements as one real pathway has here, drawn from all of theirs without repeats.
			const pool = real.flatMap((p) => p.attributes[subCapability] ?? []);
			const count = (pick(real, next).attributes[subCapability] ?? pool).length;
			const drawn = pool.map((entry) => ({ entry, key: next() })).sort((a, b) => a.key - b.key).map((d) => d.entry);
			file[subCapability] = Array.from({ length: count }, (_, index) => {
				const { id, text, areas, areasFrom, sourceSymbol } = drawn[index % drawn.length]!;
				const words = id.replace(/^p\d+-/, '');
				return {
					id: `p${number}-s${++sequence}-${words}`,
					code: `P${number}-${code}.${index + 1}`,
					text: splice(text, statements, next),
					areas,
					areasFrom,
					...(sourceSymbol ? { sourceSymbol } : {}),
				};
			});
			attributes += count;
		}
		const folder = path.join(pathwaysDir, `pathway-${number}`);
		mkdirSync(folder);
		const data = { ...model.data, number, title: `${model.data.title as string} (synthetic ${number})` };
		writeFileSync(path.join(folder, 'pathway.mdx'), joinMdx(data, model.body.replaceAll(`Pathway ${model.number}`, `Pathway ${number}`)));
		writeFileSync(path.join(folder, 'attributes.yaml'), stringify(file, { lineWidth: 0 }));
	}

	const resourcesDir = path.join(dir, 'resources');
	const resources = readdirSync(resourcesDir).filter((name) => name.endsWith('.mdx'));
	for (let copy = 2; copy <= scale; copy++)
		for (const name of resources) {
			const { data, body } = splitMdx(readFileSync(path.join(resourcesDir, name), 'utf8'));
			writeFileSync(path.join(resourcesDir, name.replace(/\.mdx$/, `-copy-${copy}.mdx`)), joinMdx({ ...data, title: `${data.title as string} (copy ${copy})` }, body));
		}
	return { dir, scale, pathways: real.length + added, attributes, resources: resources.length * Math.max(1, scale) };
}

/**
 * Checks generated content with the same validator as `npm run check`; throws with its report if
 * anything is wrong, since a benchmark of content the build rejects measures nothing.
 */
export async function checkContent(root: string, dir: string): Promise<void> {
	const before = process.env.LCF_CONTENT_DIR;
	process.env.LCF_CONTENT_DIR = dir;
	try {
		const { problems } = await validateContent(root);
		if (problems.length) throw new Error(formatReport(problems, `The generated content in ${dir} is not valid, so nothing was measured.`));
	} finally {
		if (before === undefined) delete process.env.LCF_CONTENT_DIR;
		else process.env.LCF_CONTENT_DIR = before;
	}
}
