import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/**/*.test.ts'],
		// Builds the site once into dist/ for the build-output and browser tests.
		globalSetup: ['tests/helpers/build-site.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
