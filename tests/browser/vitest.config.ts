import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium against the built sites, served locally (see README.md here).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    globalSetup: ['tests/browser/global-setup.ts'],
    // Two cores: one test file (one Chromium) at a time keeps timings steady and leaves room for the browser.
    fileParallelism: false,
    // Builds happen in globalSetup; a single test may still wait for a map to render in SwiftShader.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The machine is shared: give what the page does after load (filters, search) time to show.
    expect: { poll: { timeout: 10_000 } },
  },
});
