/** The content as the checker has read it: each parsed value with the file and place it came from. */
import type { AttributeFile, Capability, CurriculumArea, Framework, Pathway, Resource, SubCapability } from '../../schemas/index.ts';
import type { PublishedLinks } from './published-links-file.ts';
import type { Path, SourceFile } from './where.ts';

/** The files of one record or a list of records, which the rules read beside the others. */
export type ListFile = 'framework' | 'capabilities' | 'subCapabilities' | 'curriculumAreas';

/** A parsed value and where it came from. */
export interface Parsed<T> {
	value: T;
	source: SourceFile;
	path: Path;
	/** For file-per-entry content, the id taken from the file's path. */
	id?: string;
}

export interface ParsedContent {
	framework: Framework | undefined;
	capabilities: Parsed<Capability>[];
	subCapabilities: Parsed<SubCapability>[];
	curriculumAreas: Parsed<CurriculumArea>[];
	pathways: Parsed<Pathway>[];
	attributeFiles: Parsed<AttributeFile>[];
	resources: Parsed<Resource>[];
	/** Every folder under `pathways/` with the files it lacks, to catch a half-added pathway. */
	pathwayFolders: { id: string; file: string; missing: string[] }[];
	/**
	 * The ids each list file declares, valid entries or not; undefined when the file could not be
	 * read. References are checked against these, so one broken file does not make every
	 * reference to it look wrong too.
	 */
	/** The ids of the pages about the site itself (`pages/<id>.mdx`, served at `/<id>/`). */
	sitePages: string[];
	/** The registry of published links, when there is one and it can be read. */
	publishedLinks?: PublishedLinks | undefined;
	declaredIds: Record<'capabilities' | 'subCapabilities' | 'curriculumAreas', Set<string> | undefined>;
	/**
	 * What could not be read or failed its schema, and so is missing from the lists above: the ids of
	 * pathways (either file) and resources and site pages, and the list files (capabilities,
	 * sub-capabilities, areas) and framework.yaml of which an entry was dropped. The rules that need
	 * them skip what depends on them: it is unread, not removed or wrong, and the file has its own problem.
	 */
	unchecked: { pathways: Set<string>; resources: Set<string>; sitePages: Set<string>; lists: Set<ListFile> };
}
