/** The project's static server answers as the host files tell a real host to (nginx is checked in tests/build/nginx.test.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite, type DistServer } from '../../scripts/tools/static-server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'lcf-static-'));
const id = '3f0b3c1e-0000-5000-8000-000000000000';
const list = JSON.stringify({ CFDocuments: [{ identifier: id }] });
mkdirSync(path.join(dir, 'ims/case/v1p1/CFDocuments'), { recursive: true });
writeFileSync(path.join(dir, 'ims/case/v1p1/CFDocuments.json'), list);
writeFileSync(path.join(dir, `ims/case/v1p1/CFDocuments/${id}`), JSON.stringify({ identifier: id }));
writeFileSync(path.join(dir, 'ims/case/v1p1/not-found.json'), '{"imsx_codeMajor":"failure"}');
writeFileSync(path.join(dir, 'framework.json'), '{}');
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>');

describe('serveSite', () => {
	let server: DistServer;
	beforeAll(async () => {
		server = await serveSite(dir);
	});
	afterAll(() => server.close());

	test('answers CASE\'s document list at its own address with the file it is built as, as nginx does', async () => {
		const response = await fetch(`${server.url}/ims/case/v1p1/CFDocuments`, { redirect: 'manual' });
		expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
		expect(await response.text()).toBe(list);
		expect((await fetch(`${server.url}/ims/case/v1p1/CFDocuments/${id}`)).status).toBe(200);
	});

	test('answers a CASE address with no file with CASE\'s JSON 404', async () => {
		const response = await fetch(`${server.url}/ims/case/v1p1/CFItems/${id}`);
		expect([response.status, await response.text()]).toEqual([404, '{"imsx_codeMajor":"failure"}']);
	});

	test('lets other sites read the CASE provider, its 404 and the open data, and no page', async () => {
		const allows = async (url: string) => (await fetch(server.url + url)).headers.get('access-control-allow-origin');
		expect(await allows('/ims/case/v1p1/CFDocuments')).toBe('*');
		expect(await allows(`/ims/case/v1p1/CFItems/${id}`)).toBe('*');
		expect(await allows('/framework.json')).toBe('*');
		expect(await allows('/')).toBeNull();
		expect(await allows('/no-such-page/')).toBeNull();
	});
});
