/** `/framework.csv`: one row per attribute, for spreadsheets (see `frameworkCsv`). */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/get-model.ts';
import { frameworkCsv, frameworkExport, siteAddress } from '../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(frameworkCsv(frameworkExport(await getModel(), siteAddress(site))), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
	});
