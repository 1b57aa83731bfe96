/**
 * `PORT=8080 npm run serve:nginx`: serves the built site in dist/ (or `LCF_DIST_DIR`) through real
 * nginx on 127.0.0.1, with exactly the configuration the build wrote (`dist/nginx-site.conf`), until
 * Ctrl+C.
 */
import path from 'node:path';
import { startNginx } from './lib/nginx.ts';

const dist = path.resolve(process.env['LCF_DIST_DIR'] || 'dist');
const port = Number(process.env['PORT'] || 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
	console.error(`PORT must be a port number from 1 to 65535, not "${process.env['PORT']}".`);
	process.exit(1);
}
let server;
try {
	server = await startNginx(dist, port);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
console.log(`nginx serves ${path.relative(process.cwd(), dist) || '.'}/ at ${server.url}/ (Ctrl+C stops it).`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
