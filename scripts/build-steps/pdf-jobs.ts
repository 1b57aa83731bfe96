/**
 * Which pages the PDF step prints, and where each PDF goes: every pathway page, in portrait, and
 * every comparison page (one per neighbouring pair, src/lib/pathways-shown.ts), in landscape.
 */
import type { FrameworkExport } from '../../schemas/framework-export.ts';
import { comparePairs } from '../../src/lib/pathways-shown.ts';

export interface PdfJob {
	/** The page printed, as a path: `/compare/pathway-3/`. */
	url: string;
	/** Where its PDF is published, as a path: `/downloads/compare-pathway-3.pdf`. */
	pdf: string;
	/** A pathway's page, or a comparison page of two pathways side by side: what a reader of the PDF finds in it. */
	kind: 'pathway' | 'comparison';
	/** The ids of the pathways it prints, in order. */
	pathways: string[];
	landscape: boolean;
}

/** The jobs for the pathways the site publishes (framework.json's, in order). */
export function pdfJobs(pathways: Pick<FrameworkExport['pathways'][number], 'id' | 'url'>[]): PdfJob[] {
	return [
		...pathways.map(({ id, url }) => ({ url: new URL(url).pathname, pdf: `/downloads/${id}.pdf`, kind: 'pathway' as const, pathways: [id], landscape: false })),
		...comparePairs(pathways).map(({ url, pdf, lower, upper }) => ({ url, pdf, kind: 'comparison' as const, pathways: [lower.id, upper.id], landscape: true })),
	];
}
