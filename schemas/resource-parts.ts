/** The structured parts a resource can carry. */
import { z } from 'zod';
import { contentId, idList, text } from './common.ts';

/** One practical strategy, its text as Markdown. */
export const strategySchema = z.strictObject({
	/** Stable id within the resource, e.g. `skill-sharing-sessions`. */
	id: contentId,
	title: text,
	/** The strategy as published, in Markdown. */
	text,
	/** Sub-capability ids it serves. */
	subCapabilities: idList.default([]),
});

/** A group of strategies, e.g. "Thinking about your team". */
export const strategyGroupSchema = z.strictObject({
	/** Stable id within the resource, e.g. `your-team`. */
	id: contentId,
	title: text,
	strategies: z.array(strategySchema).min(1, { error: 'must list at least one strategy' }),
});

/** A domain of a related framework, with what it expects people to learn. */
export const resourceDomainSchema = z.strictObject({
	/** Stable id within the resource. */
	id: contentId,
	title: text,
	/** True for a domain the framework puts at its centre. */
	central: z.boolean().default(false),
	/** The domain's introductory descriptor, as published. */
	descriptor: text,
	/** A lead-in the source prints before the outcomes, if any. */
	outcomesLead: text.optional(),
	/** The learning outcomes, as published. */
	learningOutcomes: z.array(text).min(1, { error: 'must list at least one learning outcome' }),
});

/** A staged model of learning, e.g. the five-stage model of self-directed learning. */
export const learningModelSchema = z.strictObject({
	title: text,
	/** Whose model it is, as the source cites it. */
	attribution: text,
	stages: z.array(z.strictObject({ title: text, text })).min(1, { error: 'must list at least one stage' }),
});

/** A published work, e.g. a book on the reading list. */
export const referenceSchema = z.strictObject({
	/** Authors (or editors) as printed, e.g. "Hafford-Letchfield, T.". */
	authors: z.array(text).min(1, { error: 'must name at least one author or editor' }),
	/** All the names as the source prints them together, only where it does not write "A, B and C" (e.g. no "and"). */
	authorsAsPrinted: text.optional(),
	/** True when the people named are the editors. */
	editors: z.boolean().default(false),
	year: z.number({ error: 'must be a year, e.g. 2010' }).int().min(1900).max(2100),
	title: text,
	/** e.g. "2nd ed.". */
	edition: text.optional(),
	place: text.optional(),
	publisher: text,
});
