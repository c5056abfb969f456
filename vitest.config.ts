import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest's default on 2 cores is one worker; most tests wait on the CLI processes they spawn, so two share the cores.
    maxWorkers: 2,
  },
});
