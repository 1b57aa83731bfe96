/**
 * The files other tools import: for each pathway a Moodle competency framework and Canvas outcomes
 * (see src/lib/exchange/), and for the framework and each pathway a reference in BibTeX, RIS and
 * CSL-JSON (see src/lib/cite/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, citationMediaTypes } from '../../lib/cite/formats.ts';
import { frameworkReference, pathwayReference } from '../../lib/cite/references.ts';
import { canvasCsv } from '../../lib/exchange/canvas.ts';
import { moodleCsv } from '../../lib/exchange/moodle.ts';
import { citationExtensions, exchangeUrls, type CitationFormat } from '../../lib/exchange/urls.ts';
import { exchangeData } from '../../lib/exchange/input.ts';
import { getModel } from '../../lib/get-model.ts';
import { siteAddress } from '../../lib/open-data.ts';

const fileName = (url: string) => url.slice('/downloads/'.length);
const csv = 'text/csv; charset=utf-8; header=present';
const formats = Object.keys(citationExtensions) as CitationFormat[];

export const getStaticPaths = (async () => {
	const model = exchangeData(await getModel());
	// getStaticPaths has no `site` argument; Astro gives the same address as import.meta.env.SITE.
	const site = siteAddress(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
	const references = [
		{ subject: 'framework', item: frameworkReference(model, site) },
		...model.pathways.map((pathway) => ({ subject: pathway.id, item: pathwayReference(model, pathway, site) })),
	];
	return [
		...model.pathways.flatMap((pathway) => [
			{ params: { file: fileName(exchangeUrls.moodle(pathway.id)) }, props: { body: moodleCsv(model, pathway, site), type: csv } },
			{ params: { file: fileName(exchangeUrls.canvas(pathway.id)) }, props: { body: canvasCsv(model, pathway), type: csv } },
		]),
		...references.flatMap(({ subject, item }) =>
			formats.map((format) => ({ params: { file: fileName(exchangeUrls.citation(subject, format)) }, props: { body: citationFile([item], format), type: citationMediaTypes[format] } })),
		),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'content-type': props['type'] as string } });
