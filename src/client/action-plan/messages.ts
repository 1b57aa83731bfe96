/**
 * Every sentence the planner's script writes, in one place. `{}` stands for the name of the plan
 * or item (in `importFailed`, the reason). The page's own words (headings, labels, hints) are in
 * its markup; none of these are.
 */

/** Fills in `{}`. */
export const say = (message: string, name = '') => message.replace('{}', name);

/** What each form says when it has done its job. */
export const formDone = {
	new: '“{}” has been started.',
	import: '“{}” has been imported.',
	rename: 'The plan has been renamed.',
	review: 'Your review has been added.',
	'add-attribute': '“{}” has been added to your plan.',
	'add-strategy': '“{}” has been added to your plan.',
} as const;
export type FormKind = keyof typeof formDone;

/** The error by a field left empty or wrong, by the field's `name`. */
export const fieldErrors: Record<string, string> = {
	pathway: 'Choose the pathway your plan is for',
	file: 'Select a plan file to import',
	name: 'Enter a name for the plan',
	date: 'Enter the date of the review',
	effect: 'Say what effect it has had',
	attribute: 'Choose an attribute to add',
	strategy: 'Choose a strategy to add',
};

export const messages = {
	alreadyOnPlan: '“{}” is already on your plan',
	importFailed: 'The selected file could not be imported. {} Your plans have not been changed.',
	upgraded: ' It was exported from an earlier version of the planner and has been brought up to date.',
	exported: '“{}” has been exported as a file. Your browser saves it where it saves downloads.',
	unsaved: 'Your plan could not be saved: this browser is not letting the site store it, or its storage is full.',
	unreadable: 'This browser could not read it.',
	tooLarge: 'It is too large to be an action plan.',
	notJson: 'It is not a JSON file.',
	noPlans: 'You have no plans in this browser yet. Start one below, or import a plan you exported.',
	shownBelow: 'Shown below',
	notWritten: 'Not written yet',
	errorPrefix: 'Error:',
	open: 'Open',
	chooseAttribute: 'Choose an attribute',
	strategy: 'Strategy: ',
} as const;

/** The confirmation step of each action that deletes: question, detail, the "yes" button and what is said after. */
export const confirmations = {
	'delete-plan': {
		question: 'Are you sure you want to delete “{}”?',
		detail: 'It will be removed from this browser and cannot be brought back. If you may want it again, export it first.',
		yes: 'Yes, delete this plan',
		done: '“{}” has been deleted.',
	},
	'delete-all': {
		question: 'Are you sure you want to delete all your data?',
		detail: 'Every plan in this browser will be deleted, with everything you have written in them. This cannot be undone. Export any plan you want to keep first.',
		yes: 'Yes, delete all my data',
		done: 'All your data has been deleted from this browser.',
	},
	'remove-item': {
		question: 'Are you sure you want to remove “{}” from your plan?',
		detail: 'What you have written about it, and its reviews, will be deleted too.',
		yes: 'Yes, remove it',
		done: '“{}” has been removed from your plan.',
	},
} as const;
export type ConfirmAction = keyof typeof confirmations;

export const levelLabels: Record<string, string> = { 'not-yet': 'Not yet', developing: 'Developing', confident: 'Confident' };

/** "1 item", "3 items". */
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "On your plan: 3 items". */
export const onPlan = (items: number) => `On your plan: ${count(items, 'item')}`;
/** "Pathway 2: Middle Leaders · 3 items · last changed 1 June 2026", in the list of plans. */
export const planSummary = (pathway: string, items: number, changed: string) => `${pathway} · ${count(items, 'item')} · last changed ${changed}`;
/** Under the open plan's name. */
export const planMeta = (pathway: string, started: string, changed: string) => `${pathway} · started ${started} · last changed ${changed}`;
/** Under the printed plan's name. */
export const printMeta = (pathway: string, started: string, changed: string) => `${pathway}. Started ${started}; last changed ${changed}.`;
/** A pathway the site no longer has. */
export const gonePathway = (id: string) => `${id} (no longer on this site)`;
/** How far a plan has come with a resource's "Over to you" sections. */
export const overToYou = (chosen: number, sections: number, missing: string[]) =>
	`you have strategies from ${chosen} of its ${sections} sections. ${missing.length ? `Still to choose one from: ${missing.join('; ')}.` : 'You have one from each section.'}`;
