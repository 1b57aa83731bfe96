/**
 * The rules of the two learning platforms' CSV importers, as checks on parsed files (csv-parse,
 * independent of the code that writes them). Each returns what breaks a rule, empty if nothing.
 * Moodle: admin/tool/lpimportcsv (framework_importer.php and its tests/fixtures/example.csv).
 * Canvas: Instructure's outcomes CSV format (doc/api/outcomes_csv.md).
 */
import { parse } from 'csv-parse/sync';

export const moodleHeader = [
	'Parent id number', 'Id number', 'Shortname', 'Description', 'Description format', 'Scale values', 'Scale configuration',
	'Rule type (optional)', 'Rule outcome (optional)', 'Rule config (optional)', 'Cross referenced competency id numbers',
	'Exported id (optional)', 'Is framework', 'Taxonomy',
];
export const canvasHeader = ['vendor_guid', 'object_type', 'title', 'description', 'display_name', 'calculation_method', 'calculation_int', 'parent_guids', 'workflow_state', 'mastery_points', 'ratings'];

export const readCsv = (text: string) => parse(text, { bom: true, relax_column_count: false }) as string[][];
export const asRecords = (rows: string[][]) => rows.slice(1).map((row) => Object.fromEntries(row.map((v, i) => [rows[0]![i] || `#${i}`, v])) as Record<string, string>);

export function moodleProblems(text: string): string[] {
	const rows = readCsv(text);
	const problems: string[] = [];
	if (JSON.stringify(rows[0]) !== JSON.stringify(moodleHeader)) problems.push(`header is ${JSON.stringify(rows[0])}`);
	const records = asRecords(rows);
	const frameworks = records.filter((r) => r['Is framework'] === '1');
	if (frameworks.length !== 1) return [...problems, `${frameworks.length} framework rows, not 1`];
	const framework = frameworks[0]!;
	const values = framework['Scale values']!.split(',');
	const config = JSON.parse(framework['Scale configuration']!) as { scaleid?: string; id?: number; scaledefault?: number; proficient?: number }[];
	if (!config[0]?.scaleid) problems.push('scale configuration does not start with the scale');
	const items = config.slice(1);
	if (items.some((item, i) => item.id !== i + 1) || items.length !== values.length) problems.push('scale configuration does not give each scale value by position');
	if (items.filter((item) => item.scaledefault === 1).length !== 1) problems.push('scale configuration needs exactly one default');
	if (!items.some((item) => item.proficient === 1)) problems.push('scale configuration needs a proficient value');
	const competencies = records.filter((r) => r !== framework);
	const ids = new Set<string>();
	for (const r of competencies) {
		const id = r['Id number']!;
		if (!id || ids.has(id)) problems.push(`id number "${id}" is empty or repeated`);
		if (r['Parent id number'] && !ids.has(r['Parent id number'])) problems.push(`${id}: parent "${r['Parent id number']}" is not an earlier row`);
		ids.add(id);
		if (!r['Shortname'] || r['Shortname'].length > 100 || id.length > 100) problems.push(`${id}: shortname or id number empty or over 100 characters`);
		if (!['0', '1', '2', '4'].includes(r['Description format']!)) problems.push(`${id}: description format "${r['Description format']}" is not one of Moodle's`);
	}
	const depth = Math.max(...competencies.map(function level(r): number {
		const parent = competencies.find((p) => p['Id number'] === r['Parent id number']);
		return parent ? 1 + level(parent) : 1;
	}));
	if (framework['Taxonomy']!.split(',').length !== depth) problems.push(`taxonomy names ${framework['Taxonomy']}, but the tree has ${depth} levels`);
	return problems;
}

export function canvasProblems(text: string): string[] {
	const rows = readCsv(text);
	const problems: string[] = [];
	const header = rows[0]!;
	if (JSON.stringify(header.slice(0, canvasHeader.length)) !== JSON.stringify(canvasHeader) || header.slice(canvasHeader.length).some(Boolean))
		problems.push(`header is ${JSON.stringify(header)}`);
	const groups = new Set<string>();
	const guids = new Set<string>();
	for (const row of rows.slice(1)) {
		const r = Object.fromEntries(canvasHeader.slice(0, -1).map((c, i) => [c, row[i]!]));
		const ratings = row.slice(canvasHeader.length - 1);
		const guid = r['vendor_guid']!;
		if (!guid || /\s/.test(guid) || guids.has(guid)) problems.push(`vendor_guid "${guid}" is empty, has a space or is repeated`);
		guids.add(guid);
		if (!r['title']) problems.push(`${guid}: no title`);
		for (const parent of r['parent_guids']!.split(' ').filter(Boolean)) if (!groups.has(parent)) problems.push(`${guid}: parent "${parent}" is not an earlier group`);
		if (!['active', 'deleted', ''].includes(r['workflow_state']!)) problems.push(`${guid}: workflow_state "${r['workflow_state']}"`);
		if (r['object_type'] === 'group') {
			groups.add(guid);
			if (r['calculation_method'] || r['calculation_int'] || r['mastery_points'] || ratings.some(Boolean)) problems.push(`${guid}: a group has scoring fields`);
		} else if (r['object_type'] === 'outcome') {
			const method = r['calculation_method']!;
			if (!['decaying_average', 'n_mastery', 'highest', 'latest', ''].includes(method)) problems.push(`${guid}: calculation_method "${method}"`);
			if (['highest', 'latest'].includes(method) && r['calculation_int']) problems.push(`${guid}: calculation_int must be blank for ${method}`);
			const tiers = ratings.filter(Boolean);
			const points = tiers.filter((_, i) => i % 2 === 0).map(Number);
			if (tiers.length % 2 || points.some((p, i) => Number.isNaN(p) || (i && p >= points[i - 1]!))) problems.push(`${guid}: ratings are not points and labels in decreasing points`);
			if (!points.includes(Number(r['mastery_points']))) problems.push(`${guid}: mastery_points is not one of its ratings`);
		} else problems.push(`${guid}: object_type "${r['object_type']}"`);
	}
	return problems;
}
