/** `/framework.csv`: one row per attribute, for spreadsheets (see `frameworkCsv`). */
import type { APIRoute } from 'astro';
import { getFramework } from '../lib/framework.ts';
import { frameworkCsv, frameworkExport, siteAddress } from '../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(frameworkCsv(frameworkExport(await getFramework(), siteAddress(site))), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
	});
