/**
 * The CASE 1.1 provider's files (`/ims/case/v1p1/…`), one `[path, body]` JSON line each, for
 * `scripts/build-steps/case-files.ts` to write out; removed from the site afterwards. One endpoint,
 * not a page per file: there are several for every item, and Astro keeps every page's path and
 * props in memory for the whole build (at 50× the content, a quarter of a million of them).
 */
import type { APIRoute } from 'astro';
import { discoveryDocument } from '../lib/case/discovery.ts';
import { caseFiles, discoveryFile } from '../lib/case/provider.ts';
import { exchangeData } from '../lib/exchange/input.ts';
import { getModel } from '../lib/get-model.ts';
import { siteAddress } from '../lib/open-data.ts';

export const GET: APIRoute = async () => {
	const address = siteAddress(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
	const files = [...caseFiles(exchangeData(await getModel()), address), [discoveryFile, discoveryDocument(address)] as const];
	return new Response(files.map((entry) => JSON.stringify(entry)).join('\n'), { headers: { 'content-type': 'application/x-ndjson' } });
};
