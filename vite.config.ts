// Vite (Rolldown) build of the browser game and the unit/property test run; end-to-end tests have their
// own config in tests/e2e because they need a built app and a browser.
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { MAP_FILES } from './game/map/map-files';
import { softwareWebGL } from './game/map/renderer-probe';

/** A shipped scenario's file (its folder captured), as Rolldown names modules (with ?raw). */
const SCENARIO_FILE = /[\\/]scenarios[\\/]([^\\/]+)[\\/][^\\/]+\.json/;

/** Where index.html takes the match preloads: before the stylesheet, which an inline script would wait for. */
const PRELOADS_MARK = '<!-- match preloads -->';

/**
 * A match's address (?play=…&scenario=<id>) needs that scenario's chunk, the map's (Phaser) and the map's files
 * (map-files.ts) before its first frame, but the entry chunk asks for them only once it has run (100-300 ms of
 * evaluation), and then sat idle waiting for the scenario. A few lines in the page ask for them at once instead (three
 * bots playing show no map: only the scenario's), and probe the map's renderer (renderer-probe.ts) while the page waits
 * for its scripts. Other pages (the menu) load as before, without Phaser in their first load.
 */
function matchPreloads(): Plugin {
  let base = '/';
  return {
    name: 'union-state:match-preloads',
    apply: 'build',
    configResolved(config) { base = config.base; },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        /** A chunk's file and those it imports, but for the entry's, which the page loads anyway. */
        const withImports = (fileName: string, seen: Set<string>): string[] => {
          if (seen.has(fileName)) return [];
          seen.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          return [base + fileName, ...(chunk?.imports ?? []).flatMap((f) => withImports(f, seen))];
        };
        const entry = new Set<string>();
        for (const c of chunks.filter((c) => c.isEntry)) withImports(c.fileName, entry);
        const map = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith('/game/map/index.ts'));
        if (!map) throw new Error('match-preloads: no chunk for game/map/index.ts');
        const modules = (fileName: string) => withImports(fileName, new Set(entry)).map((href) => ({ rel: 'modulepreload', crossOrigin: '', href }));
        const scenarios = Object.fromEntries(chunks.flatMap((c) => (c.name.startsWith('scenario-') ? [[c.name.slice('scenario-'.length), modules(c.fileName)]] : [])));
        // Phaser first, the largest file: the entry's own files already hold five of HTTP/1.1's six connections.
        const mapModules = modules(map.fileName).reverse();
        const mapFiles = Object.values(MAP_FILES).map((path) => ({ rel: 'preload', as: 'image', href: base + path }));
        const code = `(function () {
  var q = new URLSearchParams(location.search);
  if (!q.get('play')) return;
  var map = q.get('play') !== 'bots';
  var asks = (map ? ${JSON.stringify(mapModules)} : []).concat(${JSON.stringify(scenarios)}[q.get('scenario')] || [], map ? ${JSON.stringify(mapFiles)} : []);
  asks.forEach(function (ask) { document.head.append(Object.assign(document.createElement('link'), ask)); });
  var renderer = q.get('renderer');
  if (map && renderer !== 'canvas' && renderer !== 'webgl') document.documentElement.dataset.softwareWebgl = String((${softwareWebGL.toString()})());
})();`;
        if (!html.includes(PRELOADS_MARK)) throw new Error(`match-preloads: index.html has no ${PRELOADS_MARK}`);
        return html.replace(PRELOADS_MARK, `<script>${code}</script>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [matchPreloads()],
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
