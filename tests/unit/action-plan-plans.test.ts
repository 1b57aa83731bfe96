/** The planner's logic on small plans in memory: items, which plan "Add to your plan" picks, imported copies, storage, renamed ids. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { itemLimit, planItemFieldOrder, planAttributeSchema, planStrategySchema, reviewLimit, type ActionPlan } from '../../schemas/action-plan/index.ts';
import { Catalogue } from '../../src/client/action-plan/catalogue.ts';
import { html } from '../../src/client/action-plan/html.ts';
import { importedCopy } from '../../src/client/action-plan/imported-copy.ts';
import { addItem, choose, defaultPlanName, fitsLimits, itemKey, newItem, planFor, type PlanStore } from '../../src/client/action-plan/plans.ts';
import { addToPlan, deleteAllData, openKey, readStore, startPlan, storageKey, unreadableKey, writeStore } from '../../src/client/action-plan/storage.ts';
import { planFile } from '../../src/client/action-plan/transfer.ts';
import type { PlannerCatalogue, PlannerData } from '../../src/lib/action-plan-data.ts';

const plan = (id: string, pathway: string, updated: string, name = id): ActionPlan => ({ id, name, pathway, created: updated, updated, items: [] });
const store = (plans: ActionPlan[], current: string | null = null): PlanStore => ({ version: 2, current, plans });
const attribute = (id: string, pathway: string) => ({ id, code: 'P2-CU1.1', text: 'Knows self.', pathway });
const strategy = { kind: 'strategy', id: 'workshops', resource: 'practice', group: 'team', groupTitle: 'Your team', text: 'Workshops', pathway: 'pathway-2' };

/** A Storage in memory, as the browser's localStorage behaves. */
function memoryStorage(entries: Record<string, string> = {}) {
	const map = new Map(Object.entries(entries));
	return {
		get length() {
			return map.size;
		},
		key: (i: number) => [...map.keys()][i] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key),
		map,
	};
}

describe('itemKey', () => {
	test('is the same for the same attribute, whatever its words', () =>
		expect(itemKey(newItem({ ...attribute('a', 'pathway-2'), text: 'Other words.' }))).toBe(itemKey(newItem(attribute('a', 'pathway-2')))));

	test('tells apart strategies of the same id in two resources', () =>
		expect(itemKey(newItem(strategy))).not.toBe(itemKey(newItem({ ...strategy, resource: 'other' }))));
});

describe('addItem', () => {
	test('adds an item once, and says when it is there already', () => {
		const p = plan('p', 'pathway-2', '2000-01-01T00:00:00.000Z');
		expect(addItem(p, newItem(attribute('a', 'pathway-2')), 't1')).toBe(true);
		expect(addItem(p, newItem(attribute('a', 'pathway-2')), 't2')).toBe(false);
		expect(p.items).toHaveLength(1);
		expect(p.updated).toBe('t1');
	});
});

describe('planFor ("Add to your plan")', () => {
	const older = plan('older', 'pathway-2', '2001-01-01T00:00:00.000Z');
	const newer = plan('newer', 'pathway-2', '2002-01-01T00:00:00.000Z');
	const other = plan('other', 'pathway-3', '2003-01-01T00:00:00.000Z');

	test('adds to the current plan when it is for the item’s pathway', () =>
		expect(planFor(store([older, newer, other], 'older'), attribute('a', 'pathway-2'))).toBe(older));

	test('else to the latest plan for that pathway', () =>
		expect(planFor(store([older, newer, other], 'other'), attribute('a', 'pathway-2'))).toBe(newer));

	test('else to none, so that a new plan is started', () => expect(planFor(store([other], 'other'), attribute('a', 'pathway-2'))).toBeUndefined());

	// #20: the plan a leader opened in this tab, though the store's current plan is another.
	test('adds to the plan open in the tab when it is for the item’s pathway, before the current plan', () => {
		expect(planFor(store([older, newer, other], 'other'), attribute('a', 'pathway-2'), 'older')).toBe(older);
		expect(planFor(store([older, newer, other], 'newer'), attribute('a', 'pathway-2'), 'older')).toBe(older);
	});

	test('else to the current plan when it is for the item’s pathway, the open one not being', () =>
		expect(planFor(store([older, newer, other], 'older'), attribute('a', 'pathway-2'), 'other')).toBe(older));

	test('falls back to the current plan when the one open in the tab has gone', () =>
		expect(planFor(store([older, newer, other], 'older'), attribute('a', 'pathway-2'), 'deleted-since')).toBe(older));

	test('adds a strategy as an attribute, by the pathway of its page', () => {
		expect(planFor(store([older, newer, other], 'other'), strategy, 'older')).toBe(older);
		expect(planFor(store([newer, other], 'other'), strategy, 'other')).toBe(newer);
		expect(planFor(store([other]), strategy), 'a new plan for its pathway').toBeUndefined();
	});

	test('adds a strategy of a resource for several pathways to a plan for any of them, else starts one', () => {
		const both = { ...strategy, pathways: 'pathway-2 pathway-3' };
		expect(planFor(store([older, other], 'other'), both, 'other'), 'the open Pathway 3 plan').toBe(other);
		expect(planFor(store([older, other], 'older'), both, null)).toBe(older);
		expect(planFor(store([older, other]), both, null), 'the latest of either').toBe(other);
		expect(planFor(store([plan('p4', 'pathway-4', '2000-01-01T00:00:00.000Z')], 'p4'), both, 'p4'), 'none for its pathways').toBeUndefined();
	});

	test('adds an item with no pathway to the open plan, else the latest', () => {
		const { pathway: _, ...anywhere } = strategy;
		expect(planFor(store([newer, other], 'newer'), anywhere, 'other')).toBe(other);
		expect(planFor(store([newer, other, plan('p4', 'pathway-4', '2000-01-01T00:00:00.000Z')]), anywhere)).toBe(other);
	});
});

describe('importedCopy', () => {
	const spring = plan('spring', 'pathway-2', '2001-01-01T00:00:00.000Z', 'Spring');

	test('keeps a plan that is not here yet as it is', () => expect(importedCopy([], spring)).toBe(spring));

	test('numbers a second and a third copy, with new ids, and never writes over the first', () => {
		const first = importedCopy([spring], spring, () => 'id-1');
		expect(first).toMatchObject({ id: 'id-1', name: 'Spring (imported copy 1)' });
		expect(importedCopy([spring, first], spring, () => 'id-2')).toMatchObject({ id: 'id-2', name: 'Spring (imported copy 2)' });
		expect(spring).toMatchObject({ id: 'spring', name: 'Spring' });
	});

	test('keeps a copy’s name within the 200 characters a name may have', () =>
		expect(importedCopy([spring], { ...spring, name: 'x'.repeat(200) }).name.length).toBeLessThanOrEqual(200));
});

describe('defaultPlanName', () => {
	test('names a plan for its pathway', () => expect(defaultPlanName('Pathway 12')).toBe('Pathway 12 action plan'));
});

describe('plan storage', () => {
	test('reads back what it wrote', () => {
		const storage = memoryStorage();
		const s = store([plan('p', 'pathway-2', '2001-01-01T00:00:00.000Z')], 'p');
		writeStore(s, storage);
		expect(readStore(storage)).toEqual(s);
	});

	test('starts empty when nothing is stored', () => expect(readStore(memoryStorage())).toEqual(store([])));

	test('sets aside what it cannot read, so that the next save does not write over it', () => {
		const storage = memoryStorage({ [storageKey]: '{not json' });
		expect(readStore(storage)).toEqual(store([]));
		expect(storage.map.get(unreadableKey)).toBe('{not json');
	});

	// Valid JSON of the wrong shape once stopped the planner drawing at all, "Delete all my data" too.
	test.each([
		['items that are not a list', { items: 'x' }],
		['no plan at all', null],
		['an item that is not one', { items: [42] }],
		['an item without its reviews', { items: [{ kind: 'attribute', id: 'a', text: 'A.' }] }],
	])('keeps the plans it can read, and sets the rest aside, when one has %s', (_, damage) => {
		const good = plan('p', 'pathway-2', '2001-01-01T00:00:00.000Z');
		const raw = JSON.stringify(store([good, damage === null ? null : { ...plan('q', 'pathway-3', '2001-01-02T00:00:00.000Z'), ...damage }] as ActionPlan[], 'q'));
		const storage = memoryStorage({ [storageKey]: raw });
		expect(readStore(storage).plans).toEqual([good]);
		expect(storage.map.get(unreadableKey)).toBe(raw);
	});

	test('deletes every key of its own, and nothing else', () => {
		const storage = memoryStorage({ [storageKey]: '{}', [`${storageKey}-open`]: 'p', theme: 'dark' });
		deleteAllData(storage);
		expect([...storage.map.keys()]).toEqual(['theme']);
	});

	test('"Add to your plan" starts a plan for the pathway when there is none, then adds to it', () => {
		const [storage, tab] = [memoryStorage(), memoryStorage()];
		const first = addToPlan(attribute('a', 'pathway-3'), 'Pathway 3', storage, tab);
		expect(first).toMatchObject({ added: true, plan: { name: 'Pathway 3 action plan', pathway: 'pathway-3' } });
		expect(addToPlan(attribute('a', 'pathway-3'), 'Pathway 3', storage, tab).added).toBe(false);
		expect(addToPlan(attribute('b', 'pathway-3'), 'Pathway 3', storage, tab).plan.id).toBe(first.plan.id);
		expect(readStore(storage)).toMatchObject({ current: first.plan.id, plans: [{ items: [{ id: 'a' }, { id: 'b' }] }] });
	});

	test('"Add to your plan" adds to the plan open in its tab, which then stays open there and becomes the current one', () => {
		const storage = memoryStorage();
		const s = store([]);
		const [spring, pathway2, pathway3] = [startPlan(s, 'pathway-2', 'Spring'), startPlan(s, 'pathway-2', 'Pathway 2 action plan'), startPlan(s, 'pathway-3', 'Pathway 3 action plan')];
		writeStore(s, storage);
		const tab = memoryStorage({ [openKey]: spring.id });
		expect(addToPlan(attribute('a', 'pathway-2'), 'Pathway 2', storage, tab).plan.name).toBe('Spring');
		expect(readStore(storage).current).toBe(spring.id);
		// A Pathway 3 attribute goes to the Pathway 3 plan, which is then the one "view your plan" shows.
		expect(addToPlan(attribute('b', 'pathway-3'), 'Pathway 3', storage, tab).plan.id).toBe(pathway3.id);
		expect([tab.map.get(openKey), readStore(storage).current]).toEqual([pathway3.id, pathway3.id]);
		expect(readStore(storage).plans.map((p) => p.items.length)).toEqual([1, 0, 1]);
		expect(pathway2.items).toEqual([]);
	});
});

describe('choose', () => {
	test('makes a plan the current one, noting when', () => {
		const s = store([plan('p', 'pathway-2', 't')]);
		choose(s, 'p', '2026-01-01T00:00:00.000Z');
		expect(s).toMatchObject({ current: 'p', currentAt: '2026-01-01T00:00:00.000Z' });
	});
});

describe('planFile', () => {
	test('writes the format, its version and each item’s fields in the schema’s order', () => {
		const p = plan('p', 'pathway-2', '2001-01-01T00:00:00.000Z');
		const item = newItem(attribute('a', 'pathway-2'), '2001-01-01T00:00:00.000Z');
		p.items.push(Object.fromEntries(Object.entries(item).reverse()) as typeof item);
		const file = JSON.parse(planFile(p));
		expect(file).toMatchObject({ format: 'lcf-action-plan', version: 2 });
		expect(Object.keys(file.plan.items[0])).toEqual(planItemFieldOrder.filter((key) => key in item));
	});

	test('the field order is the schemas’ own, so that a file exported twice is the same file', () => {
		for (const schema of [planAttributeSchema, planStrategySchema]) {
			const keys = Object.keys(schema.shape);
			expect(planItemFieldOrder.filter((key) => keys.includes(key))).toEqual(keys);
		}
	});
});

describe('fitsLimits', () => {
	const big = (items: number, reviews = 0) => {
		const p = plan('big', 'pathway-2', 't');
		p.items = Array.from({ length: items }, (_, i) => ({ ...newItem(attribute(`a${i}`, 'pathway-2')), reviews: Array.from({ length: reviews }, () => ({ date: '2026-01-01', effect: 'x' })) }));
		return p;
	};

	test('holds a plan to the limits an import holds to', () => {
		expect([fitsLimits(big(itemLimit)), fitsLimits(big(itemLimit + 1))]).toEqual([true, false]);
		expect([fitsLimits(big(1, reviewLimit)), fitsLimits(big(1, reviewLimit + 1))]).toEqual([true, false]);
	});

	test('"Add to your plan" never adds to a stored plan beyond them', () => {
		const over = big(itemLimit + 1);
		expect(planFor(store([over], over.id), attribute('x', 'pathway-2'))).toBeUndefined();
	});
});

describe('Catalogue', () => {
	const data: PlannerData = {
		pathways: [{ id: 'pathway-2', label: 'Pathway 2: Middle Leaders', shortLabel: 'Pathway 2', catalogue: '/action-plan/pathway-2.json' }],
		resources: [{ id: 'practice', title: 'In practice', url: '/resources/practice/', groups: [{ id: 'team', title: 'Your team', strategies: [{ id: 'workshops', title: 'Workshops' }] }] }],
	};
	const part: PlannerCatalogue = {
		attributes: [{ ...attribute('p2-new', 'pathway-2'), subCapability: 'Curiosity of self', capability: 'Maintaining Curiosity', url: '/pathways/pathway-2/#p2-new' }],
		redirects: { 'p2-old': 'p2-new' },
	};
	let catalogue: Catalogue;
	let fetched: string[];
	beforeEach(async () => {
		fetched = [];
		vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), Response.json(part)));
		catalogue = new Catalogue(data);
		await catalogue.load(plan('p', 'pathway-2', 't'));
	});
	afterEach(() => void vi.unstubAllGlobals());

	test("loads a pathway's attributes when a plan for it is drawn, once", async () => {
		await catalogue.load(plan('q', 'pathway-2', 't'));
		expect(fetched).toEqual(['/action-plan/pathway-2.json']);
		expect(catalogue.byPathway.get('pathway-2')?.map((a) => a.id)).toEqual(['p2-new']);
	});

	test('does not call an attribute gone when its pathway could not be loaded', async () => {
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('offline');
		});
		const offline = new Catalogue(data);
		await offline.load(plan('p', 'pathway-2', 't'));
		expect(offline.now(newItem(attribute('p2-new', 'pathway-2')))).toMatchObject({ title: 'Knows self.', gone: false });
	});

	test('follows an attribute whose id was renamed, and says that it did', () => {
		const p = plan('p', 'pathway-2', 't');
		p.items.push(newItem(attribute('p2-old', 'pathway-2')));
		expect(catalogue.follow(p)).toEqual(['attribute:p2-old']);
		expect(p.items[0]!.id).toBe('p2-new');
		expect(catalogue.follow(p)).toEqual([]);
	});

	test('keeps the saved words of an attribute that is gone', () =>
		expect(catalogue.now(newItem({ ...attribute('p2-gone', 'pathway-2'), text: 'Saved words.' }))).toEqual({ title: 'Saved words.', code: 'P2-CU1.1', gone: true }));

	test('shows an attribute and a strategy as they are now, with their place and link', () => {
		expect(catalogue.now(newItem(attribute('p2-new', 'pathway-2')))).toMatchObject({ context: 'Maintaining Curiosity › Curiosity of self', href: '/pathways/pathway-2/#p2-new', gone: false });
		expect(catalogue.now(newItem(strategy))).toMatchObject({ title: 'Workshops', context: 'In practice › Your team', href: '/resources/practice/#strategy-workshops', gone: false });
	});

	test('names a pathway, or says it is no longer on the site', () => {
		expect(catalogue.pathway('pathway-2')).toBe('Pathway 2: Middle Leaders');
		expect(catalogue.pathway('pathway-9')).toBe('pathway-9 (no longer on this site)');
	});
});

describe('html', () => {
	test('escapes values but not nested markup or lists of it', () =>
		expect(html`<p title="${'"x"'}">${'<b>'}${[html`<i>${'&'}</i>`]}${null}${false}</p>`.value).toBe('<p title="&#34;x&#34;">&#60;b&#62;<i>&#38;</i></p>'));
});
