/**
 * The files learning platforms import, one of each per pathway: Moodle competency frameworks and
 * Canvas outcomes (see src/lib/exchange/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { canvasCsv } from '../../lib/exchange/canvas.ts';
import { moodleCsv } from '../../lib/exchange/moodle.ts';
import { exchangeUrls } from '../../lib/exchange/urls.ts';
import { getFramework } from '../../lib/framework.ts';

const fileName = (url: string) => url.slice('/downloads/'.length);
const csv = 'text/csv; charset=utf-8; header=present';

export const getStaticPaths = (async () => {
	const model = await getFramework();
	return model.pathways.flatMap((pathway) => [
		{ params: { file: fileName(exchangeUrls.moodle(pathway.id)) }, props: { body: moodleCsv(model, pathway), type: csv } },
		{ params: { file: fileName(exchangeUrls.canvas(pathway.id)) }, props: { body: canvasCsv(model, pathway), type: csv } },
	]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'content-type': props['type'] as string } });
