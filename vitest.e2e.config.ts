import { defineConfig } from 'vitest/config';

// E2E: the built extension in Debian's Chromium and Firefox ESR, driven by puppeteer-core against
// pages served on 127.0.0.1. Files run one at a time: two cores, and each file owns its browsers.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
    env: { TZ: 'UTC' },
  },
});
