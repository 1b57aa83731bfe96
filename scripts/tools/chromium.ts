/**
 * Headless Chromium for PDFs and browser tests: CHROMIUM_PATH, else @sparticuz's bundled build on
 * Linux x64, else a system Chromium.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';

// Only these: @sparticuz's own `chromium.args` would turn off web security (and with it the
// same-origin rules the pages are tested under). The rest keep Chromium from calling home.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to run. */
export async function chromiumPath(): Promise<string> {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) return fromEnv;
	if (process.platform === 'linux' && process.arch === 'x64') return unpackBundledChromium();
	const found = systemChromiums.find((file) => existsSync(file));
	if (!found) throw new Error(`No Chromium found in ${systemChromiums.join(', ')}: set CHROMIUM_PATH to a Chromium or Chrome executable.`);
	return found;
}

/** Launches headless Chromium; close it when done. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: await chromiumPath(), headless: true, args });
}

/**
 * @sparticuz/chromium unpacks its browser into the temp folder on first use and afterwards returns
 * whatever is there, so two test files starting at once could run a half-written binary. A lock
 * folder lets one unpack while the others wait. (Its `setGraphicsMode` only changes its `args`,
 * which are not used, so SwiftShader needs no switching off: `--disable-gpu` keeps GL unused.)
 */
async function unpackBundledChromium(): Promise<string> {
	const lock = path.join(tmpdir(), 'lcf-chromium-unpack.lock');
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			// A lock older than any unpacking takes was left by a process that died holding it.
			const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > 120_000) rmSync(lock, { recursive: true, force: true });
			else await sleep(100);
		}
	}
	try {
		const { default: bundled } = await import('@sparticuz/chromium');
		return await bundled.executablePath();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}
