/** `/og-image.png`: the picture a pasted link shows in previews (drawn by `scripts/og-image.ts`). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';

// From the project folder, as the content is read (the bundled build has no source folder of its own).
export const GET: APIRoute = async () =>
	new Response(await readFile(path.join(process.cwd(), 'src/assets/og-image.png')), { headers: { 'content-type': 'image/png' } });
