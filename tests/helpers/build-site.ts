/** Vitest global setup: builds the site once, as `npm run build` does, before any test runs. */
import { execFileSync } from 'node:child_process';

export default function buildSite() {
	execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, LCF_CONTENT_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' } });
}
