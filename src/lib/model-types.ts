/**
 * The shape of the resolved model `buildModel` makes: each entity of the content as a node that
 * carries its relations to the others, worked out once per build.
 */
import type { Attribute, Capability, CurriculumArea, Framework, Pathway, Resource, SitePage, SubCapability } from '../../schemas/index.ts';

/** `content/framework.yaml`: the publication's own record (title, publisher, edition, date, sources). */
export type FrameworkRecord = Framework;

/** What `buildModel` reads: the collections' entries, as the content loaders give them. */
export interface ModelEntries {
	about: FrameworkRecord;
	pathways: { id: string; data: Pathway; body?: string | undefined }[];
	capabilities: Capability[];
	subCapabilities: SubCapability[];
	curriculumAreas: CurriculumArea[];
	attributes: Attribute[];
	resources: { id: string; data: Resource; body?: string | undefined }[];
	sitePages: { id: string; data: SitePage }[];
}

export interface PathwayNode extends Pathway {
	id: string;
	/** "Pathway 2: Middle Leaders". */
	label: string;
	/** "Pathway 2". */
	shortLabel: string;
	url: string;
	/** The pathway's introduction (MDX source), for search. */
	body: string;
	/** In framework order: capability, then sub-capability, then the attribute's own order. */
	attributes: AttributeNode[];
	/** The pathway its page offers to compare with: the level up, or from the top one the level below. */
	comparesWith: PathwayNode | undefined;
	/**
	 * Where its attributes' areas come from (`source`, `source-symbol`, `editorial`: see `areasFrom`
	 * in schemas/attribute.ts), each once, in the order they first occur.
	 */
	areasFrom: Set<Attribute['areasFrom']>;
}

export interface CapabilityNode extends Capability {
	url: string;
	subCapabilities: SubCapabilityNode[];
	/** Every pathway's attributes under it: by sub-capability, then pathway. */
	attributes: AttributeNode[];
	/** Resources linked to it. */
	resources: ResourceNode[];
}

/** One pathway's part of one sub-capability. */
export interface PathwayAttributes {
	pathway: PathwayNode;
	/** The description as that pathway's source words it: its own wording where it differs, else the shared one. */
	description: string;
	attributes: AttributeNode[];
}

export interface SubCapabilityNode extends Omit<SubCapability, 'capability'> {
	capability: CapabilityNode;
	url: string;
	/** Every pathway, in order, with its attributes here (at least one each: the checker makes sure). */
	byPathway: PathwayAttributes[];
	/** Every pathway's attributes here. */
	attributes: AttributeNode[];
	/** The sub-capabilities before and after it, across capabilities, in framework order. */
	previous: SubCapabilityNode | undefined;
	next: SubCapabilityNode | undefined;
	/** Resources linked to it, directly or through one of their strategies. */
	resources: ResourceNode[];
}

export interface CurriculumAreaNode extends CurriculumArea {
	url: string;
}

export interface AttributeNode extends Omit<Attribute, 'pathway' | 'subCapability' | 'areas'> {
	pathway: PathwayNode;
	capability: CapabilityNode;
	subCapability: SubCapabilityNode;
	/** Its curriculum areas, in the order the content lists them. */
	areas: CurriculumAreaNode[];
	/** Its permanent address: its anchor on its pathway's page. */
	url: string;
}

/** A resource: its record (with the ids its content lists) and those links resolved. */
export interface ResourceNode extends Resource {
	id: string;
	/** Its prose (MDX source), for search. */
	body: string;
	url: string;
	/** What it links to, in the order its page lists them: pathways and sub-capabilities in framework order. */
	links: {
		pathways: PathwayNode[];
		capabilities: CapabilityNode[];
		subCapabilities: SubCapabilityNode[];
		areas: CurriculumAreaNode[];
	};
}

/** A page about the site itself (`content/pages/`): about this content, accessibility, privacy, contact. */
export interface SitePageNode extends SitePage {
	id: string;
	url: string;
	/** Its name in the footer: its `linkText`, or else its title. */
	label: string;
}

export interface Model {
	about: FrameworkRecord;
	/** By number. */
	pathways: PathwayNode[];
	/** In framework order, each with its sub-capabilities in order. */
	capabilities: CapabilityNode[];
	/** Every sub-capability in framework order, across capabilities. */
	subCapabilities: SubCapabilityNode[];
	/** By pathway, then in framework order. */
	attributes: AttributeNode[];
	curriculumAreas: CurriculumAreaNode[];
	/** By title. */
	resources: ResourceNode[];
	/** In footer order. */
	sitePages: SitePageNode[];
	/** Every entity by its id. */
	byId: {
		pathway: Map<string, PathwayNode>;
		capability: Map<string, CapabilityNode>;
		subCapability: Map<string, SubCapabilityNode>;
		attribute: Map<string, AttributeNode>;
		curriculumArea: Map<string, CurriculumAreaNode>;
		resource: Map<string, ResourceNode>;
	};
}
