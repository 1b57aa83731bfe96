/** Steps the action planner's browser tests share: starting a plan, adding to it, reading what it says. */
import type { Page } from 'playwright-core';

export const storageKey = 'lcf-action-plan';

/**
 * The planner loads once the page has painted (action-plan.astro): wait until it has drawn the page,
 * and the open plan, which waits for its pathway's attributes (a reload under load read "Your plan").
 */
export const plannerDrawn = (page: Page) => page.waitForSelector('[data-planner-drawn] [data-planner-screen]:not([hidden])');

export const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKey);

/** What the notification banner says (its title, "Success" or "Important", aside). */
export const notice = (page: Page) => page.textContent('[data-planner-notice] [data-slot="notice-text"]');

/** Waits for the banner to have focus, just before the element where the reader carries on. */
export const bannerBefore = (page: Page, selector: string) =>
	page.waitForFunction((s) => document.activeElement?.matches('[data-planner-notice]') && document.activeElement.nextElementSibling?.matches(s), selector);

/** Opens "Start a new plan or import one" unless it is open (it is, when there are no plans). */
export async function openStart(page: Page) {
	if (!(await page.locator('[data-planner-start][open]').count())) await page.click('summary:has-text("Start a new plan")');
}

/** Starts a plan for a pathway through the form, as a reader would. */
export async function startPlan(page: Page, pathway: string, name?: string) {
	await openStart(page);
	await page.check(`#new-plan-${pathway}`);
	if (name) await page.fill('#new-plan-name', name);
	await page.click('button:has-text("Start plan")');
	await bannerBefore(page, '#plan-heading');
}

export async function addAttribute(page: Page, id: string) {
	const count = await page.locator('[data-slot="plan-items"] > li').count();
	await page.selectOption('#add-attribute', id);
	await page.click('button:has-text("Add attribute")');
	await page.waitForFunction((n) => document.querySelectorAll('[data-slot="plan-items"] > li').length > n, count);
}

/**
 * A plan as a leader brings it to supervision: four Pathway 2 attributes (one with no level chosen
 * yet), with what they will try, some reviews, and a strategy. Long enough to print on several pages.
 */
export function supervisionPlan() {
	const time = '2026-03-02T09:00:00.000Z';
	const planning = (n: number) => ({
		added: time,
		try: `Ask two members of the team for feedback after each case discussion, and write down one thing to change (${n}).`,
		whenWhere: 'At the fortnightly team meeting, starting on 12 May.',
		support: 'My supervisor, and a peer from the next team.',
		measure: 'The team brings harder questions to case discussion; fewer decisions are escalated to me without a view.',
	});
	const reviews = [
		{ date: '2026-04-01', effect: 'Two people gave feedback; both said I close down discussion too quickly when time is short.' },
		{ date: '2026-05-06', effect: 'I waited before giving my view in three discussions; the team offered more options than before.' },
	];
	const attribute = (id: string, code: string, text: string, level: string, n: number) => ({
		kind: 'attribute', id, code, text, pathway: 'pathway-2', level,
		evidence: level ? 'Feedback from my last appraisal, and notes from two case discussions where I led the conversation.' : '',
		...planning(n), reviews: n % 2 ? reviews : reviews.slice(0, 1),
	});
	return {
		id: 'plan-supervision-0001', name: 'Supervision, spring term', pathway: 'pathway-2', created: time, updated: time,
		items: [
			attribute('p2-clear-on-own-strengths', 'P2-CU2.1', 'Clear on own strengths and development areas.', 'developing', 1),
			attribute('p2-asks-for-feedback', 'P2-CU4.2', 'Asks for feedback on how supervisees experience the relationship in order to strengthen the ability to effectively work together.', '', 2),
			attribute('p2-relationship-based-approach', 'P2-CU4.1', 'Demonstrates a relationship-based approach to working with supervisees; identifying strengths and development areas and tailoring support and challenge accordingly.', 'not-yet', 3),
			attribute('p2-effective-stable-leadership', 'P2-CU5.1', 'Understanding what effective and stable leadership looks like and is a role model to team members.', 'confident', 4),
		],
	};
}

/** Stores a plan in this browser's planner as its only plan, and reloads the page. */
export async function storePlan(page: Page, plan: { id: string }) {
	await page.evaluate(([key, p]) => localStorage.setItem(key, JSON.stringify({ version: 2, current: p.id, plans: [p] })), [storageKey, plan] as const);
	await page.reload();
}
