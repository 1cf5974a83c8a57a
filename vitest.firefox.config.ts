import { defineConfig } from 'vitest/config';

// The Firefox build and `web-ext lint` on it (`npm run test:firefox` builds first). No Firefox is
// installed here, so Firefox behaviour is covered by this, the build, and the adapters' unit tests.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/firefox.json' },
    testTimeout: 120_000,
  },
});
