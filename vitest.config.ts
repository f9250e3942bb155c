import { defineConfig } from 'vitest/config';

// Unit tests: pure lib code under jsdom. E2E lives in test/e2e and runs through its own runner.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
