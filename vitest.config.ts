import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['./tests/fastCheckSeed.ts'],
    // Browser tests share one Chromium; two cores do not gain from running many files at once.
    maxWorkers: 2,
    // .ci/run asks for a JSON report too, to check that the browser suites really ran.
    reporters: ['default', './tests/summaryReporter.ts', ...(process.env.EVENTLINE_TEST_REPORT ? ['json'] : [])],
    ...(process.env.EVENTLINE_TEST_REPORT ? { outputFile: { json: process.env.EVENTLINE_TEST_REPORT } } : {}),
  },
});
