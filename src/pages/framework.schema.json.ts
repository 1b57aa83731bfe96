/** `/framework.schema.json`: the JSON Schema of `/framework.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/get-model.ts';
import { frameworkIds, frameworkJsonSchema, siteAddress } from '../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(frameworkJsonSchema(siteAddress(site), frameworkIds(await getModel())), null, 2)}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});
