/**
 * The framework as the planner sees it: the pathways and strategies the page embeds, and each
 * pathway's attributes, loaded (`load`) when a plan needs them; and what a saved item is now:
 * found, found by a former id (the plan follows it), or gone (the saved words stay).
 */
import type { PlannerAttribute, PlannerCatalogue, PlannerData } from '../../lib/action-plan-data.ts';
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';
import { itemKey } from './plans.ts';

export interface ItemNow {
	/** The words to show: the current ones, or those saved when the item is gone. */
	title: string;
	code?: string | undefined;
	/** Where it sits: capability › sub-capability, or resource › section. */
	context?: string | undefined;
	/** Its place on the site. */
	href?: string | undefined;
	/** True when the framework no longer has it. */
	gone: boolean;
}

export class Catalogue {
	readonly data: PlannerData;
	readonly attributes = new Map<string, PlannerAttribute>();
	/** Each pathway's attributes once loaded, in framework order; `[]` for one that could not be. */
	readonly byPathway = new Map<string, PlannerAttribute[]>();
	#redirects: Record<string, string> = {};
	constructor(data: PlannerData) {
		this.data = data;
	}

	/** Loads the attributes of the plan's pathway and of its items' (once each); a pathway that fails to load stays unknown. */
	async load(plan: ActionPlan): Promise<void> {
		const needed = new Set([plan.pathway, ...plan.items.flatMap((i) => (i.kind === 'attribute' ? [i.pathway] : []))]);
		const missing = this.data.pathways.filter((p) => needed.has(p.id) && !this.byPathway.has(p.id));
		await Promise.all(
			missing.map(async (pathway) => {
				try {
					const part = (await (await fetch(pathway.catalogue)).json()) as PlannerCatalogue;
					for (const a of part.attributes) this.attributes.set(a.id, a);
					Object.assign(this.#redirects, part.redirects);
					this.byPathway.set(pathway.id, part.attributes);
				} catch {
					// Offline, say: the plan shows with the words it saved, and is tried again next time it is drawn.
				}
			}),
		);
	}

	/** "Pathway 2: Middle Leaders", or the id and a word for a pathway this site no longer has. */
	pathway(id: string): string {
		const pathway = this.data.pathways.find((p) => p.id === id);
		return pathway ? pathway.label : `${id} (no longer on this site)`;
	}

	/** "Pathway 2", or the id for a pathway this site no longer has. */
	pathwayShortLabel(id: string): string {
		return this.data.pathways.find((p) => p.id === id)?.shortLabel ?? id;
	}

	/** Moves items whose attribute id was renamed onto the current id; returns the item keys they had. */
	follow(plan: ActionPlan): string[] {
		const moved: string[] = [];
		for (const item of plan.items) {
			const current = this.#redirects[item.id];
			if (item.kind === 'attribute' && !this.attributes.has(item.id) && current && this.attributes.has(current)) {
				moved.push(itemKey(item));
				item.id = current;
			}
		}
		return moved;
	}

	now(item: PlanItem): ItemNow {
		if (item.kind === 'attribute') {
			const a = this.attributes.get(item.id);
			// Gone only if its pathway's attributes were loaded (or the pathway itself is gone) and it is not among them.
			const known = this.byPathway.has(item.pathway) || !this.data.pathways.some((p) => p.id === item.pathway);
			if (!a) return { title: item.text, code: item.code, gone: known };
			return { title: a.text, code: a.code, context: `${a.capability} › ${a.subCapability}`, href: a.url, gone: false };
		}
		const resource = this.data.resources.find((r) => r.id === item.resource);
		const group = resource?.groups.find((g) => g.strategies.some((s) => s.id === item.id));
		const strategy = group?.strategies.find((s) => s.id === item.id);
		if (!resource || !group || !strategy) return { title: item.text, context: item.groupTitle, gone: true };
		return { title: strategy.title, context: `${resource.title} › ${group.title}`, href: `${resource.url}#strategy-${strategy.id}`, gone: false };
	}
}
