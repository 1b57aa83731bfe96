/** `/framework.json`: the whole framework as open data, checked against its schema as it is built. */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/get-model.ts';
import { frameworkExport, siteAddress } from '../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(frameworkExport(await getModel(), siteAddress(site)), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
