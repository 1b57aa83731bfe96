/**
 * The action planner at /action-plan/ and "Add to your plan", in Chromium: plans persist in this
 * browser only; edit, review, rename and delete; export, import and upgrade; the print view; plans
 * follow renamed ids; and reading pages load none of it until it is used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { serveSite } from '../../scripts/tools/static-server.ts';
import { useBrowserAndSite } from '../helpers/browser.ts';
import { plannerDrawn } from '../helpers/planner.ts';
import { validContentSite } from '../helpers/shared-build.ts';

const site = useBrowserAndSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const storageKey = 'lcf-action-plan';

let context: BrowserContext;
afterEach(async () => context?.close());

/** A fresh browser profile (no plans) at `url` on the site; its planner or page scripts ready. */
async function open(url = '/action-plan/', origin = site.server.url): Promise<Page> {
	context = await site.newContext();
	await context.addInitScript({ content: axeSource });
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto(`${origin}${url}`);
	if (url.startsWith('/action-plan/')) await plannerDrawn(page);
	return page;
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), storageKey);
/** What the notification banner says (its title, "Success" or "Important", aside). */
const notice = (page: Page) => page.textContent('[data-planner-notice] [data-slot="notice-text"]');
/** The banner has focus, just before the element where the reader carries on. */
const bannerBefore = (page: Page, selector: string) =>
	page.waitForFunction((s) => document.activeElement?.matches('[data-planner-notice]') && document.activeElement.nextElementSibling?.matches(s), selector);

/** Opens "Start a new plan or import one" unless it is open (it is, when there are no plans). */
async function openStart(page: Page) {
	if (!(await page.locator('[data-planner-start][open]').count())) await page.click('summary:has-text("Start a new plan")');
}

/** Starts a plan for a pathway through the form, as a reader would. */
async function startPlan(page: Page, pathway: string, name?: string) {
	await openStart(page);
	await page.check(`#new-plan-${pathway}`);
	if (name) await page.fill('#new-plan-name', name);
	await page.click('button:has-text("Start plan")');
	await bannerBefore(page, '#plan-heading');
}

async function addAttribute(page: Page, id: string) {
	await page.selectOption('#add-attribute', id);
	await page.click('button:has-text("Add attribute")');
}

async function axeViolations(page: Page): Promise<string[]> {
	const results = await page.evaluate(() =>
		(window as unknown as { axe: typeof Axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
	);
	return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('"Add to your plan" on reading pages', () => {
	test('loads none of the planner until clicked, then adds the attribute to a new plan for its pathway', async () => {
		const page = await open('/pathways/pathway-2/');
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
		await page.waitForLoadState('networkidle');
		// The reading page's islands load once it has painted (Islands.astro); none of the planner does.
		expect(scripts.filter((script) => !/\/islands\.[\w-]+\.js$/.test(script)), 'scripts loaded after the page').toEqual([]);
		const item = page.locator('#p2-thresholds-applied-consistently');
		await item.locator('button:has-text("Add to your plan")').click();
		const status = item.locator('[role="status"]');
		await expect.poll(() => status.textContent()).toBe('Added to your plan “Pathway 2 action plan” — view your plan');
		expect(scripts.length, 'the planner\'s storage loads on the first click').toBeGreaterThan(0);
		await item.locator('button:has-text("Add to your plan")').click();
		await expect.poll(() => status.textContent()).toBe('Already in your plan “Pathway 2 action plan” — view your plan');

		await status.locator('a').click();
		await page.waitForURL(/\/action-plan\/$/);
		await plannerDrawn(page);
		expect(await page.textContent('#plan-heading')).toBe('Pathway 2 action plan');
		expect(await page.textContent('[data-item="0"] h4')).toBe('P2-CO3.3 Ensures that thresholds for risk are applied consistently.');
	});

	test('a strategy goes on the plan too, and the plan says which sections still need one', async () => {
		const page = await open('/resources/expanding-capacity-in-practice/');
		// Its "Over to you" asks for one from each section, planned with the action plan: the page points there.
		expect(await page.getAttribute('.lcf-plan-hint a', 'href')).toBe('/action-plan/');
		const strategies = page.locator('.lcf-strategy');
		await strategies.first().locator('button:has-text("Add to your plan")').click();
		await expect.poll(() => strategies.first().locator('[role="status"]').textContent()).toMatch(/^Added to your plan/);
		await page.goto(`${site.server.url}/action-plan/`);
		await plannerDrawn(page);
		const overToYou = await page.textContent('[data-slot="plan-over-to-you"]');
		expect(overToYou).toMatch(/you have strategies from 1 of its 3 sections\.\s+Still to choose one from: /);
	});

	test('without JavaScript, there is no button, and the planner says it needs JavaScript', async () => {
		context = await site.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.url}/pathways/pathway-2/`);
		expect(await page.locator('button:has-text("Add to your plan")').count()).toBe(0);
		await page.goto(`${site.server.url}/action-plan/`);
		expect(await page.isVisible('[data-planner-fallback]')).toBe(true);
		expect(await page.textContent('[data-planner-fallback]')).toContain('The planner needs JavaScript');
		expect(await page.isVisible('[data-planner-screen]')).toBe(false);
	});
});

describe('the planner', () => {
	test('says the plan stays in this browser', async () => {
		const page = await open();
		expect(await page.textContent('.lcf-planner-intro')).toContain('Your plans are stored only in this browser, on this device. They are never sent anywhere');
	});

	test('creates a plan, saves answers and reviews as they are made, and keeps them after a reload', async () => {
		const page = await open();
		await startPlan(page, 'pathway-3', 'Spring supervision');
		expect(await notice(page)).toBe('“Spring supervision” has been started.');
		await addAttribute(page, 'p3-clarity-around-thresholds');
		expect(await notice(page), 'the item is named by its code and its words').toBe(
			'“P3-CO3.2 Sets clear expectations of social work practice; establishing clarity and alignment around thresholds to ensure practitioners feel confident and supported in their decision making in relation to risk.” has been added to your plan.',
		);

		await page.check('#item-0-level-developing');
		await page.fill('#item-0-evidence', 'Two audits this quarter');
		await page.fill('#item-0-try', 'Explain the thresholds at the partnership meeting');
		await page.fill('#item-0-whenWhere', 'Partnership meeting, 12 May');
		await page.fill('#item-0-support', 'My service manager');
		await page.fill('#item-0-measure', 'Fewer referrals below threshold');
		await page.fill('#item-0-review-date', '2026-06-01');
		await page.fill('#item-0-review-effect', 'Partners asked better questions');
		await page.click('[data-item="0"] button:has-text("Add review")');
		expect(await notice(page)).toBe('Your review has been added.');

		await page.reload();
		await plannerDrawn(page);
		expect(await page.textContent('#plan-heading')).toBe('Spring supervision');
		expect(await page.isChecked('#item-0-level-developing')).toBe(true);
		expect(await page.inputValue('#item-0-evidence')).toBe('Two audits this quarter');
		expect(await page.inputValue('#item-0-whenWhere')).toBe('Partnership meeting, 12 May');
		expect(await page.inputValue('#item-0-measure')).toBe('Fewer referrals below threshold');
		expect(await page.textContent('[data-item="0"] [data-slot="review-date"]')).toBe('1 June 2026');
		expect(await page.textContent('[data-item="0"] [data-slot="review-effect"]')).toBe('Partners asked better questions');
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page), 'in the dark colour scheme').toEqual([]);
		await page.click('[data-item="0"] button:has-text("Remove from plan")');
		expect(await axeViolations(page), 'asking to confirm').toEqual([]);
	});

	test('shows GOV.UK-style errors: a summary that takes focus and links to the field, and a message by it', async () => {
		const page = await open();
		await page.click('button:has-text("Start plan")');
		await page.waitForFunction(() => document.activeElement?.matches('[data-planner-errors]'));
		expect(await page.textContent('[data-planner-errors] li')).toBe('Choose the pathway your plan is for');
		expect(await page.textContent('.lcf-form-group--error .lcf-error-message')).toBe('Error: Choose the pathway your plan is for');
		expect(await page.title()).toMatch(/^Error: Your action plan/);
		expect(await axeViolations(page)).toEqual([]);
		await page.click('[data-planner-errors] a');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-plan-pathway-2');
		expect(await stored(page)).toBeNull();

		await startPlan(page, 'pathway-2');
		expect(await page.isVisible('[data-planner-errors]')).toBe(false);
		expect(await page.title()).toMatch(/^Your action plan/);
		expect(await page.locator('.lcf-error-message').count()).toBe(0);
		await addAttribute(page, 'p2-thresholds-applied-consistently');
		await page.click('[data-item="0"] button:has-text("Add review")');
		expect(await page.textContent('[data-planner-errors] ul')).toBe('Say what effect it has had');
	});

	test('works from the keyboard alone, with focus put where the reader carries on', async () => {
		const page = await open();
		const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
		await page.focus('#new-plan-pathway-2');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('new-plan-name');
		await page.keyboard.type('Keyboard plan');
		await page.keyboard.press('Enter');
		await bannerBefore(page, '#plan-heading');
		expect(await page.textContent('#plan-heading')).toBe('Keyboard plan');

		await page.focus('#add-attribute');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('Add attribute');
		await page.keyboard.press('Enter');
		await bannerBefore(page, '#item-0-heading');

		await page.focus('[data-item="0"] button:has-text("Remove from plan")');
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('confirm-heading');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('Yes, remove it');
		await page.keyboard.press('Enter');
		await bannerBefore(page, '#items-heading');
		expect(await page.textContent('#items-heading')).toBe('On your plan: 0 items');
	});

	test('keeps answers within what an export can hold, so that its own exports always import', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2');
		await addAttribute(page, 'p2-thresholds-applied-consistently');
		await page.fill('#item-0-evidence', 'x'.repeat(12_000));
		const saved = JSON.parse((await stored(page))!).plans[0].items[0].evidence as string;
		expect(saved.length).toBe(10_000);
	});

	test('keeps a review being written when the plan is drawn again', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2');
		await addAttribute(page, 'p2-thresholds-applied-consistently');
		await page.fill('#item-0-review-date', '2026-05-01');
		await page.fill('#item-0-review-effect', 'Half written');
		await addAttribute(page, 'p2-jointly-owns-outcomes');
		expect(await page.inputValue('#item-0-review-effect')).toBe('Half written');
		expect(await page.inputValue('#item-0-review-date')).toBe('2026-05-01');
	});

	test('two tabs each keep their own plan open, and a confirmation acts on the plans as stored then', async () => {
		const a = await open();
		await startPlan(a, 'pathway-2', 'Plan A');
		await addAttribute(a, 'p2-thresholds-applied-consistently');
		const b = await context.newPage();
		await b.goto(`${site.server.url}/action-plan/`);
		await plannerDrawn(b);
		await startPlan(b, 'pathway-3', 'Plan B');
		await expect.poll(() => a.textContent('[data-planner-plans]')).toContain('Plan B');
		expect(await a.textContent('#plan-heading')).toBe('Plan A');

		// Tab A asks before removing; meanwhile tab B adds to Plan A.
		await a.click('[data-item="0"] button:has-text("Remove from plan")');
		await b.click('button:has-text("Open Plan A")');
		await addAttribute(b, 'p2-jointly-owns-outcomes');
		await a.click('button:has-text("Yes, remove it")');
		const planA = JSON.parse((await stored(a))!).plans.find((p: { name: string }) => p.name === 'Plan A');
		expect(planA.items.map((i: { id: string }) => i.id)).toEqual(['p2-jointly-owns-outcomes']);
	});

	test('a plan imported twice comes in as numbered copies', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2', 'Twice');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export as a file")')]);
		const file = { name: 'plan.json', mimeType: 'application/json', buffer: readFileSync((await download.path())!) };
		for (const copy of [1, 2]) {
			await openStart(page);
			await page.setInputFiles('#import-file', file);
			await page.click('button:has-text("Import plan")');
			await expect.poll(() => notice(page)).toBe(`“Twice (imported copy ${copy})” has been imported.`);
		}
	});

	test('a plan for a pathway the site no longer has says so, and offers no attributes to add', async () => {
		const page = await open();
		await page.evaluate((key) => {
			const time = '2026-01-05T09:00:00.000Z';
			const plan = { id: 'plan-gone-0001', name: 'Old pathway', pathway: 'pathway-9', created: time, updated: time, items: [] };
			localStorage.setItem(key, JSON.stringify({ version: 2, current: plan.id, plans: [plan] }));
		}, storageKey);
		await page.reload();
		await plannerDrawn(page);
		expect(await page.textContent('[data-slot="plan-meta"]')).toMatch(/^pathway-9 \(no longer on this site\)/);
		expect(await page.isVisible('[data-form="add-attribute"]')).toBe(false);
	});

	test('renames a plan, and deletes one only after "Yes"', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2');
		await page.fill('#plan-name', 'With my supervisor');
		await page.click('button:has-text("Rename plan")');
		expect(await page.textContent('#plan-heading')).toBe('With my supervisor');

		await page.click('button:has-text("Delete this plan")');
		expect(await page.textContent('[data-slot="confirm-question"]')).toBe('Are you sure you want to delete “With my supervisor”?');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Are you sure you want to delete “With my supervisor”?');
		await page.click('button:has-text("No, go back")');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete this plan');
		expect(await page.textContent('#plan-heading')).toBe('With my supervisor');

		await page.click('button:has-text("Delete this plan")');
		await page.click('button:has-text("Yes, delete this plan")');
		expect(await notice(page)).toBe('“With my supervisor” has been deleted.');
		expect(await page.isVisible('[data-planner-plan]')).toBe(false);
		expect(JSON.parse((await stored(page))!).plans).toEqual([]);
	});

	test('exports a plan, and imports it again after "delete all your data", identical', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2', 'Round trip');
		await addAttribute(page, 'p2-thresholds-applied-consistently');
		await page.check('#item-0-level-confident');
		await page.fill('#item-0-try', 'Line 1\nLine 2 with “quotes” & <angles>');
		await page.fill('#item-0-review-effect', 'It worked');
		await page.click('[data-item="0"] button:has-text("Add review")');
		await page.selectOption('#add-strategy', { index: 1 });
		await page.click('button:has-text("Add strategy")');

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export as a file")')]);
		expect(download.suggestedFilename()).toBe('4c-action-plan-round-trip.json');
		const exported = readFileSync((await download.path())!, 'utf8');
		expect(JSON.parse(exported)).toMatchObject({ format: 'lcf-action-plan', version: 2, plan: { name: 'Round trip' } });

		await page.click('button:has-text("Delete all your data")');
		await page.click('button:has-text("Yes, delete all your data")');
		expect(await notice(page)).toBe('All your data has been deleted from this browser.');
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

		await openStart(page);
		await page.setInputFiles('#import-file', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await page.click('button:has-text("Import plan")');
		await expect.poll(() => notice(page)).toBe('“Round trip” has been imported.');
		const [again] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export as a file")')]);
		expect(readFileSync((await again.path())!, 'utf8')).toBe(exported);
	});

	test.each([
		['a file that is not JSON', 'not json {', 'It is not a plan file saved from this planner.'],
		['another JSON file', '{"name":"package","version":"1.0.0"}', 'It is not an action plan exported from this planner.'],
		['a damaged plan', '{"format":"lcf-action-plan","version":2,"plan":{"id":"x"}}', "It is an action plan, but part of it is damaged: the plan's name is missing."],
	])('refuses %s with a clear message, and changes nothing', async (_, file, reason) => {
		const page = await open();
		await startPlan(page, 'pathway-2', 'Keep me');
		const before = await stored(page);
		await openStart(page);
		await page.setInputFiles('#import-file', { name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await page.click('button:has-text("Import plan")');
		await page.waitForFunction(() => document.activeElement?.matches('[data-planner-errors]'));
		const message = await page.textContent('[data-planner-errors] li');
		expect(message).toContain(`The selected file could not be imported. ${reason}`);
		expect(message).toMatch(/Your plans have not been changed\.$/);
		expect(await stored(page)).toBe(before);
		expect(await page.textContent('#plan-heading')).toBe('Keep me');
	});

	test('upgrades a plan exported by the first version of the planner', async () => {
		const page = await open();
		const v1 = {
			format: 'lcf-action-plan',
			version: 1,
			id: 'plan-old-0001',
			title: 'From last year',
			pathway: 'pathway-2',
			saved: '2025-09-01T10:00:00.000Z',
			attributes: [{ id: 'p2-thresholds-applied-consistently', code: 'P2-CO3.3', text: 'Ensures that thresholds for risk are applied consistently.', level: 'developing', evidence: '', action: 'Audit', when: 'Autumn', support: '', success: '' }],
		};
		await openStart(page);
		await page.setInputFiles('#import-file', { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
		await page.click('button:has-text("Import plan")');
		await expect.poll(() => notice(page)).toBe('“From last year” has been imported. It was exported from an earlier version of the planner and has been brought up to date.');
		expect(await page.inputValue('#item-0-try')).toBe('Audit');
		expect(await page.inputValue('#item-0-whenWhere')).toBe('Autumn');
		expect(await page.isChecked('#item-0-level-developing')).toBe(true);
	});

	test('keeps the saved words of an attribute the framework no longer has, and says so', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2');
		await page.evaluate((key) => {
			const store = JSON.parse(localStorage.getItem(key)!);
			store.plans[0].items.push({ kind: 'attribute', id: 'p2-withdrawn-statement', code: 'P2-CU9.9', text: 'A statement since withdrawn.', pathway: 'pathway-2', evidence: '', added: store.plans[0].created, try: '', whenWhere: '', support: '', measure: '', reviews: [] });
			localStorage.setItem(key, JSON.stringify(store));
		}, storageKey);
		await page.reload();
		await plannerDrawn(page);
		expect(await page.textContent('[data-item="0"] h4')).toBe('P2-CU9.9 A statement since withdrawn.');
		expect(await page.isVisible('[data-item="0"] [data-slot="gone"]')).toBe(true);
		expect(await page.textContent('[data-item="0"] [data-slot="gone"]')).toContain('no longer in the framework');
	});

	test('prints the plan as a document for supervision: the answers and reviews, not the forms', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2', 'For supervision');
		await addAttribute(page, 'p2-thresholds-applied-consistently');
		await page.check('#item-0-level-developing');
		await page.fill('#item-0-try', 'Run a threshold clinic\nMonthly, with partners');
		await page.fill('#item-0-review-effect', 'Clearer referrals');
		await page.click('[data-item="0"] button:has-text("Add review")');
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => document.body.innerText);
		expect(printed).toContain('For supervision');
		expect(printed).toContain('P2-CO3.3 Ensures that thresholds for risk are applied consistently.');
		expect(printed).toMatch(/Where I am now\s+Developing/);
		expect(printed, 'line breaks in an answer are kept').toMatch(/What I will try\s+Run a threshold clinic\nMonthly, with partners/);
		expect(printed, 'nothing written yet prints as lines to write on').not.toContain('Not written yet');
		expect(printed).toContain('Clearer referrals');
		for (const chrome of ['Start a new plan', 'Import a plan', 'Delete all your data', 'Add review', 'Private by design', 'Add to your plan'])
			expect(printed, `"${chrome}" is printed`).not.toContain(chrome);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.length).toBeGreaterThan(1000);
	});

	test('prints what the plan holds first, room to write after each item, and page numbers', async () => {
		const page = await open();
		await startPlan(page, 'pathway-2', 'For supervision');
		await addAttribute(page, 'p2-thresholds-applied-consistently');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-slot="print-contents"] li').allTextContents()).toEqual(['P2-CO3.3 Ensures that thresholds for risk are applied consistently.']);
		const notes = page.locator('.lcf-plan-print__item .lcf-plan-print__notes');
		expect(await notes.count()).toBe(1);
		// At least 40 mm (151 CSS pixels) to write in.
		expect((await notes.boundingBox())!.height).toBeGreaterThanOrEqual(151);
		const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), verbosity: 0 }).promise;
		const text = (await (await doc.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
		expect(text).toContain(`Page 1 of ${doc.numPages}`);
	});
});

describe('renamed ids', () => {
	test('a plan follows an attribute whose id was renamed to the new id', async () => {
		// The fixture content renames p1-knows-strengths to p1-knows-self (formerIds).
		const server = await serveSite(await validContentSite());
		try {
			const page = await open('/action-plan/', server.url);
			await page.evaluate((key) => {
				const time = '2026-01-05T09:00:00.000Z';
				const item = { kind: 'attribute', id: 'p1-knows-strengths', code: 'P1-CU1.1', text: 'Knows own strengths.', pathway: 'pathway-1', evidence: 'Feedback', added: time, try: '', whenWhere: '', support: '', measure: '', reviews: [] };
				const plan = { id: 'plan-renamed-0001', name: 'Renamed', pathway: 'pathway-1', created: time, updated: time, items: [item] };
				localStorage.setItem(key, JSON.stringify({ version: 2, current: plan.id, plans: [plan] }));
			}, storageKey);
			await page.reload();
			await plannerDrawn(page);
			expect(await page.textContent('[data-item="0"] h4')).toMatch(/^P1-CU1\.1 /);
			expect(await page.getAttribute('[data-item="0"] h4 a', 'href')).toBe('/pathways/pathway-1/#p1-knows-self');
			expect(await page.isVisible('[data-item="0"] [data-slot="gone"]')).toBe(false);
			expect(await page.inputValue('#item-0-evidence')).toBe('Feedback');
			// Saved once the pathway's catalogue has come (it loads on demand): wait for it.
			await expect.poll(async () => JSON.parse((await stored(page))!).plans[0].items[0].id).toBe('p1-knows-self');
		} finally {
			await server.close();
		}
	}, 120_000);
});
