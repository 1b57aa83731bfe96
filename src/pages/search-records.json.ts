/** The search records, for `scripts/build-steps/search-index.ts` to index; removed from the site afterwards. */
import type { APIRoute } from 'astro';
import { getModel } from '../lib/get-model.ts';
import { searchRecords } from '../lib/search-records.ts';

export const GET: APIRoute = async () => Response.json(searchRecords(await getModel()));
