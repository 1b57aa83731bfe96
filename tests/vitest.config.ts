/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that unit tests can import `.astro` components and render them alone
// with the container API (https://docs.astro.build/en/reference/container-reference/).
export default getViteConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/**/*.test.ts'],
		// Builds the site once into dist/ for the build-output and browser tests.
		globalSetup: ['tests/helpers/build-site.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
