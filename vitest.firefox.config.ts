import { defineConfig } from 'vitest/config';

// The Firefox build (`npm run test:firefox` builds it first): its manifest and `web-ext lint`, and the
// end-to-end suite in real Firefox ESR (/usr/bin/firefox-esr, headless, puppeteer-core over WebDriver
// BiDi; tests/support/firefox.ts). One browser at a time (2 cores), long timeouts for cold starts.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/firefox.json' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
