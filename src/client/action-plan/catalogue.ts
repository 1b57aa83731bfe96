/**
 * The framework as the planner sees it (from the JSON `/action-plan/` embeds), and what a saved
 * item is now: found, found by a former id (the plan follows it), or gone (the saved words stay).
 */
import type { PlannerAttribute, PlannerData } from '../../lib/action-plan-data.ts';
import type { ActionPlan, PlanItem } from '../../../schemas/action-plan/index.ts';

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
	readonly attributes: Map<string, PlannerAttribute>;
	constructor(data: PlannerData) {
		this.data = data;
		this.attributes = new Map(data.attributes.map((a) => [a.id, a]));
	}

	/** "Pathway 2: Middle Leaders", or the id and a word for a pathway this site no longer has. */
	pathway(id: string): string {
		const pathway = this.data.pathways.find((p) => p.id === id);
		return pathway ? `Pathway ${pathway.number}: ${pathway.title}` : `${id} (no longer on this site)`;
	}

	/** Moves items whose attribute id was renamed onto the current id; says whether any moved. */
	follow(plan: ActionPlan): boolean {
		let moved = false;
		for (const item of plan.items) {
			const current = this.data.redirects[item.id];
			if (item.kind === 'attribute' && !this.attributes.has(item.id) && current && this.attributes.has(current)) {
				item.id = current;
				moved = true;
			}
		}
		return moved;
	}

	now(item: PlanItem): ItemNow {
		if (item.kind === 'attribute') {
			const a = this.attributes.get(item.id);
			if (!a) return { title: item.text, code: item.code, gone: true };
			return { title: a.text, code: a.code, context: `${a.capability} › ${a.subCapability}`, href: `/pathways/${a.pathway}/#${a.id}`, gone: false };
		}
		const resource = this.data.resources.find((r) => r.id === item.resource);
		const group = resource?.groups.find((g) => g.strategies.some((s) => s.id === item.id));
		const strategy = group?.strategies.find((s) => s.id === item.id);
		if (!resource || !group || !strategy) return { title: item.text, context: item.groupTitle, gone: true };
		return { title: strategy.title, context: `${resource.title} › ${group.title}`, href: `${resource.url}#strategy-${strategy.id}`, gone: false };
	}
}
