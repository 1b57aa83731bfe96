/** Serves the built site for the browser tests, through nginx with the site's own configuration. */
import { startNginx, type NginxServer } from '../../scripts/lib/nginx.ts';
import { distDir } from './dist.ts';

export type { DistServer, ServedRequest } from '../../scripts/lib/static-server.ts';
export type SiteServer = NginxServer;

export const serveDist = (dir: string = distDir): Promise<SiteServer> => startNginx(dir);
