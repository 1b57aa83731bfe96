/** What the planner's parts (`parts.ts`) may use of `<lcf-action-plan>`. */
import type { Catalogue } from './catalogue.ts';
import type { StoredPlan } from './merge.ts';
import type { PlanStore } from './plans.ts';

export interface Planner {
	readonly root: HTMLElement;
	/** The notification banner, which moves to where the reader carries on (and may be out of the page between times). */
	readonly banner: HTMLElement;
	/** The plans, as this tab holds them. */
	store: PlanStore;
	/** The plan open in this tab, unless none is (or it is too large to open). */
	readonly plan: StoredPlan | undefined;
	readonly catalogue: Catalogue;
	/** Opens a plan in this tab, and makes it the current one. */
	open(id: string): void;
	/**
	 * Saves the plans, merged with other tabs' first; false when the browser refuses. Unless
	 * `changedHere` is false (a save of what another tab did), the open plan becomes the current one.
	 */
	save(changedHere?: boolean): boolean;
	/** Draws the plans again, and the open plan. */
	render(): Promise<void>;
	/** Merges what other tabs have saved into this tab's plans. */
	sync(): boolean;
}
