/**
 * What the plan asks of each item, shared by the open plan's item and its printed form. The
 * planner's words live with its markup, not in its script: in a message `{}` stands for the name of
 * the plan or item (in `data-failed`, the reason); in a template's ids, `_` for the item's number.
 */

/** Where the reader is with an attribute. */
export const levels = [
	{ value: 'not-yet', label: 'Not yet', hint: 'You do not show this yet.' },
	{ value: 'developing', label: 'Developing', hint: 'You show it some of the time.' },
	{ value: 'confident', label: 'Confident', hint: 'You show it consistently, and can say how.' },
];

/** The questions of each item; `evidence` only of an attribute. The printout says each in the leader's own voice (`printed`). */
export const questions = [
	{ name: 'evidence', label: 'Your evidence', printed: 'My evidence', hint: 'What you have done or seen that shows where you are.', long: true },
	{ name: 'try', label: 'What will you try?', printed: 'What I will try', hint: 'One thing you will do, or do differently.', long: true },
	{ name: 'whenWhere', label: 'When and where will you try it?', printed: 'When and where I will try it', hint: 'For example, at the team meeting on 12 May.', long: false },
	{ name: 'support', label: 'Who will support you?', printed: 'Who will support me', hint: 'For example, your supervisor, a peer or a mentor.', long: false },
	{ name: 'measure', label: 'How will you know it worked?', printed: 'How I will know it worked', hint: 'What you, your team or the families you work with would notice.', long: true },
];
