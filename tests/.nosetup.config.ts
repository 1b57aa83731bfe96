import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/main', include: ['tests/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 } });
