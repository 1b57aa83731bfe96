/** `/framework.schema.json`: the JSON Schema of `/framework.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { frameworkJsonSchema, siteAddress } from '../lib/open-data.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(frameworkJsonSchema(siteAddress(site)), null, 2)}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});
