/** `/links.json`: every citable item with its code and permanent address, for tools. */
import type { APIRoute } from 'astro';
import { citableItems } from '../lib/citations.ts';
import { getFramework } from '../lib/framework.ts';

export const GET: APIRoute = async ({ site }) =>
	Response.json(citableItems(await getFramework()).map((item) => ({ ...item, url: new URL(item.url, site).href })));
