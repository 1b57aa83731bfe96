/** The benchmark's Lighthouse row serves the site gzipped, as a host does: text compressed, images as they are. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite, type DistServer } from '../../scripts/tools/static-server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'lcf-gzip-'));
const html = `<!doctype html><title>t</title>${'<p>Leaders show curiosity.</p>'.repeat(200)}`;
writeFileSync(path.join(dir, 'index.html'), html);
writeFileSync(path.join(dir, 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

const get = async (server: DistServer, url: string, encoding = 'gzip, br') => {
	const response = await fetch(`${server.url}${url}`, { headers: { 'accept-encoding': encoding } });
	return { encoding: response.headers.get('content-encoding'), body: Buffer.from(await response.arrayBuffer()) };
};

describe('serveSite', () => {
	let gzipped: DistServer;
	let plain: DistServer;
	beforeAll(async () => {
		[gzipped, plain] = await Promise.all([serveSite(dir, { gzip: true }), serveSite(dir)]);
	});
	afterAll(async () => Promise.all([gzipped.close(), plain.close()]));

	test('with gzip, sends HTML compressed to a browser that accepts it', async () => {
		const { encoding, body } = await get(gzipped, '/');
		expect(encoding).toBe('gzip');
		// fetch() decompresses it, as a browser does.
		expect(body.toString()).toBe(html);
	});

	test('with gzip, sends an image as it is, and HTML as it is to a client that accepts no gzip', async () => {
		expect((await get(gzipped, '/a.png')).encoding).toBeNull();
		const identity = await get(gzipped, '/', 'identity');
		expect(identity.encoding).toBeNull();
		expect(identity.body.toString()).toBe(html);
	});

	test('without gzip, sends everything as it is', async () => {
		expect((await get(plain, '/')).encoding).toBeNull();
	});
});
