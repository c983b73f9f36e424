import { defineConfig } from 'vitest/config';

// Unit tests: plain modules (schemas, validation, ranges, exports), no Astro build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
  },
});
