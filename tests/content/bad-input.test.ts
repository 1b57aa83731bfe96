/**
 * One fixture folder per class of editor mistake (tests/fixtures/bad-content/<class>/, laid over
 * the valid fixture). Each must stop `npm run check` and the build with a message that names the
 * file and the field, and leave an existing site untouched.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkReport } from '../../src/check/report.ts';
import { validateContent } from '../../src/check/validate.ts';
import { badContent, contentFolder, projectRoot, runScript } from '../helpers/fixtures.ts';

/**
 * `npm run check` on a content folder, in this process: what scripts/check.ts prints and its status,
 * without starting Node for each of a hundred fixtures (the command itself is run below, on some).
 */
async function checkIn(dir: string): Promise<{ status: number; output: string }> {
	const before = process.env['LCF_CONTENT_DIR'];
	process.env['LCF_CONTENT_DIR'] = dir;
	try {
		const report = checkReport(await validateContent(projectRoot));
		return { status: report.status, output: `${report.stdout}${report.stderr}` };
	} finally {
		if (before === undefined) delete process.env['LCF_CONTENT_DIR'];
		else process.env['LCF_CONTENT_DIR'] = before;
	}
}

/** [error class, file, where in the file, what the message must say] */
const cases: [string, string, string, string][] = [
	['missing-field', 'capabilities.yaml:1', '#1 (maintaining-curiosity) › title', 'is missing: add "title:" to this entry'],
	['mistyped-field', 'pathways/pathway-1/attributes.yaml:11', 'curiosity-of-self › #2 (p1-decides-well) › aeras', 'is not a field: did you mean "areas"? Correct the spelling'],
	['wrong-type', 'pathways/pathway-4/pathway.mdx:2', 'number', 'must be a whole number, e.g. 2'],
	['malformed-yaml', 'sub-capabilities.yaml:9', '', 'is not valid YAML: "capability:" is indented further than "code:" (3 spaces, not 2): line it up with "code:"'],
	['invalid-mdx', 'pathways/pathway-1/pathway.mdx:8', '', 'is not valid MDX: Expected a closing tag for `<span>`'],
	['mdx-expression', 'resources/sample.mdx:23', '', 'has "{leaders}", which MDX reads as code: to show the braces, write \\{ and \\}'],
	['mdx-component', 'resources/sample.mdx:23', '', 'has <Callout>, which is not part of this site'],
	['resource-file-name', 'resources/Another Resource.mdx', '', 'has a name that cannot be its address (/resources/<name>/): use lowercase letters, digits and hyphens, e.g. another-resource.mdx'],
	// A site page's file name is its address, as a resource's is, and may not take one the site's own pages use.
	['site-page-name', 'pages/Contact Us.mdx', '', 'has a name that cannot be its address (/<name>/): use lowercase letters, digits and hyphens, e.g. contact-us.mdx'],
	['site-page-name', 'pages/framework.json.mdx', '', 'has a name that cannot be its address (/<name>/): use lowercase letters, digits and hyphens, e.g. framework-json.mdx'],
	['site-page-name', 'pages/..mdx', '', 'has a name that cannot be its address (/<name>/)'],
	['site-page-name', 'pages/search.mdx', '', 'would be the page /search/, which the site already uses for a page of its own, so this one would not be built: give the file another name, e.g. about-search.mdx'],
	['unread-file', 'resources/notes.md', '', 'is not read by the site (each resource is one .mdx file); rename it notes.mdx'],
	['broken-site-link', 'resources/sample.mdx:23', '', 'links to /capabilities/providing-clarty/, which is not a page of this site'],
	['mdx-unsafe', 'resources/sample.mdx:23', '', 'has <abbr> with a {…} value, which MDX reads as code'],
	['mdx-unsafe', 'resources/sample.mdx:25', '', 'has <iframe>, which content may not use'],
	['unknown-pathway', 'resources/sample.mdx:8', 'pathways › #1', '"pathway-9" is not a known pathway'],
	['unknown-capability', 'sub-capabilities.yaml:3', '#1 (curiosity-of-self) › capability', '"maintaining-curiousity" is not a known capability'],
	// The key's own line, not its first item's.
	['unknown-sub-capability', 'pathways/pathway-4/attributes.yaml:13', 'clarity-of-vision', 'is not a known sub-capability'],
	['unknown-area', 'pathways/pathway-4/attributes.yaml:5', 'curiosity-of-self › #1 (p4-knows-system) › areas › #2', '"making-decision" is not a known curriculum area'],
	['duplicate-id', 'pathways/pathway-4/attributes.yaml:8', 'clarity-of-empowerment › #1 (p1-empowers) › id', 'p1-empowers is already used at'],
	['missing-sub-capability', 'pathways/pathway-4/attributes.yaml:1', '', 'lacks sub-capability "clarity-of-empowerment"'],
	['empty-attribute', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'must not be empty'],
	['attribute-without-area', 'pathways/pathway-4/attributes.yaml:5', 'curiosity-of-self › #1 (p4-knows-system) › areas', 'must list at least one curriculum area'],
	['resource-broken-link', 'resources/sample.mdx:19', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › subCapabilities › #1', '"curiosity-of-selves" is not a known sub-capability'],
	['wrong-code', 'pathways/pathway-4/attributes.yaml:9', 'clarity-of-empowerment › #1 (p4-empowers-system) › code', 'must start with P4-CL1. (its pathway and sub-capability), e.g. P4-CL1.1'],
	['duplicate-code', 'pathways/pathway-4/attributes.yaml:8', 'curiosity-of-self › #2 (p4-knows-more) › code', 'P4-CU1.1 is already used at'],
	['duplicate-code', 'pathways/pathway-4/attributes.yaml:9', 'curiosity-of-self › #2 (p4-knows-more) › formerIds › #1', '"p1-knows-self" is the id of a current item: a former id must never be reused'],
	['text-cut-by-comment', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'is cut short: " #" starts a comment in YAML, so "#1 priority." is left out. Put the whole text in double quotes'],
	['markup-in-text', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'must be plain text, as the site shows it exactly as written'],
	['symbol-with-editorial', 'pathways/pathway-4/attributes.yaml:7', 'curiosity-of-self › #1 (p4-knows-system) › sourceSymbol', 'goes only with areasFrom: source-symbol (the source prints a symbol): remove it, or set areasFrom: source-symbol'],
	// "source" is for an area the source prints by name; a symbol is only ever our reading of it (the old meaning of "source").
	['symbol-with-source', 'pathways/pathway-4/attributes.yaml:7', 'curiosity-of-self › #1 (p4-knows-system) › sourceSymbol', 'goes only with areasFrom: source-symbol (the source prints a symbol): remove it, or set areasFrom: source-symbol'],
	// The same words under another sub-capability (line 4) may be the source's own repeat; twice in one list is a slip.
	['duplicate-text', 'pathways/pathway-4/attributes.yaml:15', 'clarity-of-empowerment › #2 (p4-empowers-system-again) › text', 'is the same statement as line 10: remove the copy, or correct the text'],
	['version-lowered', 'framework.yaml:8', 'version', 'is "0.1", lower than version 0.2, already published: a published version is never gone back on or reused. Use a version above 0.2, e.g. version: "0.3"'],
	['version-misnamed', 'versions/0.0.json:2', 'version', 'is "0.01", but the file is 0.0.json: a published version is written by `npm run links:publish`; restore the file from git'],
	['pathway-wording', 'sub-capabilities.yaml:9', '#1 (curiosity-of-self) › pathwayDescriptions › pathway-9', '"pathway-9" is not a known pathway: use the id of a folder in pathways/ (pathway-1, pathway-4).'],
	['pathway-wording', 'sub-capabilities.yaml:10', '#1 (curiosity-of-self) › pathwayDescriptions › pathway-4', 'is the same as description: give a pathway its own wording only where its source differs, or remove it'],
	['site-page-missing-field', 'pages/privacy.mdx:2', 'description', 'is missing: add "description:" to this entry'],
	['symbol-mismatch', 'pathways/pathway-1/attributes.yaml:5', 'curiosity-of-self › #1 (p1-knows-self) › areas', 'must include "leadership-essentials", the area of its symbol 🧠'],
	['broken-symlink', 'resources/old-guide.mdx', '', 'is a link to ../../../elsewhere/old-guide.mdx, which does not exist: delete the link (nothing else is deleted), or put the file itself here'],
	['symlinked-resource', 'resources/sample-copy.mdx', '', 'is a link to sample.mdx, not a file, and the site reads only files kept in the content folder: put a copy of sample.mdx here in place of the link (deleting a link leaves the file it points to untouched)'],
	['not-utf8', 'pathways/pathway-4/attributes.yaml:4', '', 'is not saved as UTF-8: byte 0xF4 at column 43 (probably "ô", saved as Windows-1252/"ANSI" or Latin-1) is not UTF-8'],
	['missing-image', 'resources/sample.mdx:27', '', 'shows the image ./reflection-cycle.png, which is not there: save it beside sample.mdx under that name, or correct the name'],
	['published-links-trailing-comma', 'published-links.json:5', '', 'has a comma after the last entry, before "]", which JSON does not allow: remove that comma'],
	['html-not-allowed', 'resources/sample.mdx:23', '', 'has <details ontoggle>, which would run code: remove ontoggle="…"'],
	['html-not-allowed', 'resources/sample.mdx:25', '', 'has <base>, which content may not use (it would change the whole page around it)'],
	['html-not-allowed', 'resources/sample.mdx:27', '', 'has <meta>, which content may not use'],
	['html-not-allowed', 'resources/sample.mdx:29', '', 'has <p style="…">, and content does not style the page'],
	['html-not-allowed', 'resources/sample.mdx:31', '', 'shows the image https://example.org/tracker.png from another site, and no request may leave this site'],
	['html-not-allowed', 'resources/sample.mdx:33', '', 'has <svg>, which content may not use'],
	['unsafe-link', 'resources/sample.mdx:23', '', 'links to javascript:alert(1), and a link may start only with https:// (or mailto: for an email address): a javascript: link runs code, so remove it'],
	['unsafe-link', 'resources/sample.mdx:25', '', 'links to javascript:alert(1)'],
	// Markdown in the frontmatter (a strategy's text) is published in the same page as the body: the same rules, at its own line in a "|" block.
	['unsafe-strategy-text', 'resources/sample.mdx:21', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'links to javascript:alert(1), and a link may start only with https://'],
	['unsafe-strategy-text', 'resources/sample.mdx:22', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'links to JaVaScRiPt:alert(2)'],
	['unsafe-strategy-text', 'resources/sample.mdx:23', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'links to javascript:alert(3)'],
	['unsafe-strategy-text', 'resources/sample.mdx:24', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'has HTML ("<img src=x onerror=alert(4)>"), which is left out of the page'],
	['unsafe-strategy-text', 'resources/sample.mdx:25', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'shows the image https://evil.example/t.png from another site'],
	['unsafe-strategy-text', 'resources/sample.mdx:26', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'links to //evil.example/x, which leaves out the https'],
	['unsafe-strategy-text', 'resources/sample.mdx:28', 'strategyGroups › #1 (yourself) › strategies › #1 (reflect) › text', 'links to javascript:alert(5)'],
	['unsafe-strategy-text', 'resources/sample.mdx:32', 'closing › text', 'links to /pathways/pathway-9/#nope, which is not a page of this site'],
	['unsafe-source-url', 'resources/sample.mdx:6', 'sourceUrl', 'must be a full web address starting with https://'],
	['attribution-italic-missing', 'resources/sample.mdx:6', 'attributionItalic', 'is not part of attribution: copy the title to set in italics exactly as attribution writes it'],
	['html-broken-site-link', 'resources/sample.mdx:23', '', 'links to /pathways/pathway-9/, which is not a page of this site'],
	['heading-levels', 'resources/sample.mdx:23', '', "has a level-1 heading, but the page's title is its only one: make it ## (level 2)"],
	['heading-levels', 'resources/sample.mdx:27', '', 'jumps from a level-2 heading to level 4, which screen readers announce as a missing section: make it ### (level 3)'],
	['published-link-broken', 'published-links.json:6', '', '/pathways/pathway-1/#p1-deleted-attribute is published, but no attribute of /pathways/pathway-1/ has the id "p1-deleted-attribute" any more: if you renamed it, add formerIds: [p1-deleted-attribute] to it'],
	['published-link-broken', 'published-links.json:7', '', '/resources/old-sample/ is published, but the content no longer has that page: keep the resource file under its old name, resources/old-sample.mdx'],
	['published-code-changed', 'pathways/pathway-1/attributes.yaml:3', 'curiosity-of-self › #1 (p1-knows-self) › code', 'P1-CU1.1 was P1-CU1.2 when published'],
	['attribute-moved', 'pathways/pathway-4/attributes.yaml:9', 'clarity-of-empowerment › #1 (p4-empowers-system) › code', 'P4-CU1.2 says it belongs under curiosity-of-self, and it was published so'],
	// Mistyped: the advice gives the code it was published with, not the typo again.
	['former-code-unpublished', 'pathways/pathway-4/attributes.yaml:10', 'clarity-of-empowerment › #1 (p4-empowers-system) › formerCodes › #1', 'P4-CU1.3 was never published for p4-empowers-system, which was published as P4-CU1.2'],
	['empty-file', 'pathways/pathway-4/attributes.yaml:1', '', 'is empty: it has no entries at all. Undo the change that emptied it'],
	['duplicate-key', 'pathways/pathway-4/attributes.yaml:7', '', 'has "text:" a second time (first on line 4), and YAML keeps only one: merge the two, or remove one'],
	['invisible-characters', 'pathways/pathway-4/attributes.yaml:4', '', 'has an invisible zero-width space (U+200B) at column 26, which the site would publish'],
	['invisible-characters', 'pathways/pathway-4/attributes.yaml:5', '', 'has an invisible no-break space (U+00A0) at column 35, which the site would publish: delete it and type an ordinary space'],
	// In prose as in a statement: the line and column in the file, not in the body.
	['invisible-in-mdx', 'resources/sample.mdx:23', '', 'has an invisible zero-width space (U+200B) at column 18, which the site would publish'],
	['invisible-in-mdx', 'resources/sample.mdx:25', '', 'has an invisible no-break space (U+00A0) at column 27, which the site would publish: delete it and type an ordinary space'],
	// Written as escapes in double quotes, the file shows only letters: the value as YAML reads it is checked too.
	['escaped-characters', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'has an invisible line separator (U+2028) written as the escape "\\u2028" in double quotes, which the site would publish: delete "\\u2028", and type a space if the words run together'],
	['escaped-characters', 'pathways/pathway-4/attributes.yaml:10', 'clarity-of-empowerment › #1 (p4-empowers-system) › text', 'has an invisible no-break space (U+00A0) written as the escape "\\_" in double quotes, which the site would publish: delete "\\_" and type an ordinary space'],
	['line-break-in-line', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'is on more than one line (a "\\n" or a blank line in double quotes is a line break), but it is shown on one line'],
	['line-break-in-line', 'pathways/pathway-4/attributes.yaml:10', 'clarity-of-empowerment › #1 (p4-empowers-system) › text', 'is on more than one line (a "|" block keeps each line break), but it is shown on one line, and a line break in it would break citations and spreadsheets made from it: write it all on one line after "text:"'],
	['line-break-in-line', 'pathways/pathway-4/pathway.mdx:3', 'title', 'is on more than one line'],
	['pasted-statements', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'starts with "1.", the numbering of the list it was copied from, which the site would publish as part of the statement: remove it, so the text starts "Knows the whole system."'],
	['pasted-statements', 'pathways/pathway-4/attributes.yaml:10', 'clarity-of-empowerment › #1 (p4-empowers-system) › text', 'is wrapped in the quotation marks “…” of the document it was copied from, and a statement is the framework\'s own words: remove the two marks'],
	['yaml-traps', 'framework.yaml:7', '', 'has 1.10, which YAML reads as the number 1.1: put it in quotes, "1.10", to keep it as written'],
	['yaml-traps', 'pathways/pathway-4/attributes.yaml:9', '', 'has a YAML merge key ("<<:"), which the site does not read: write out the fields it would copy, in full'],
	// At the unknown field's own line, not the entry's first.
	['unknown-field', 'pathways/pathway-4/attributes.yaml:7', 'curiosity-of-self › #1 (p4-knows-system)', 'has an unknown field "reviewerComment"'],
	['copied-pathway', 'pathways/pathway-4 copy/pathway.mdx:2', 'number', 'is 4, so the folder "pathway-4 copy" looks like a copy of pathways/pathway-4, so its attributes are not checked: delete the copy'],
	['same-pathway-number', 'pathways/pathway-3/pathway.mdx:2', 'number', 'is 4, which pathways/pathway-4 has too: correct it to 3, the number of this folder'],
	// Its provenance sentence is printed wherever its areas are shown: the site must not make one up or borrow another pathway's.
	['areas-assigned-missing', 'pathways/pathway-4/pathway.mdx:2', 'areasAssigned', "is missing: this pathway's attributes say areasFrom: editorial, so write one sentence saying how their areas were assigned"],
	['second-attribute-file', 'pathways/pathway-4/more-attributes.yaml', '', "is not read by the site: a pathway's attributes are all in its attributes.yaml: move these entries there"],
];

/** [warning class, file, where in the file, what the warning must say]: implausible, so told, but built. */
const warningCases: [string, string, string, string][] = [
	['future-date', 'resources/sample.mdx:5', 'published', 'is in 2071, which has not come yet: correct the year if it is a slip (digits swapped, e.g. 2017?)'],
	['long-statement', 'pathways/pathway-4/attributes.yaml:4', 'curiosity-of-self › #1 (p4-knows-system) › text', 'is 5,000 characters long, where a statement of the framework is one or two sentences'],
];

describe('npm run check', () => {
	// The command itself, as an editor runs it: its words and its exit status are the report's.
	test.each([cases[0]!, cases.at(-1)!])('`npm run check` reports %s as the report says, and fails', async (badCase) => {
		const dir = contentFolder(badCase);
		const run = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(run).toEqual(await checkIn(dir));
		expect(run.status).toBe(1);
	});

	test('`npm run check` warns as the report says, and passes', async () => {
		const dir = contentFolder(warningCases[0]![0]);
		const run = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(run).toEqual(await checkIn(dir));
		expect(run.status).toBe(0);
	});

	test('passes the valid fixture', () => {
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: contentFolder() });
		expect(output).toContain('Content is valid');
		expect(status).toBe(0);
	});

	test.each(cases)('reports %s with its file, line and field', async (badCase, fileAndLine, field, message) => {
		const dir = contentFolder(badCase);
		const { status, output } = await checkIn(dir);
		expect(status).toBe(1);
		// A line may also have a warning (two spaces in a statement that repeats another, say).
		const said = `  ${field ? `${field}: ` : ''}${message}`;
		const lines = output.split('\n').filter((l) => l.includes(`${path.basename(dir)}/${fileAndLine}  `));
		expect(lines, output).not.toEqual([]);
		expect(lines.find((l) => l.includes(said)) ?? lines[0]).toContain(said);
	});

	test.each(warningCases)('warns of %s with its file, line and field, and passes', async (warningCase, fileAndLine, field, message) => {
		const dir = contentFolder(warningCase);
		const { status, output } = await checkIn(dir);
		const line = output.split('\n').find((l) => l.includes(`${path.basename(dir)}/${fileAndLine}  `));
		expect(line, output).toContain(`  ${field}: ${message}`);
		expect(output).toContain('Warning:');
		expect(output).toContain('Content is valid: no problems found (one warning above: check it).');
		expect(status).toBe(0);
	});

	test('accepts notes after values, as in the README\'s example, and a "#" in quoted text', () => {
		const dir = contentFolder();
		const file = path.join(dir, 'pathways/pathway-1/attributes.yaml');
		const yaml = readFileSync(file, 'utf8')
			.replace('  - id: p1-knows-self\n', '  - id: p1-knows-self          # never change: links and citations depend on it\n')
			.replace('    text: Knows own strengths.', '    text: "Knows own strengths, the #1 thing."  # as the source has it');
		writeFileSync(file, yaml);
		expect(yaml).toContain('# never change');
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(output).toContain('Content is valid');
		expect(status).toBe(0);
	});

	test('accepts links to a page\'s own anchors and to the old address of a renamed sub-capability', () => {
		const dir = contentFolder();
		const file = path.join(dir, 'resources/sample.mdx');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n[Top](/pathways/pathway-1/#top), [contents](/pathways/pathway-1/#contents-heading), [old page](/capabilities/maintaining-curiosity/curiosity-of-oneself/).\n`);
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(output).toContain('Content is valid');
		expect(status).toBe(0);
	});

	test('suggests the id meant when one is a slip of the keyboard away', () => {
		const { output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: contentFolder('unknown-area') });
		expect(output).toContain('"making-decision" is not a known curriculum area');
		expect(output).toContain('Did you mean "making-decisions"?');
	});

	test('does not suggest a field for a merge key, which is reported on its own', () => {
		const { output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: contentFolder('yaml-traps') });
		expect(output).not.toContain('<<: is not a field');
	});

	test('reports a copied pathway folder once, not at every id of the real one', () => {
		const { output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: contentFolder('copied-pathway') });
		expect(output).toContain('Found 1 problem');
	});

	test('reports every problem in one run', () => {
		const dir = contentFolder('unknown-area');
		writeFileSync(path.join(dir, 'capabilities.yaml'), readFileSync(path.join(contentFolder('missing-field'), 'capabilities.yaml')));
		const { output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(output).toContain('Found 2 problems');
		expect(output).toContain('title: is missing');
		expect(output).toContain('"making-decision" is not a known curriculum area');
	});
});

describe('npm run build', () => {
	test.each([...new Set(cases.map(([badCase]) => badCase))])('leaves the last good site untouched on %s', (badCase) => {
		const dist = path.join(contentFolder(), 'site', 'dist');
		mkdirSync(dist, { recursive: true });
		writeFileSync(path.join(dist, 'index.html'), 'last good site');
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: contentFolder(badCase), LCF_DIST_DIR: dist });
		expect(status).toBe(1);
		expect(output).toContain('Nothing was built. The last good site');
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(existsSync(`${dist}.building`)).toBe(false);
	});

	test('stops before building, naming the link, when it would break a published one, and leaves the last good site untouched', () => {
		const content = contentFolder();
		const links = [{ url: '/pathways/pathway-1/#p1-knows-self' }, { url: '/pathways/pathway-1/#p1-renamed-without-former-id', code: 'P1-CU1.9', id: 'p1-renamed-without-former-id' }];
		writeFileSync(path.join(content, 'published-links.json'), JSON.stringify({ links }));
		const dist = path.join(`${content}-site`, 'dist'); // Outside the content folder, which holds only content.
		mkdirSync(dist, { recursive: true });
		writeFileSync(path.join(dist, 'index.html'), 'last good site');
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		expect(status, output).toBe(1);
		expect(output).toContain('published-links.json:1  /pathways/pathway-1/#p1-renamed-without-former-id is published, but no attribute of /pathways/pathway-1/ has the id "p1-renamed-without-former-id" any more');
		expect(output).toContain('add formerIds: [p1-renamed-without-former-id] to it');
		expect(output).toContain('Nothing was built.');
		expect(output).not.toMatch(/\n\s+at /); // no stack trace
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(existsSync(`${dist}.building`)).toBe(false);
	});

	// A whole build (without PDFs): slow on a busy machine, so given room.
	test('builds content with implausible values, warning of each', { timeout: 300_000 }, () => {
		const content = contentFolder(warningCases[0]![0]);
		cpSync(path.join(badContent, warningCases[1]![0]), content, { recursive: true });
		const dist = path.join(`${content}-site`, 'dist');
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		expect(status, output).toBe(0);
		for (const [, fileAndLine, field, message] of warningCases) expect(output).toContain(`${path.basename(content)}/${fileAndLine}  ${field}: ${message}`);
		expect(readFileSync(path.join(dist, 'pathways/pathway-4/index.html'), 'utf8')).toContain('Knows the whole system and how it fits together');
	});

	test('builds a pathway that exists only as content files (pathways 1 and 4 here)', () => {
		const content = contentFolder();
		// Published links, one by an attribute's former id: the build checks they all still work.
		const links = [{ url: '/pathways/pathway-1/#p1-knows-strengths' }, { url: '/capabilities/maintaining-curiosity/curiosity-of-oneself/' }];
		writeFileSync(path.join(content, 'published-links.json'), JSON.stringify({ links }));
		const dist = path.join(`${content}-site`, 'dist'); // Outside the content folder, which holds only content.
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist });
		expect(status, output).toBe(0);
		const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
		expect(home).toContain('Pathway 1: Practice Supervisors');
		expect(home).toContain('Pathway 4: Practice Leaders');
		// Renamed ids: the old sub-capability page redirects, the old attribute fragment still lands.
		const moved = readFileSync(path.join(dist, 'capabilities/maintaining-curiosity/curiosity-of-oneself/index.html'), 'utf8');
		expect(moved).toContain('<meta http-equiv="refresh" content="0; url=/capabilities/maintaining-curiosity/curiosity-of-self/">');
		expect(moved).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/capabilities\/maintaining-curiosity\/curiosity-of-self\/">/);
		expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toContain(
			'/capabilities/maintaining-curiosity/curiosity-of-oneself/ /capabilities/maintaining-curiosity/curiosity-of-self/ 301',
		);
		const pathway1 = readFileSync(path.join(dist, 'pathways/pathway-1/index.html'), 'utf8');
		expect(pathway1).toMatch(/<li class="lcf-attribute" id="p1-knows-self"[^]*?<span class="lcf-former-id" id="p1-knows-strengths"><\/span><\/li>/);
		// A renamed capability: its old page redirects, and its old #anchor on pathway pages still lands.
		expect(pathway1).toMatch(/<section class="lcf-capability" id="maintaining-curiosity"[^>]*><span class="lcf-former-id" id="staying-curious"><\/span>/);
		expect(readFileSync(path.join(dist, 'capabilities/staying-curious/index.html'), 'utf8')).toContain('url=/capabilities/maintaining-curiosity/');
	});
});
