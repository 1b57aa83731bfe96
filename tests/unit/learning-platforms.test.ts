/** The Moodle and Canvas files' pure logic on a tiny framework, parsed with csv-parse and checked against each importer's rules. */
import { describe, expect, test } from 'vitest';
import { canvasCsv } from '../../src/lib/exchange/canvas.ts';
import { exchangeData } from '../../src/lib/exchange/input.ts';
import { moodleCsv, moodleShortname } from '../../src/lib/exchange/moodle.ts';
import { buildModel } from '../../src/lib/model.ts';
import { modelEntries } from '../helpers/model-entries.ts';
import { asRecords, canvasProblems, moodleProblems, readCsv } from '../helpers/lms-rules.ts';
import { tinyFramework } from '../helpers/tiny-framework.ts';

const data = tinyFramework();
const site = new URL('https://lcf.example/');
const [p2, p3] = data.pathways as [(typeof data.pathways)[number], (typeof data.pathways)[number]];

describe('moodleCsv', () => {
	test('follows the rules of Moodle\'s competency framework importer', () => expect(moodleProblems(moodleCsv(data, p3, site))).toEqual([]));

	test('the rule checks can fail: a second framework row is refused', () =>
		expect(moodleProblems(moodleCsv(data, p3, site) + moodleCsv(data, p3, site).split('\r\n')[1] + '\r\n')).toEqual(['2 framework rows, not 1']));

	test('gives capability → sub-capability → attribute by parent id numbers, the id numbers being the codes', () => {
		const records = asRecords(readCsv(moodleCsv(data, p3, site)));
		expect(records.map((r) => `${r['Parent id number']}>${r['Id number']}`)).toEqual(['>LCF-P3', '>CU', 'CU>CU1', 'CU1>P3-CU1.1', 'CU1>P3-CU1.2']);
	});

	test('rates on the action plan\'s levels: Not yet by default, Confident proficient', () => {
		const [framework] = asRecords(readCsv(moodleCsv(data, p2, site)));
		expect(framework!['Scale values']).toBe('Not yet,Developing,Confident');
		expect(JSON.parse(framework!['Scale configuration']!)).toEqual([{ scaleid: '1' }, { id: 1, scaledefault: 1, proficient: 0 }, { id: 2, scaledefault: 0, proficient: 0 }, { id: 3, scaledefault: 0, proficient: 1 }]);
	});

	test('keeps a statement whole in the description, commas and quotes included', () => {
		const records = asRecords(readCsv(moodleCsv(data, p2, site)));
		expect(records.find((r) => r['Id number'] === 'P2-CU1.1')!['Description']).toBe('Knows self, and others.');
		expect(records.find((r) => r['Id number'] === 'CU1')!['Description']).toBe('Self, "quoted".');
	});

	test('gives a sub-capability in its pathway\'s own wording, where that pathway has one', () => {
		const worded = tinyFramework({ p3Description: 'Pathway 3 wording.' });
		const description = (p: (typeof worded.pathways)[number]) => asRecords(readCsv(moodleCsv(worded, p, site))).find((r) => r['Id number'] === 'CU1')!['Description'];
		expect([description(worded.pathways[0]!), description(worded.pathways[1]!)]).toEqual(['Self, "quoted".', 'Pathway 3 wording.']);
	});

	test('describes the framework in its pathway\'s own introduction, then says once where the file comes from', () => {
		const [framework] = asRecords(readCsv(moodleCsv(data, p3, site)));
		expect(framework!['Description']).toBe('The framework for Leaders 3 & <others>. (Imported from https://lcf.example/pathways/pathway-3/, content version 1.0 of that site, not an edition of the framework.)');
		expect(framework!['Description']).not.toContain(data.about.summary);
		expect(framework!['Id number']).toBe('LCF-P3');
	});

	test('cuts a long shortname at a word, within Moodle\'s 100 characters', () => {
		const long = `${'word '.repeat(30)}end`;
		expect(moodleShortname(long).length).toBeLessThanOrEqual(100);
		expect(moodleShortname(long)).toMatch(/word…$/);
		expect(moodleShortname('Short.')).toBe('Short.');
	});
});

describe('canvasCsv', () => {
	test('follows the rules of Canvas\'s outcomes CSV import', () => expect(canvasProblems(canvasCsv(data, p3))).toEqual([]));

	test('the rule checks can fail: a parent that comes later is refused', () => {
		const lines = canvasCsv(data, p3).split('\r\n');
		expect(canvasProblems([lines[0], lines[2], lines[1], ...lines.slice(3)].join('\r\n'))).toContain('lcf-P3-CU: parent "lcf-P3" is not an earlier group');
	});

	test('groups the pathway, capabilities and sub-capabilities; attributes are outcomes under their sub-capability', () => {
		const rows = readCsv(canvasCsv(data, p3)).slice(1);
		expect(rows.map((r) => `${r[1]} ${r[0]} < ${r[7]}`)).toEqual([
			'group lcf-P3 < ', 'group lcf-P3-CU < lcf-P3', 'group lcf-P3-CU1 < lcf-P3-CU', 'outcome lcf-P3-CU1.1 < lcf-P3-CU1', 'outcome lcf-P3-CU1.2 < lcf-P3-CU1',
		]);
	});

	test('rates each attribute Confident 2, Developing 1, Not yet 0, with mastery at Confident', () => {
		const outcome = readCsv(canvasCsv(data, p2)).find((r) => r[0] === 'lcf-P2-CU1.1')!;
		expect(outcome.slice(9)).toEqual(['2', '2', 'Confident', '1', 'Developing', '0', 'Not yet']);
	});

	test('describes the pathway\'s group in its source\'s own introduction, as HTML, its vendor guid unchanged', () => {
		const [root] = readCsv(canvasCsv(data, p3)).slice(1);
		expect([root![0], root![3]]).toEqual(['lcf-P3', '<p>The framework for Leaders 3 &amp; &lt;others&gt;.</p>']);
		expect(canvasCsv(data, p3)).not.toContain(data.about.summary);
	});

	test('describes a sub-capability\'s group in its pathway\'s own wording, where that pathway has one', () => {
		const worded = tinyFramework({ p3Description: 'Pathway 3 wording.' });
		const description = (p: (typeof worded.pathways)[number]) => readCsv(canvasCsv(worded, p)).find((r) => r[0] === `lcf-P${p.number}-CU1`)![3];
		expect([description(worded.pathways[0]!), description(worded.pathways[1]!)]).toEqual(['<p>Self, "quoted".</p>', '<p>Pathway 3 wording.</p>']);
	});

	test('escapes text for Canvas\'s HTML descriptions', () => {
		const group = readCsv(canvasCsv(data, p2)).find((r) => r[0] === 'lcf-P2-CU1')!;
		expect(group[3]).toBe('<p>Self, "quoted".</p>');
		expect(group[2]).toBe('CU1 Curiosity of self & others');
	});
});

// The files are made from exchangeData(model): a pathway's own wording must reach them from the content.
describe('from the model', () => {
	const model = exchangeData(buildModel(modelEntries()));
	const pathway = model.pathways.find((p) => p.id === 'pathway-3')!;

	test('Moodle and Canvas give Pathway 3\'s own wording of the sub-capability it words its own way', () => {
		expect(asRecords(readCsv(moodleCsv(model, pathway, site))).find((r) => r['Id number'] === 'CU1')!['Description']).toBe('Values, as Pathway 3 words it.');
		expect(readCsv(canvasCsv(model, pathway)).find((r) => r[0] === 'lcf-P3-CU1')![3]).toBe('<p>Values, as Pathway 3 words it.</p>');
	});
});
