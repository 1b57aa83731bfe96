/** `/action-plan/<pathway>.json`: one pathway's attributes for the planner, loaded when a plan for it is opened. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { plannerCatalogue } from '../../lib/action-plan-data.ts';
import { getModel } from '../../lib/get-model.ts';

export const getStaticPaths = (async () => (await getModel()).pathways.map((pathway) => ({ params: { pathway: pathway.id }, props: { pathway } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(plannerCatalogue(props['pathway']));
