/** `npm run pdf`: prints the pathways and the comparison of the built site in dist/ to PDF. */
import path from 'node:path';
import { buildPdfs } from './build-steps/pdf.ts';

await buildPdfs(path.resolve(process.env.LCF_DIST_DIR || 'dist'));
