/** Serves the built site for the browser tests. */
import { serveSite, type DistServer } from '../../scripts/tools/static-server.ts';
import { distDir } from './dist.ts';

export type { DistServer, ServedRequest } from '../../scripts/tools/static-server.ts';

export const serveDist = (dir: string = distDir): Promise<DistServer> => serveSite(dir);
