// Vite (Rolldown) build of the browser game and the unit/property test run; end-to-end tests have their
// own config in tests/e2e because they need a built app and a browser.
import { defineConfig } from 'vitest/config';

/** A shipped scenario's file (its folder captured), as Rolldown names modules (with ?raw). */
const SCENARIO_FILE = /[\\/]scenarios[\\/]([^\\/]+)[\\/][^\\/]+\.json/;

export default defineConfig({
  root: '.',
  publicDir: 'assets',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Phaser alone is ~1.4 MB minified; it sits in its own lazily loaded chunk (below), so that is expected.
    chunkSizeWarningLimit: 1500,
    // Phaser is most of the bytes and changes least: its own chunk keeps it cached across releases,
    // and since only the map imports it (dynamically), the menu loads without it. A scenario folder's files are
    // one chunk (one request rather than eleven: 55 requests queued behind six connections delayed the first frame).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { debugName: 'scenario folders', name: (id) => { const folder = SCENARIO_FILE.exec(id)?.[1]; return folder ? `scenario-${folder}` : null; } },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
