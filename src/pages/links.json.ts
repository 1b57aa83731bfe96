/** `/links.json`: every citable item with its code and permanent address, for tools. */
import type { APIRoute } from 'astro';
import { citableItems } from '../lib/citations.ts';
import { getModel } from '../lib/get-model.ts';

export const GET: APIRoute = async ({ site }) =>
	Response.json(citableItems(await getModel()).map((item) => ({ ...item, url: new URL(item.url, site).href })));
