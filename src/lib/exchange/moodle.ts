/**
 * A pathway as a Moodle competency framework, in the CSV format of Moodle's own importer
 * (Site administration › Competencies › Import competency framework, `admin/tool/lpimportcsv`;
 * also Totara and Moodle Workplace). Its header and columns are the importer's; one row is the
 * framework, with the scale; capabilities, sub-capabilities and attributes follow, each naming its
 * parent's id number. Id numbers are the citation codes.
 */
import { toCsv } from '../open-data.ts';
import { urls } from '../urls.ts';
import { descriptionIn, planLevels, pathwayTitle, type FrameworkData, type ExchangePathway } from './input.ts';

/** The importer's 14 columns, named as Moodle's exporter names them (lang/en/tool_lpimportcsv.php). */
export const moodleColumns = [
	'Parent id number', 'Id number', 'Shortname', 'Description', 'Description format', 'Scale values', 'Scale configuration',
	'Rule type (optional)', 'Rule outcome (optional)', 'Rule config (optional)', 'Cross referenced competency id numbers',
	'Exported id (optional)', 'Is framework', 'Taxonomy',
] as const;
type MoodleRow = Record<(typeof moodleColumns)[number], string>;

/** Moodle's FORMAT_PLAIN: our descriptions are plain text, so Moodle shows them as written. */
const plainText = '2';
/** Moodle keeps a shortname to 100 characters, cutting it itself otherwise. */
const shortnameLength = 100;

/** The framework's id number on a Moodle site, where it must be unique among frameworks. */
export const moodleFrameworkId = (pathway: Pick<ExchangePathway, 'number'>) => `LCF-P${pathway.number}`;

/**
 * The scale configuration Moodle stores: the scale first (its id is replaced on import by the
 * site's scale with the same values), then each value by position from 1, saying which is the
 * default and which show proficiency: "Not yet" is the default, "Confident" is proficient.
 */
export function moodleScaleConfiguration(): string {
	const last = planLevels.length;
	return JSON.stringify([{ scaleid: '1' }, ...planLevels.map((_, i) => ({ id: i + 1, scaledefault: i === 0 ? 1 : 0, proficient: i + 1 === last ? 1 : 0 }))]);
}

/**
 * What follows the source's introduction in the framework's description: where the file comes from, in the site's words.
 * By the pathway's address on this site, which is not the framework's own: in Moodle, "this site" would be the Moodle site.
 */
export const moodleFileNote = (data: Pick<FrameworkData, 'about'>, pathway: Pick<ExchangePathway, 'id'>, site: URL) =>
	`(Imported from ${new URL(urls.pathway(pathway.id), site).href}, content version ${data.about.version} of that site, not an edition of the framework.)`;

/** A shortname within Moodle's limit, cut at a word with "…" (the description keeps every word). */
export function moodleShortname(text: string): string {
	if (text.length <= shortnameLength) return text;
	const cut = text.slice(0, shortnameLength - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

export function moodleRows(data: FrameworkData, pathway: ExchangePathway, site: URL): MoodleRow[] {
	const empty = Object.fromEntries(moodleColumns.map((c) => [c, ''])) as MoodleRow;
	let exported = 0;
	const competency = (parent: string, idNumber: string, shortname: string, description: string): MoodleRow => ({
		...empty,
		'Parent id number': parent,
		'Id number': idNumber,
		Shortname: moodleShortname(shortname),
		Description: description,
		'Description format': plainText,
		// As Moodle's own exporter writes a competency without a rule.
		'Rule outcome (optional)': '0',
		'Rule config (optional)': 'null',
		'Exported id (optional)': String(++exported),
	});
	const rows: MoodleRow[] = [{
		...empty,
		'Id number': moodleFrameworkId(pathway),
		Shortname: moodleShortname(pathwayTitle(data, pathway)),
		// The pathway's source's own introduction, then, once, what the file is.
		Description: [pathway.introduction, moodleFileNote(data, pathway, site)].filter(Boolean).join(' '),
		'Description format': plainText,
		'Scale values': planLevels.map((level) => level.label).join(','),
		'Scale configuration': moodleScaleConfiguration(),
		'Is framework': '1',
		// Moodle's names for the three levels of the tree: capability, sub-capability, attribute.
		Taxonomy: 'domain,competency,behaviour',
	}];
	for (const capability of data.capabilities) {
		rows.push(competency('', capability.code, capability.title, capability.description));
		for (const sub of capability.subCapabilities) {
			rows.push(competency(capability.code, sub.code, sub.title, descriptionIn(sub, pathway.id)));
			for (const attribute of sub.attributesByPathway.get(pathway.id) ?? []) rows.push(competency(sub.code, attribute.code, attribute.text, attribute.text));
		}
	}
	return rows;
}

/** The CSV file Moodle's importer reads (UTF-8; Moodle removes a byte order mark, so none is needed). */
export const moodleCsv = (data: FrameworkData, pathway: ExchangePathway, site: URL) => toCsv(moodleColumns, moodleRows(data, pathway, site));
