// End-to-end run: builds the game, serves it on 127.0.0.1 and drives Debian's Chromium through playwright-core.
// Separate from the unit config because it needs a build, a server and a browser. Run: npm run test:e2e.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // A full game through the interface takes a while under software WebGL; one browser at a time on 2 cores.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
