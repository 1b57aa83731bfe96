/**
 * The framework as open data, for spreadsheets and other tools: `/framework.json` (the whole
 * framework), `/framework.schema.json` (its JSON Schema) and `/framework.csv` (one row per
 * attribute). Plain functions of the model `getModel()` loads; the endpoints serve them.
 */
import { z } from 'zod';
import { frameworkExportSchema, type FrameworkExport } from '../../schemas/index.ts';
import { pathwayIntroduction } from './exchange/input.ts';
import { areasFromLabel, pathwayLabels } from './labels.ts';
import type { Model } from './model.ts';

/** Where the open data files are published. Tools link to these: they must never change. */
export const openDataUrls = {
	json: '/framework.json',
	schema: '/framework.schema.json',
	csv: '/framework.csv',
	/** Every citable item with its code and permanent address (`src/pages/links.json.ts`). */
	links: '/links.json',
};

/** The site's address, which every URL in the files starts with. */
export function siteAddress(site: URL | undefined): URL {
	if (!site) throw new Error('The open data files give absolute addresses: set `site` in astro.config.mjs.');
	return site;
}

/**
 * The whole framework as one document, checked against its schema: if the model and the schema
 * disagree, this throws and the build fails, rather than publishing a file its schema rejects.
 */
export function frameworkExport(model: Model, site: URL): FrameworkExport {
	const absolute = (path: string) => new URL(path, site).href;
	const document: z.input<typeof frameworkExportSchema> = {
		$schema: absolute(openDataUrls.schema),
		version: model.about.version,
		date: model.about.date,
		framework: model.about,
		pathways: model.pathways.map(({ id, number, title, audience, body, url }) => ({ id, number, title, audience, introduction: pathwayIntroduction(body), url: absolute(url) })),
		// Former ids too: the next version's comparison follows a renamed heading by them (src/lib/versions/diff.ts).
		capabilities: model.capabilities.map(({ id, code, formerIds, order, title, shortName, description, url }) => ({
			id, code, formerIds, order, title, shortName, description, url: absolute(url),
		})),
		subCapabilities: model.subCapabilities.map(({ id, code, formerIds, capability, order, title, description, pathwayDescriptions, url }) => ({
			id, code, formerIds, capability: capability.id, order, title, description, pathwayDescriptions, url: absolute(url),
		})),
		attributes: model.attributes.map((a) => ({
			id: a.id,
			code: a.code,
			pathway: a.pathway.id,
			capability: a.capability.id,
			subCapability: a.subCapability.id,
			order: a.order,
			text: a.text,
			areas: a.areas.map((area) => area.id),
			areasFrom: a.areasFrom,
			sourceSymbol: a.sourceSymbol,
			formerIds: a.formerIds,
			formerCodes: a.formerCodes ?? [],
			url: absolute(a.url),
		})),
		curriculumAreas: model.curriculumAreas.map(({ url, ...area }) => ({ ...area, url: absolute(url) })),
		resources: model.resources.map((resource) => ({
			id: resource.id,
			title: resource.title,
			kind: resource.kind,
			publishedIn: resource.publishedIn,
			publisher: resource.publisher,
			developedBy: resource.developedBy,
			commissionedBy: resource.commissionedBy,
			authors: resource.authors,
			writtenAt: resource.writtenAt,
			published: resource.published,
			updated: resource.updated,
			summary: resource.summary,
			attribution: resource.attribution,
			attributionItalic: resource.attributionItalic,
			sourceUrl: resource.sourceUrl,
			pathways: resource.pathways,
			capabilities: resource.capabilities,
			subCapabilities: resource.subCapabilities,
			areas: resource.areas,
			url: absolute(resource.url),
		})),
	};
	const result = frameworkExportSchema.safeParse(document);
	if (!result.success) throw new Error(`${openDataUrls.json} does not match its schema (schemas/framework-export.ts):\n${z.prettifyError(result.error)}`);
	return result.data;
}

/** The ids that other fields of `/framework.json` refer to, by the list that defines them. */
export type FrameworkIds = Record<'pathways' | 'capabilities' | 'subCapabilities' | 'curriculumAreas', string[]>;

export const frameworkIds = (model: Model): FrameworkIds => ({
	pathways: model.pathways.map((p) => p.id),
	capabilities: model.capabilities.map((c) => c.id),
	subCapabilities: model.subCapabilities.map((s) => s.id),
	curriculumAreas: model.curriculumAreas.map((a) => a.id),
});

/** Each field that refers to an id (its path below a list's item), and the list whose ids it may take. */
const references: [list: string, path: string[], ids: keyof FrameworkIds][] = [
	['subCapabilities', ['capability'], 'capabilities'],
	['subCapabilities', ['pathwayDescriptions', 'propertyNames'], 'pathways'],
	['attributes', ['pathway'], 'pathways'],
	['attributes', ['capability'], 'capabilities'],
	['attributes', ['subCapability'], 'subCapabilities'],
	['attributes', ['areas', 'items'], 'curriculumAreas'],
	['resources', ['pathways', 'items'], 'pathways'],
	['resources', ['capabilities', 'items'], 'capabilities'],
	['resources', ['subCapabilities', 'items'], 'subCapabilities'],
	['resources', ['areas', 'items'], 'curriculumAreas'],
];

/**
 * `/framework.schema.json`: the JSON Schema (draft 2020-12) of `/framework.json`, generated from
 * the same zod schema the build checks the document with. `io: 'output'` describes the document as
 * published: defaults filled in and dates already text, so nothing in it is unrepresentable. Every
 * reference to a pathway, capability, sub-capability or area lists the content's ids as its `enum`,
 * so that a validator refuses one that does not exist, as the build's own checks do.
 */
export function frameworkJsonSchema(site: URL, ids: FrameworkIds) {
	const { $schema, ...schema } = z.toJSONSchema(frameworkExportSchema, { io: 'output' });
	type Node = Record<string, unknown>;
	for (const [list, [field, ...below], key] of references) {
		const item = ((schema.properties as Node)[list] as Node | undefined)?.['items'] as Node | undefined;
		let node = (item?.['properties'] as Node | undefined)?.[field!] as Node | undefined;
		for (const name of below) node = node?.[name] as Node | undefined;
		if (!node) throw new Error(`framework.schema.json: ${list}[].${[field, ...below].join('.')} is not in the generated schema: update \`references\` in src/lib/open-data.ts.`);
		node['enum'] = ids[key];
	}
	return {
		$schema,
		$id: new URL(openDataUrls.schema, site).href,
		title: '4C Leadership Capability Framework: open data',
		description: `The whole framework as one document, published at ${new URL(openDataUrls.json, site).href}. Where the site's own judgement begins, the fields say so: an attribute's areasFrom says whether its curriculum areas are the source's or the editors', the areas' descriptions are the site's own summaries, and a resource's links to the framework are the editors'.`,
		...schema,
	};
}

/** The CSV's columns, in order. New ones go last, so that importers reading columns by position keep working. */
export const csvColumns = ['pathway', 'capability', 'sub_capability', 'code', 'text', 'areas', 'areas_from', 'url', 'former_codes'] as const;

/** One row per attribute, in the document's order, with names a spreadsheet reader knows. */
export function frameworkCsvRows(document: FrameworkExport): Record<(typeof csvColumns)[number], string>[] {
	const title = <T extends { id: string }>(list: T[], id: string, name: (item: T) => string) => name(list.find((item) => item.id === id)!);
	return document.attributes.map((a) => ({
		pathway: title(document.pathways, a.pathway, (p) => pathwayLabels(p).label),
		capability: title(document.capabilities, a.capability, (c) => c.title),
		sub_capability: title(document.subCapabilities, a.subCapability, (s) => s.title),
		code: a.code,
		text: a.text,
		areas: a.areas.map((id) => title(document.curriculumAreas, id, (area) => area.title)).join('; '),
		areas_from: areasFromLabel[a.areasFrom],
		url: a.url,
		// As areas: several in one cell, "; " between.
		former_codes: a.formerCodes.join('; '),
	}));
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, semicolon, quote or line break, quotes
 * doubled. A field a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe and quotes, as OWASP's "CSV Injection" page advises, so that a
 * statement pasted with a formula in it is shown, never run. Written here rather than taken from
 * csv-stringify: these rules are the whole of the encoding the file needs.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return safe !== value || /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV text (RFC 4180): a header line, then one line per row, each ending in CRLF. */
export function toCsv<K extends string>(columns: readonly K[], rows: Record<K, string>[]): string {
	return [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/**
 * `/framework.csv`, in UTF-8 with a byte order mark first. Excel opens a CSV file without one in
 * the computer's legacy code page (Windows-1252 in England), which garbles every character outside
 * ASCII, such as the curly apostrophe in "team’s"; the mark tells it the file is UTF-8. Most other
 * tools skip it (csv-parse with `bom: true`, pandas with `encoding='utf-8-sig'`).
 */
export function frameworkCsv(document: FrameworkExport): string {
	return `\uFEFF${toCsv(csvColumns, frameworkCsvRows(document))}`;
}
