import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts so that tests run without the deck plugin.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
