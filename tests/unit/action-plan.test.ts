/** The action plan's file format: current exports read back as they are, old ones are upgraded, others are refused in a sentence. */
import { describe, expect, test } from 'vitest';
import { actionPlanExportSchema, itemLimit, migrateActionPlan, reviewLimit, type ActionPlanExport } from '../../schemas/action-plan/index.ts';
import { placeInPlan } from '../../schemas/action-plan/upgrade.ts';

const moment = '2026-03-04T09:30:00.000Z';
const planning = { added: moment, try: 'Ask before advising', whenWhere: 'Team meeting, 12 May', support: 'My supervisor', measure: 'More ideas from the team', reviews: [] };

const current: ActionPlanExport = {
	format: 'lcf-action-plan',
	version: 2,
	plan: {
		id: 'plan-abc-1234',
		name: 'Spring supervision',
		pathway: 'pathway-2',
		created: moment,
		updated: moment,
		items: [
			{ kind: 'attribute', id: 'p2-thresholds-applied-consistently', code: 'P2-CO3.3', text: 'Ensures that thresholds for risk are applied consistently.', pathway: 'pathway-2', level: 'developing', evidence: 'Audit', ...planning, reviews: [{ date: '2026-06-01', effect: 'Fewer re-referrals' }] },
			{ kind: 'strategy', id: 'storytelling-workshops', resource: 'expanding-capacity-in-practice', group: 'your-team', groupTitle: 'Your team', text: 'Storytelling workshops', ...planning },
		],
	},
};

const version1 = {
	format: 'lcf-action-plan',
	version: 1,
	id: 'plan-old-0001',
	title: 'My first plan',
	pathway: 'pathway-3',
	saved: moment,
	attributes: [{ id: 'p3-clarity-around-thresholds', code: 'P3-CO3.2', text: 'Provides clarity around thresholds.', level: 'confident', evidence: 'e', action: 'a', when: 'w', support: 's', success: 'm' }],
};

describe('action plan files', () => {
	test('a current export reads back unchanged', () => {
		const read = migrateActionPlan(JSON.parse(JSON.stringify(current)));
		expect(read).toEqual({ success: true, data: current, from: 2 });
	});

	test('a version 1 export is upgraded to the current version, keeping every answer', () => {
		const read = migrateActionPlan(version1);
		expect(read.success && read.from).toBe(1);
		if (!read.success) return;
		expect(actionPlanExportSchema.parse(read.data)).toEqual(read.data);
		expect(read.data.plan).toMatchObject({ id: 'plan-old-0001', name: 'My first plan', pathway: 'pathway-3', created: moment, updated: moment });
		expect(read.data.plan.items).toEqual([
			{ kind: 'attribute', id: 'p3-clarity-around-thresholds', code: 'P3-CO3.2', text: 'Provides clarity around thresholds.', pathway: 'pathway-3', level: 'confident', evidence: 'e', added: moment, try: 'a', whenWhere: 'w', support: 's', measure: 'm', reviews: [] },
		]);
	});

	test.each([
		['another JSON file', { name: 'package', version: '1.0.0' }, 'It is not an action plan exported from this planner.'],
		['a list', [1, 2, 3], 'It is not an action plan exported from this planner.'],
		['null', null, 'It is not an action plan exported from this planner.'],
		['a newer version', { ...current, version: 3 }, 'It was made by a newer version of the planner (version 3) than this site has.'],
	])('refuses %s, saying why', (_, input, message) => {
		expect(migrateActionPlan(input)).toEqual({ success: false, error: message });
	});

	test('a damaged plan is refused, naming the part that is wrong', () => {
		const damaged = structuredClone(current) as { plan: { items: { text: string; reviews: { date: string }[] }[] } };
		damaged.plan.items[0]!.reviews[0]!.date = '1 June';
		const read = migrateActionPlan(damaged);
		expect(read.success).toBe(false);
		expect(!read.success && read.error).toBe('It is an action plan, but part of it is damaged: in item 1, review 1, the date must be a date written YYYY-MM-DD. Export the plan again from the planner it came from, or ask whoever sent it for a new copy.');
	});

	test('a plan with more items than any real plan is refused on import, saying so', () => {
		const [attribute] = current.plan.items;
		const items = Array.from({ length: itemLimit + 1 }, (_, i) => ({ ...attribute!, id: `p2-attribute-${i}` }));
		expect(migrateActionPlan({ ...current, plan: { ...current.plan, items: items.slice(0, itemLimit) } }).success).toBe(true);
		const read = migrateActionPlan({ ...current, plan: { ...current.plan, items } });
		expect(!read.success && read.error).toBe(
			"It is an action plan, but part of it is damaged: the plan's items holds more than 500 items, more than any real plan: it cannot be this planner's own. Export the plan again from the planner it came from, or ask whoever sent it for a new copy.",
		);
	});

	test('an item with more reviews than any real plan is refused on import', () => {
		const [attribute] = current.plan.items;
		const reviews = Array.from({ length: reviewLimit + 1 }, () => ({ date: '2026-06-01', effect: 'Fewer re-referrals' }));
		const read = migrateActionPlan({ ...current, plan: { ...current.plan, items: [{ ...attribute!, reviews }] } });
		expect(!read.success && read.error).toMatch(/damaged: in item 1, the reviews holds more than 200 reviews/);
	});

	test('a field the planner does not know is refused rather than dropped', () => {
		const read = migrateActionPlan({ ...current, plan: { ...current.plan, password: 'x' } });
		expect(!read.success && read.error).toBe('It is an action plan, but part of it is damaged: the plan has a field this planner does not know (password). Export the plan again from the planner it came from, or ask whoever sent it for a new copy.');
	});

	test.each([
		[['plan', 'items', 0, 'reviews', 1, 'date'], 'in item 1, review 2, the date'],
		[['plan', 'items', 2, 'level'], 'in item 3, the rating'],
		[['plan', 'items'], "the plan's items"],
		[['plan', 'name'], "the plan's name"],
		[['plan'], 'the plan'],
	])('names the part of a plan %j in words', (path, words) => expect(placeInPlan(path)).toBe(words));

	test('a damaged version 1 file is refused too', () => {
		const read = migrateActionPlan({ ...version1, attributes: [{ ...version1.attributes[0], level: 'expert' }] });
		expect(!read.success && read.error).toMatch(/^It is an action plan, but part of it is damaged: in item 1, the rating must be "not-yet", "developing" or "confident"\. Export the plan again/);
	});
});
