// Renders every unit symbol (SIDC) used by a scenario's map.json to SVG with milsymbol, at build
// time, so the game never ships milsymbol (199 KB gzip): assets/symbols/<file>.svg + index.json.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import ms from 'milsymbol';
import { mapFileSchema } from '../game/rules/scenario-schema';
import type { SymbolIndex } from '../game/map/symbol-index';

// Size in CSS pixels on the 1600×1200 map; the runtime rasterises the SVG at 2× and more for
// HiDPI and zoom (milsymbol's own rasteriser works at 1×, hence vectors here).
const SIZE = 30;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scenariosDir = join(root, 'scenarios');
const outDir = join(root, 'assets', 'symbols');

const sidcs = new Set<string>();
for (const scenario of existsSync(scenariosDir) ? readdirSync(scenariosDir) : []) {
  const file = join(scenariosDir, scenario, 'map.json');
  if (!existsSync(file)) continue;
  const map = mapFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const unit of map.units) sidcs.add(unit.sidc);
}
if (sidcs.size === 0) throw new Error(`no units found in ${scenariosDir}/*/map.json`);

// A white outline keeps the frame legible on every country fill.
const symbols = [...sidcs].sort().map((sidc) => ({ sidc, symbol: new ms.Symbol(sidc, { size: SIZE, outlineWidth: 3, outlineColor: 'white' }) }));
const invalid = symbols.filter(({ symbol }) => !symbol.isValid()).map(({ sidc }) => sidc);
if (invalid.length > 0) throw new Error(`milsymbol does not know these SIDCs: ${invalid.join(', ')}`);

// Start clean so that symbols no scenario uses any more do not linger in the repository.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const index: SymbolIndex = {};
for (const { sidc, symbol } of symbols) {
  // SIDCs may hold '*' and '-', which do not belong in URLs or file names.
  const file = `${sidc.replace(/[^0-9A-Za-z]/g, '_')}.svg`;
  const { width, height } = symbol.getSize();
  const anchor = symbol.getAnchor();
  writeFileSync(join(outDir, file), symbol.asSVG() + '\n');
  index[sidc] = {
    file,
    width: round1(width),
    height: round1(height),
    anchorX: round1(anchor.x),
    anchorY: round1(anchor.y),
  };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`${sidcs.size} symbols written to ${outDir}`);
