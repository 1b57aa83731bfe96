/**
 * One fixture folder per class of editor mistake (tests/fixtures/bad-content/<class>/, laid over
 * the valid fixture). Each must stop `npm run check` and the build with a message that names the
 * file and the field, and leave an existing site untouched.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentFolder, runScript } from '../helpers/fixtures.ts';

/** [error class, file, where in the file, what the message must say] */
const cases: [string, string, string, string][] = [
	['missing-field', 'capabilities.yaml:1', '#1 (maintaining-curiosity) › title', 'is missing: add "title:" to this entry'],
	['mistyped-field', 'pathways/pathway-1/attributes.yaml:11', 'curiosity-of-self › #2 (p1-decides-well) › aeras', 'is not a field: did you mean "areas"? Correct the spelling'],
	['wrong-type', 'pathways/pathway-4/pathway.mdx:2', 'number', 'must be a whole number, e.g. 2'],
	['malformed-yaml', 'sub-capabilities.yaml:8', '', 'is not valid YAML'],
	['invalid-mdx', 'pathways/pathway-1/pathway.mdx:8', '', 'is not valid MDX: Expected a closing tag for `<span>`'],
	['mdx-expression', 'resources/sample.mdx:23', '', 'has "{leaders}", which MDX reads as code: to show the braces, write \\{ and \\}'],
	['mdx-component', 'resources/sample.mdx:23', '', 'has <Callout>, which is not part of this site'],
	['resource-file-name', 'resources/Another Resource.mdx', '', 'has a name that cannot be its address (/resources/<name>/): use lowercase letters, digits and hyphens, e.g. another-resource.mdx'],
	['unread-file', 'resources/notes.md', '', 'is not read by the site (each resource is one .mdx file); rename it notes.mdx'],
	['broken-site-link', 'resources/sample.mdx:23', '', 'links to /capabilities/providing-clarty/, which is not a page of this site'],
	['mdx-unsafe', 'resources/sample.mdx:23', '', 'has <abbr> with a {…} value, which MDX reads as code'],
	['mdx-unsafe', 'resources/sample.mdx:25', '', 'has <iframe>, which content may not use'],
	['unknown-pathway', 'resources/sample.mdx:8', 'pathways › #1', '"pathway-9" is not a known pathway'],
	['unknown-capability', 'sub-capabilities.yaml:3', '#1 (curiosity-of-self) › capability', '"maintaining-curiousity" is not a known capability'],
	['unknown-sub-capability', 'pathways/pathway-4/attributes.yaml:14', 'clarity-of-vision', 'is not a known sub-capability'],
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
	['pathway-wording', 'sub-capabilities.yaml:9', '#1 (curiosity-of-self) › pathwayDescriptions › pathway-9', '"pathway-9" is not a known pathway: use the id of a folder in pathways/ (pathway-1, pathway-4).'],
	['pathway-wording', 'sub-capabilities.yaml:10', '#1 (curiosity-of-self) › pathwayDescriptions › pathway-4', 'is the same as description: give a pathway its own wording only where its source differs, or remove it'],
	['site-page-missing-field', 'pages/privacy.mdx:2', 'description', 'is missing: add "description:" to this entry'],
	['symbol-mismatch', 'pathways/pathway-1/attributes.yaml:5', 'curiosity-of-self › #1 (p1-knows-self) › areas', 'must include "leadership-essentials", the area of its symbol 🧠'],
];

describe('npm run check', () => {
	test('passes the valid fixture', () => {
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: contentFolder() });
		expect(output).toContain('Content is valid');
		expect(status).toBe(0);
	});

	test.each(cases)('reports %s with its file, line and field', (badCase, fileAndLine, field, message) => {
		const dir = contentFolder(badCase);
		const { status, output } = runScript('scripts/check.ts', { LCF_CONTENT_DIR: dir });
		expect(status).toBe(1);
		const line = output.split('\n').find((l) => l.includes(`${path.basename(dir)}/${fileAndLine}  `));
		expect(line, output).toBeDefined();
		expect(line).toContain(`  ${field ? `${field}: ` : ''}${message}`);
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

	test('stops, naming the link, when it would break a published one, and leaves the last good site untouched', () => {
		const content = contentFolder();
		const links = [{ url: '/pathways/pathway-1/#p1-knows-self' }, { url: '/pathways/pathway-1/#p1-renamed-without-former-id', code: 'P1-CU1.9', id: 'p1-renamed-without-former-id' }];
		writeFileSync(path.join(content, 'published-links.json'), JSON.stringify({ links }));
		const dist = path.join(`${content}-site`, 'dist'); // Outside the content folder, which holds only content.
		mkdirSync(dist, { recursive: true });
		writeFileSync(path.join(dist, 'index.html'), 'last good site');
		const { status, output } = runScript('scripts/build.ts', { LCF_CONTENT_DIR: content, LCF_DIST_DIR: dist, LCF_SKIP_PDF: '1' });
		expect(status, output).toBe(1);
		expect(output).toContain('The new site would break 1 published link');
		expect(output).toContain('/pathways/pathway-1/#p1-renamed-without-former-id: /pathways/pathway-1/ has no element with id "p1-renamed-without-former-id"');
		expect(output).toContain('keep its old id in its formerIds');
		expect(output).not.toMatch(/\n\s+at /); // no stack trace
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(existsSync(`${dist}.building`)).toBe(false);
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
