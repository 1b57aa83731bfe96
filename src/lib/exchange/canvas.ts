/**
 * A pathway as Canvas outcomes, in Canvas's outcomes CSV import format (Instructure's "Outcomes
 * Import Format Documentation", doc/api/outcomes_csv.md): groups for the pathway, its capabilities
 * and sub-capabilities, an outcome for each attribute, each row naming its parent groups in
 * `parent_guids`. Outcomes are rated on the action plan's levels.
 */
import { csvField } from '../open-data.ts';
import { descriptionIn, planLevels, pathwayTitle, type FrameworkData, type ExchangePathway } from './input.ts';

export const canvasColumns = [
	'vendor_guid', 'object_type', 'title', 'description', 'display_name', 'calculation_method', 'calculation_int',
	'parent_guids', 'workflow_state', 'mastery_points',
] as const;
type CanvasRow = Record<(typeof canvasColumns)[number], string> & { ratings: string[] };

/** Points for each level, highest first, as Canvas lists ratings: Confident 2, Developing 1, Not yet 0. */
export const canvasRatings = planLevels.map((level, points) => ({ points, label: level.label })).reverse();
/** "Confident" is mastery. */
export const canvasMasteryPoints = canvasRatings[0]!.points;

/** A vendor_guid (no spaces): unique on a Canvas account, so prefixed, and made from codes that never change. */
export const canvasGuid = (code: string) => `lcf-${code}`;

// Canvas shows descriptions as HTML.
const html = (text: string) => text && `<p>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>`;

export function canvasRows(data: FrameworkData, pathway: ExchangePathway): CanvasRow[] {
	const prefix = `P${pathway.number}`;
	const blank = { display_name: '', calculation_method: '', calculation_int: '', mastery_points: '', workflow_state: 'active', ratings: [] };
	const group = (guid: string, title: string, description: string, parent: string): CanvasRow => ({
		...blank, vendor_guid: guid, object_type: 'group', title, description: html(description), parent_guids: parent,
	});
	const root = canvasGuid(prefix);
	// The pathway's source's own introduction describes the pathway's group.
	const rows: CanvasRow[] = [group(root, pathwayTitle(data, pathway), pathway.introduction, '')];
	for (const capability of data.capabilities) {
		const capabilityGuid = canvasGuid(`${prefix}-${capability.code}`);
		rows.push(group(capabilityGuid, `${capability.code} ${capability.title}`, capability.description, root));
		for (const sub of capability.subCapabilities) {
			const subGuid = canvasGuid(`${prefix}-${sub.code}`);
			rows.push(group(subGuid, `${sub.code} ${sub.title}`, descriptionIn(sub, pathway.id), capabilityGuid));
			for (const attribute of sub.attributesByPathway.get(pathway.id) ?? [])
				rows.push({
					...blank,
					vendor_guid: canvasGuid(attribute.code),
					object_type: 'outcome',
					title: attribute.text,
					description: html(attribute.text),
					display_name: attribute.code,
					// The latest rating says where a leader is now, as the action plan does.
					calculation_method: 'latest',
					parent_guids: subGuid,
					mastery_points: String(canvasMasteryPoints),
					ratings: canvasRatings.flatMap((r) => [String(r.points), r.label]),
				});
		}
	}
	return rows;
}

/**
 * The CSV file (RFC 4180, UTF-8). The ratings are the last columns, in pairs of points and label;
 * as in Canvas's own sample, the header names the first `ratings` and leaves the rest blank.
 */
export function canvasCsv(data: FrameworkData, pathway: ExchangePathway): string {
	const ratingColumns = canvasRatings.length * 2;
	const header = [...canvasColumns, 'ratings', ...Array<string>(ratingColumns - 1).fill('')];
	const lines = canvasRows(data, pathway).map((row) => {
		const ratings = [...row.ratings, ...Array<string>(ratingColumns - row.ratings.length).fill('')];
		return [...canvasColumns.map((c) => row[c]), ...ratings];
	});
	return [header, ...lines].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
