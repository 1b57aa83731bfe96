/**
 * Where the files for other tools are published: learning platforms, reference managers and CASE
 * consumers. Courses and reading lists link to these: they must never change.
 */
export const exchangeUrls = {
	/** The page that says how to use them. */
	use: '/use/',
	moodle: (pathwayId: string) => `/downloads/${pathwayId}-moodle-competencies.csv`,
	canvas: (pathwayId: string) => `/downloads/${pathwayId}-canvas-outcomes.csv`,
	/** A citation file of the framework (`framework`) or a pathway (its id). */
	citation: (subject: string, format: CitationFormat) => `/downloads/${subject}.${citationExtensions[format]}`,
	/** The CASE provider's list of documents, the address CASE consumers are given. */
	caseDocuments: '/ims/case/v1p1/CFDocuments',
};

export const citationExtensions = { bibtex: 'bib', ris: 'ris', csl: 'csl.json' } as const;
export type CitationFormat = keyof typeof citationExtensions;
