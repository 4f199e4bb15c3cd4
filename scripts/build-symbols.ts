// Renders every unit symbol (SIDC) used by a scenario's map.json with milsymbol at build time, so the game never
// ships milsymbol (199 KB gzip), and rasterises them in Chromium into one sprite sheet: assets/symbols/atlas.png +
// index.json. The map's first frame then loads one image rather than parsing and rasterising an SVG per unit kind.
// A map.json that is not valid yet (a scenario being written) is skipped with a message naming it.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import ms from 'milsymbol';
import { mapFileSchema } from '../game/rules/scenario-schema';
import { SYMBOL_RASTER } from '../game/map/style';
import type { SymbolIndex } from '../game/map/symbol-index';
import { rasterise, type Drawing } from './rasterise';

// Size in CSS pixels on the 1600×1200 map; the sheet holds them at SYMBOL_RASTER× that, for HiDPI and zoom
// (milsymbol's own rasteriser works at 1×, hence Chromium).
const SIZE = 30;
/** The sheet's width; rows of symbols are packed up to it. */
const SHEET_WIDTH = 1024;
/** Clear pixels around each symbol, so that filtering at a frame's edge never picks up its neighbour. */
const PAD = 2;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scenariosDir = join(root, 'scenarios');
const outDir = join(root, 'assets', 'symbols');

/** The units' SIDCs of one map.json, or why it cannot be read. */
function readMap(file: string): { ok: true; sidcs: string[] } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = mapFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, reason: issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '') };
  }
  return { ok: true, sidcs: parsed.data.units.map((u) => u.sidc) };
}

const warn = (message: string): void => console.warn(`build-symbols: ${message}`);
/** Each SIDC and the files that use it. */
const users = new Map<string, string[]>();
for (const scenario of existsSync(scenariosDir) ? readdirSync(scenariosDir).sort() : []) {
  const file = join(scenariosDir, scenario, 'map.json');
  if (!existsSync(file)) continue;
  const name = relative(root, file);
  const map = readMap(file);
  if (!map.ok) {
    warn(`skipped ${name}, which is not a valid map file yet: ${map.reason}`);
    continue;
  }
  for (const sidc of map.sidcs) users.set(sidc, [...new Set([...(users.get(sidc) ?? []), name])]);
}
// Without a single symbol the game could show no unit: stop before emptying assets/symbols.
if (users.size === 0) throw new Error(`no units found in any valid ${relative(root, scenariosDir)}/*/map.json`);

// A white outline keeps the frame legible on every country fill.
const symbols = [...users.keys()].sort()
  .map((sidc) => ({ sidc, symbol: new ms.Symbol(sidc, { size: SIZE, outlineWidth: 3, outlineColor: 'white' }) }))
  .filter(({ sidc, symbol }) => {
    if (!symbol.isValid()) warn(`skipped SIDC ${sidc}, which milsymbol does not know (used in ${users.get(sidc)!.join(', ')})`);
    return symbol.isValid();
  });

// Shelf packing, tallest first: the symbols are near one height, so rows waste little.
const index: SymbolIndex = {};
const drawn: Drawing[] = [];
let x = PAD;
let y = PAD;
let rowHeight = 0;
for (const { sidc, symbol } of [...symbols].sort((a, b) => b.symbol.getSize().height - a.symbol.getSize().height || a.sidc.localeCompare(b.sidc))) {
  const { width, height } = symbol.getSize();
  const w = Math.ceil(width * SYMBOL_RASTER);
  const h = Math.ceil(height * SYMBOL_RASTER);
  if (x + w + PAD > SHEET_WIDTH) {
    x = PAD;
    y += rowHeight + PAD;
    rowHeight = 0;
  }
  const anchor = symbol.getAnchor();
  // The SVG at the sheet's scale: its viewBox stays, so the vectors are drawn at that size, not stretched.
  const svg = symbol.asSVG().replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width * SYMBOL_RASTER}" height="${height * SYMBOL_RASTER}"`);
  if (!svg.includes(`width="${width * SYMBOL_RASTER}"`)) throw new Error(`milsymbol's SVG for ${sidc} has no width and height to scale`);
  drawn.push({ svg, x, y });
  index[sidc] = { x, y, w, h, width: round1(width), height: round1(height), anchorX: round1(anchor.x), anchorY: round1(anchor.y) };
  x += w + PAD;
  rowHeight = Math.max(rowHeight, h);
}
const sheetHeight = y + rowHeight + PAD;

// Drawn by the browser that will show them.
const atlas = await rasterise(SHEET_WIDTH, sheetHeight, drawn, 'image/png');
// Start clean so that symbols no scenario uses any more do not linger in the repository.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'atlas.png'), atlas);

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

writeFileSync(join(outDir, 'index.json'), JSON.stringify(Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b))), null, 2) + '\n');
console.log(`${symbols.length} symbols drawn to ${relative(root, outDir)}/atlas.png (${SHEET_WIDTH}×${sheetHeight})`);
