import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests share one Chromium; two cores do not gain from running many files at once.
    maxWorkers: 2,
    reporters: ['default', './tests/summaryReporter.ts'],
  },
});
