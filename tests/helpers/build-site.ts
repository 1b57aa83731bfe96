/**
 * Vitest global setup: builds the site once, as `npm run build` does, before any test runs.
 * `LCF_TEST_REUSE_DIST=1` reuses a site already built, to rerun a test file quickly while working on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { distDir } from './dist.ts';

export default function buildSite() {
	if (process.env['LCF_TEST_REUSE_DIST'] === '1' && existsSync(`${distDir}/index.html`)) return;
	execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, LCF_CONTENT_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' } });
}
