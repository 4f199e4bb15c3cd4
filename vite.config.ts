// Vite (Rolldown) build of the browser game and the unit/property test run; end-to-end tests have their
// own config in tests/e2e because they need a built app and a browser.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** A module of the game's, loaded through Vite's module runner: the config bundles none of the game's code. */
const gameModule = <T>(path: string): Promise<T> => runnerImport<T>(path, { configFile: false, logLevel: 'warn' }).then((r) => r.module);

/** A shipped scenario's file (its folder captured), as Rolldown names modules (with ?raw or ?checked). */
const SCENARIO_FILE = /[\\/]scenarios[\\/]([^\\/]+)[\\/][^\\/]+\.json/;
/** A folder's scenario.json asked for as the build reads the folder (bundled-scenarios.ts). */
const CHECKED = /^(.*[\\/]scenarios[\\/]([^\\/]+))[\\/]scenario\.json\?checked$/;

/**
 * `scenarios/<id>/scenario.json?checked`: the folder read with the rules' own parser, here at build time, as JSON (the
 * scenario; null if the folder has problems, which the page then reads from its files and shows). Parsing a folder
 * was ~20 ms of the page's main thread before a match's first frame, with nothing else to do.
 */
function checkedScenarios(): Plugin {
  let rules: Promise<typeof import('./game/rules/load-scenario')> | null = null;
  return {
    name: 'union-state:checked-scenarios',
    enforce: 'pre',
    async load(id) {
      const match = CHECKED.exec(id);
      if (!match) return null;
      const [, dir = '', folder = ''] = match;
      const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      for (const name of names) this.addWatchFile(join(dir, name));
      const { parseScenario } = await (rules ??= gameModule('/game/rules/load-scenario.ts'));
      const parsed = parseScenario(folder, Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')])));
      // JSON.parse of a string: faster than evaluating an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parsed.ok ? parsed.scenario : null))});`;
    },
  };
}

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
      async handler(html, { bundle }) {
        if (!bundle) return html;
        const { MAP_FILES } = await gameModule<typeof import('./game/map/map-files')>('/game/map/map-files.ts');
        const { softwareWebGL } = await gameModule<typeof import('./game/map/renderer-probe')>('/game/map/renderer-probe.ts');
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
        // As early-assets.ts asks for them: the SVG as an image, the bitmaps with fetch (a preload answers only a request
        // of its kind).
        const mapFiles = Object.values(MAP_FILES).map((path) => (path.endsWith('.svg') ? { rel: 'preload', as: 'image', href: base + path } : { rel: 'preload', as: 'fetch', crossOrigin: '', href: base + path }));
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

/** Phaser's source folder (its package exports only the prebuilt files). */
const PHASER_SRC = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
/** The build flags Phaser's own builds set (config/webpack.dist.config.js), with sound off: the map plays none. */
const PHASER_FLAGS: Record<string, boolean> = { CANVAS_RENDERER: true, WEBGL_RENDERER: true, WEBGL_DEBUG: false, FEATURE_SOUND: false, EXPERIMENTAL: false, PLUGIN_CAMERA3D: false, PLUGIN_FBINSTANT: false };
const PHASER_FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

/**
 * `phaser` in the build is Phaser's own core entry (src/phaser-core.js: no physics, tilemaps, particles, sound...)
 * and the game-object events, circle and colour helpers the map also uses: 787 KB minified instead of 1,367 (206 KB
 * gzipped instead of 357), evaluated in ~25 ms instead of 55-90 before a match's first frame. The types stay the full
 * package's, so a use of something left out passes tsc: the end-to-end tests, which fail on any page error, catch it.
 */
function phaserCore(): Plugin {
  const ID = '\0union-state:phaser-core';
  const src = (path: string) => JSON.stringify(join(PHASER_SRC, path).replaceAll('\\', '/'));
  return {
    name: 'union-state:phaser-core',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) { return id === 'phaser' ? ID : null; },
    load(id) {
      if (id !== ID) return null;
      return `const Phaser = require(${src('phaser-core.js')});
Phaser.GameObjects.Events = require(${src('gameobjects/events/index.js')});
Phaser.Geom = { Circle: require(${src('geom/circle/index.js')}) };
Phaser.Display.Color = require(${src('display/color/index.js')});
module.exports = Phaser;`;
    },
    transform(code, id) {
      if (!id.replaceAll('\\', '/').startsWith(PHASER_SRC.replaceAll('\\', '/'))) return null;
      // What Phaser's webpack builds do with DefinePlugin; and `global` is webpack's name for the window.
      return code.replace(PHASER_FLAG, (_, flag: string) => String(PHASER_FLAGS[flag])).replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
    },
  };
}

export default defineConfig({
  plugins: [checkedScenarios(), matchPreloads(), phaserCore()],
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
            // What the build read (?checked) is all a match needs of its scenario; the files come apart, when needed.
            { debugName: 'scenario folders', name: (id) => { const folder = SCENARIO_FILE.exec(id)?.[1]; return folder ? `${CHECKED.test(id) ? 'scenario' : 'files'}-${folder}` : null; } },
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
    // Property tests replay dozens of whole games: ~3.5 s each alone, past vitest's 5 s default when other work shares
    // the machine's two cores. A timeout guards against a hang here, not speed (that is the bench's job).
    testTimeout: 30_000,
  },
});
