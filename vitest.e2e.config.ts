import { defineConfig } from 'vitest/config';

// Real-browser tests: Playwright drives Debian's Chromium with the production build loaded.
// One browser at a time (2 cores), long timeouts for cold starts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
