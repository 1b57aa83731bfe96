/**
 * `/symbols.svg`: the curriculum-area symbols as one sprite. The site's pages no longer use it (each
 * defines the symbols it shows: PageShell), but it has been published, so it stays.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/get-model.ts';
import { symbolDefinition } from '../lib/symbols.ts';

export const GET: APIRoute = async () => {
	const { curriculumAreas } = await getModel();
	const symbols = curriculumAreas.flatMap((area) => (area.sourceSymbol ? [symbolDefinition(area.sourceSymbol)] : []));
	return new Response(`<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>`, {
		headers: { 'content-type': 'image/svg+xml' },
	});
};
