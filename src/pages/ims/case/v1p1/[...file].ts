/**
 * The CASE 1.1 provider (`/ims/case/v1p1/…`): one static JSON file per response body. Most files
 * have no extension, as the specification's paths have none: the host configurations serve them as
 * application/json (see docs/case.md).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { discoveryDocument } from '../../../../lib/case/discovery.ts';
import { caseFiles, discoveryFile } from '../../../../lib/case/provider.ts';
import { exchangeData } from '../../../../lib/exchange/input.ts';
import { getModel } from '../../../../lib/get-model.ts';
import { siteAddress } from '../../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
	// getStaticPaths has no `site` argument; Astro gives the same address as import.meta.env.SITE.
	const address = siteAddress(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
	const files = [...caseFiles(exchangeData(await getModel()), address), [discoveryFile, discoveryDocument(address)] as const];
	return files.map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['body'], null, '\t'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
