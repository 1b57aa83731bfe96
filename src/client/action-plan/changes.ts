/**
 * What follows a change to the plans, made here or in another tab: save, draw the plans again, say
 * what happened, and put focus where the reader carries on, keeping what they are typing.
 */
import { stamp } from './merge.ts';
import { now } from './plans.ts';
import type { Planner } from './planner-state.ts';
import { printView } from './print-view.ts';
import { showChosen } from './render.ts';
import { readStore } from './storage.ts';

/**
 * Says what happened in a GOV.UK notification banner, in the flow just before `before` (where the
 * reader carries on), and focuses it, so that it is read and never covers what has focus.
 */
function notice({ root, banner }: Planner, text: string, before: Element | null, success: boolean, focus = true) {
	banner.querySelector('[data-slot="notice-text"]')!.textContent = text;
	banner.querySelector('[data-slot="notice-title"]')!.textContent = banner.dataset[success ? 'success' : 'important']!;
	banner.classList.toggle('lcf-notification-banner--success', success);
	(before ?? root.querySelector('#plans-heading'))!.before(banner);
	banner.hidden = false;
	if (focus) focusInView(banner);
}

/**
 * Focuses the banner, or where the reader carries on, and keeps it in view. A smooth scroll still
 * under way (to the button just pressed, with `scroll-behavior: smooth`) would carry it out of view
 * after the browser's own scroll to focus: that is stopped, and a frame later, the layout settled,
 * the element is scrolled to unless it is in view.
 */
function focusInView(element: HTMLElement) {
	element.focus({ preventScroll: true });
	scrollTo({ top: scrollY, left: scrollX, behavior: 'instant' });
	requestAnimationFrame(() => {
		const { top, bottom } = element.getBoundingClientRect();
		if (top < 0 || bottom > innerHeight) element.scrollIntoView({ block: 'start', behavior: 'instant' });
	});
}

/** After a change: `saved` runs only if the save worked; a failed save says so, and leaves what was typed. */
export async function done(planner: Planner, message: string, focus: string, saved?: () => void): Promise<void> {
	const { root } = planner;
	const ok = planner.save();
	if (ok) saved?.();
	await planner.render();
	planner.banner.hidden = true;
	const target = root.querySelector<HTMLElement>(focus);
	if (!ok) notice(planner, root.dataset['unsaved']!, target, false);
	else if (message) notice(planner, message, target, true);
	else if (target) focusInView(target);
}

/** Saves a field of an item as it is typed or chosen. */
export function edit(planner: Planner, event: Event): void {
	const field = event.target as HTMLInputElement;
	if (field.id === 'add-attribute') return showChosen(planner.root, planner.catalogue);
	const name = field.dataset['field'];
	const li = field.closest<HTMLElement>('[data-item]');
	const plan = planner.plan;
	if (!plan || !name || !li || (field.type === 'radio' && !field.checked)) return;
	const item = plan.items[Number(li.dataset['item'])]!;
	Object.assign(item, { [name]: field.value });
	plan.updated = now();
	stamp(item, name, plan.updated);
	// Only a failure interrupts: it is said by the field, which keeps focus and what was typed.
	if (!planner.save()) notice(planner, planner.root.dataset['unsaved']!, field.closest('.lcf-form-group'), false, false);
	printView(planner.root, plan, planner.catalogue);
}

/**
 * Another tab saved: merge, and show the result, keeping focus, the caret and anything typed here
 * and not yet sent. If this tab held changes the other had not seen, they are saved again.
 */
export async function fromOtherTab(planner: Planner, deletedAll: boolean): Promise<void> {
	const focused = document.activeElement as HTMLInputElement | null;
	const [id, start, end] = [focused?.id, focused?.selectionStart, focused?.selectionEnd];
	if (deletedAll) planner.store = readStore();
	else if (planner.sync()) planner.save(false);
	await planner.render();
	const again = id ? (document.getElementById(id) as HTMLInputElement | null) : null;
	again?.focus();
	if (again && start != null && again !== focused) again.setSelectionRange(start, end ?? start);
}
