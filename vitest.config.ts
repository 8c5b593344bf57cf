import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    // Builds dist/ when stale, for the tests that spawn the built CLI.
    globalSetup: ['tests/cli/global-setup.ts'],
  },
});
