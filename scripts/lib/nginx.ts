/**
 * Runs real nginx on a built site, with the site's own `nginx-site.conf`, as a child process on
 * 127.0.0.1: `npm run serve:nginx` and the browser tests use it. Everything nginx writes goes to
 * a temporary folder that is removed when it stops.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hostFiles } from './host-rules.ts';
import { nginxServerConfig } from './nginx-config.ts';

export interface NginxServer {
	/** The origin, e.g. `http://127.0.0.1:40123` (no trailing slash). */
	url: string;
	close(): Promise<void>;
}

const candidates = [process.env['NGINX_PATH'], '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];

/** The nginx executable: NGINX_PATH, else where Debian and others install it. */
export function nginxPath(): string {
	const found = candidates.find((file): file is string => !!file && existsSync(file));
	if (found) return found;
	const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
	if (which) return which;
	throw new Error('nginx is not installed: install it (Debian: apt-get install nginx) or set NGINX_PATH to the nginx executable.');
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Starts nginx on `siteDir` at `port` (a free one if not given) and waits until it answers. */
export async function startNginx(siteDir: string, port?: number): Promise<NginxServer> {
	const site = path.resolve(siteDir);
	if (!existsSync(path.join(site, hostFiles.nginx))) throw new Error(`${site} has no ${hostFiles.nginx}: run \`npm run build\` first.`);
	const executable = nginxPath();
	const prefix = mkdtempSync(path.join(tmpdir(), 'lcf-nginx-'));
	const chosen = port ?? (await freePort());
	const user = process.getuid?.() === 0 ? userInfo().username : undefined;
	writeFileSync(path.join(prefix, 'nginx.conf'), nginxServerConfig({ siteDir: site, port: chosen, prefix, user }));
	// -e: the error log from the start, before nginx has read the configuration (else /var/log/nginx).
	const child = spawn(executable, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
	let exited: number | null | undefined;
	child.on('exit', (code) => (exited = code));
	const url = `http://127.0.0.1:${chosen}`;
	const errors = () => (existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8').trim() : '');
	const stop = async () => {
		if (exited === undefined) {
			const gone = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGQUIT'); // nginx's graceful stop
			await Promise.race([gone, sleep(5_000).then(() => child.kill('SIGKILL'))]);
		}
		rmSync(prefix, { recursive: true, force: true });
	};
	for (let tries = 0; ; tries++) {
		if (exited !== undefined) {
			const log = errors();
			await stop();
			throw new Error(`nginx stopped (exit code ${exited}):\n${log}`);
		}
		const answered = await fetch(`${url}/`, { method: 'HEAD' }).then(
			() => true,
			() => false,
		);
		if (answered) break;
		if (tries > 100) {
			await stop();
			throw new Error(`nginx did not answer on ${url} within 10 s:\n${errors()}`);
		}
		await sleep(100);
	}
	return { url, close: stop };
}
