import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Chromium (playwright-core, Debian's /usr/bin/chromium) with the e2e build
 * (`.output/chrome-mv3-e2e/`, DESIGN.md "Test build") against the demo portal and fixture pages served
 * on 127.0.0.1. One browser at a time (2 cores): no file parallelism. The global setup builds the
 * extension once unless PLUMBLINE_SKIP_BUILD=1.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
