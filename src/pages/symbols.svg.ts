/** `/symbols.svg`: the curriculum-area symbols as one cached sprite, referenced by the area tags. */
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
