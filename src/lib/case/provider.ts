/**
 * The CASE 1.1 provider as static files: every response body a consumer can GET under
 * `/ims/case/v1p1/`, keyed by its path there. Bodies follow 1EdTech's JSON Schemas, which forbid
 * extra fields, so each endpoint gets its own shape (an item in a package has no CFDocumentURI,
 * `CFItems/{id}` must have one).
 */
import { caseFramework, conceptRootLink, groupingLink, itemTypeLink, link } from './framework.ts';
import { caseId, changeDateTime, conceptRoot, itemTypes, sameAcrossPathways, type CaseAddresses, type CaseInput, type CaseObject } from './model.ts';

/** Where the provider lives: the path the CASE specification fixes. */
export const caseBase = '/ims/case/v1p1/';
/**
 * The document list's file. `CFDocuments` is also the folder of `CFDocuments/{id}`, and a static
 * site cannot hold a file and a folder of one name: hosts rewrite `CFDocuments` to this file.
 */
export const documentListFile = 'CFDocuments.json';
export const discoveryFile = 'discovery/imscasev1p1_openapi3_v1p0.json';
/** The body hosts answer with, status 404, for any address under the base that has no file. */
export const notFoundFile = 'not-found.json';

/**
 * CASE's answer for an identifier the provider does not hold (the binding's 404: codeMajor/severity
 * `failure`/`error`, code minor `unknownobject`), as 1EdTech's imsx_StatusInfo schema has it. A
 * static host cannot tell an unknown identifier from a malformed one (`invalid_uuid`, 400), so
 * both get this; and `CFLicenses`, `CFRubrics` and `CFSubjects`, which the discovery document
 * lists as every CASE 1.1 provider's, answer it for every identifier, since none are published.
 */
export const notFoundBody = {
	imsx_codeMajor: 'failure',
	imsx_severity: 'error',
	imsx_description: 'Unknown Object: this CASE provider publishes nothing with this identifier.',
	imsx_codeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: 'unknownobject' }] },
} as const;

/**
 * What hosts must be told to serve the provider (docs/case.md, "Hosting"): every file under the
 * base is JSON, most having no extension; the list's address is rewritten (answered with the
 * file, not redirected: a CASE client need not follow redirects) to the file that holds it; and
 * an address with no file answers 404 with CASE's status payload, not the site's HTML page.
 */
export const caseHostRules = {
	jsonFolder: caseBase,
	rewrites: [{ from: `${caseBase}CFDocuments`, to: `${caseBase}${documentListFile}` }],
	notFound: { folder: caseBase, file: `${caseBase}${notFoundFile}` },
	/** The endpoints with nothing published: every address under them is a 404, whatever the host. */
	emptyEndpoints: ['CFLicenses', 'CFRubrics', 'CFSubjects'].map((endpoint) => `${caseBase}${endpoint}/`),
};

export function caseAddresses(site: URL): CaseAddresses {
	return {
		case: (endpoint, identifier) => new URL(`${caseBase}${endpoint}/${identifier}`, site).href,
		page: (path) => new URL(path, site).href,
	};
}

/** Every CASE response body by its path under `/ims/case/v1p1/`. */
export function caseFiles(input: CaseInput, site: URL): Map<string, unknown> {
	const at = caseAddresses(site);
	const lastChangeDateTime = changeDateTime(input.about.date);
	const files = new Map<string, unknown>();
	const documents: CaseObject[] = [];
	const associationsOf = new Map<string, CaseObject[]>();
	const allItems: CaseObject[] = [];
	const definitions = caseDefinitions(input, at, lastChangeDateTime);

	for (const pathway of input.pathways) {
		const { document, items, associations } = caseFramework(input, pathway, at);
		const documentLink = link(document, document.title);
		const packageLink = { ...documentLink, uri: at.case('CFPackages', document.identifier) };
		documents.push({ ...document, CFPackageURI: packageLink });
		files.set(`CFDocuments/${document.identifier}`, { ...document, CFPackageURI: packageLink });
		const crossPathway = associations.some((a) => 'CFAssociationGroupingURI' in a);
		files.set(`CFPackages/${document.identifier}`, {
			CFDocument: document,
			CFItems: items,
			CFAssociations: associations,
			CFDefinitions: {
				CFConcepts: definitions.concepts,
				CFItemTypes: definitions.itemTypes,
				...(crossPathway ? { CFAssociationGroupings: [definitions.grouping] } : {}),
			},
		});
		for (const item of items) {
			allItems.push({ ...item, CFDocumentURI: documentLink });
			files.set(`CFItems/${item.identifier}`, { ...item, CFDocumentURI: documentLink });
		}
		for (const association of associations) {
			files.set(`CFAssociations/${association.identifier}`, { ...association, CFDocumentURI: documentLink });
			for (const end of [association.originNodeURI.identifier, association.destinationNodeURI.identifier])
				associationsOf.set(end, [...(associationsOf.get(end) ?? []), association]);
		}
	}
	// Once every document is made: an item's associations include those from other pathways' documents.
	for (const item of allItems)
		files.set(`CFItemAssociations/${item.identifier}`, { CFItem: item, CFAssociations: associationsOf.get(item.identifier) ?? [] });
	files.set(documentListFile, { CFDocuments: documents });
	// `CFItemTypes/{id}` and `CFConcepts/{id}` answer with that one and those below it in the hierarchy.
	for (const type of definitions.itemTypes)
		files.set(`CFItemTypes/${type.identifier}`, { CFItemTypes: definitions.itemTypes.filter((t) => below(t.hierarchyCode, type.hierarchyCode)) });
	for (const concept of definitions.concepts)
		files.set(`CFConcepts/${concept.identifier}`, { CFConcepts: definitions.concepts.filter((c) => below(c.hierarchyCode, concept.hierarchyCode)) });
	if (input.pathways.length > 1) files.set(`CFAssociationGroupings/${definitions.grouping.identifier}`, definitions.grouping);
	files.set(notFoundFile, notFoundBody);
	return files;
}

/** Whether `code` is `parent` or lies under it (`1.2` under `1`). */
const below = (code: string, parent: string) => code === parent || code.startsWith(`${parent}.`);

function caseDefinitions(input: CaseInput, at: CaseAddresses, lastChangeDateTime: string) {
	const itemTypeObjects = itemTypes.map((type) => ({
		...itemTypeLink(type.key, at),
		description: type.description,
		hierarchyCode: type.hierarchyCode,
		typeCode: type.key,
		lastChangeDateTime,
	}));
	const root = conceptRootLink(at);
	const concepts = [
		{ ...root, hierarchyCode: conceptRoot.hierarchyCode, description: "The curriculum areas of the Pathways programme that effective attributes link to. The descriptions of the areas under it are the site's own summaries, not the framework's words.", lastChangeDateTime },
		...input.curriculumAreas.map((area) => {
			const identifier = caseId(`concept:area:${area.id}`);
			// CFConcept has no notes: the extension says, on each concept, that the description is the site's.
			const extensions = { 'lcf:notes': "The description is the site's own summary, not the framework's words." };
			return { identifier, uri: at.case('CFConcepts', identifier), title: area.title, hierarchyCode: `${conceptRoot.hierarchyCode}.${area.order}`, description: area.description, lastChangeDateTime, extensions };
		}),
	];
	const grouping = { ...groupingLink(at), description: sameAcrossPathways.description, lastChangeDateTime };
	return { itemTypes: itemTypeObjects, concepts, grouping };
}
