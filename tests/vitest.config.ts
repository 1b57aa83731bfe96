/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Two tiers. `unit`: pure logic on small in-memory inputs, nothing built (`npm run test:unit`).
 * `site`: the content checker, the built site and the browser; it builds the site once into dist/ first.
 * `npm test` runs both.
 *
 * Astro's Vite config, so that unit tests can import `.astro` components and render them alone
 * with the container API (https://docs.astro.build/en/reference/container-reference/).
 */
export default getViteConfig({
	test: {
		root,
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// `expect.poll` waits 1 s by default: on a loaded CI machine a smooth scroll or an island's
		// first paint has taken longer (https://vitest.dev/config/expect).
		expect: { poll: { timeout: 10_000 } },
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/helpers/temporary-folders.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/unit/**'],
					globalSetup: ['tests/helpers/temporary-folders.ts', 'tests/helpers/build-site.ts'],
				},
			},
		],
	},
});
