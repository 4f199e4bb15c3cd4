// Builds the game and a bare Phaser 4 page the same way and prints the JavaScript each loads first (gzip bytes).
// Usage: npx tsx scripts/bench/bundle-size.ts [--json]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '../..');

/** Gzip bytes of the scripts an index.html loads before anything else: its module entry and modulepreloads. */
export function firstLoadGzip(outDir: string): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.map((f) => readFileSync(join(outDir, f.replace(/^\.?\//, ''))));
  return { files, gzipBytes: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), rawBytes: bytes.reduce((n, b) => n + b.length, 0) };
}

export async function measureBundles() {
  const gameOut = join(ROOT, 'dist');
  const baseOut = join(ROOT, 'dist-baseline');
  await build({ root: ROOT, logLevel: 'warn' });
  await build({ root: join(ROOT, 'scripts/bench/phaser-baseline'), base: './', publicDir: false, logLevel: 'warn', build: { outDir: baseOut, emptyOutDir: true } });
  const game = firstLoadGzip(gameOut);
  const baseline = firstLoadGzip(baseOut);
  return { gameOut, baseOut, bundleGzipBytes: game.gzipBytes, phaserBaselineGzipBytes: baseline.gzipBytes, ratio: +(game.gzipBytes / baseline.gzipBytes).toFixed(3), gameFiles: game.files, baselineFiles: baseline.files };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const r = await measureBundles();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else console.log(`first-load JS (gzip): game ${(r.bundleGzipBytes / 1024).toFixed(1)} KB, bare Phaser ${(r.phaserBaselineGzipBytes / 1024).toFixed(1)} KB, ratio ${r.ratio}`);
}
