// Renders every unit symbol (SIDC) used by a scenario's map.json to SVG with milsymbol, at build
// time, so the game never ships milsymbol (199 KB gzip): assets/symbols/<file>.svg + index.json.
// A map.json that is not valid yet (a scenario being written) is skipped with a message naming it.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import ms from 'milsymbol';
import { mapFileSchema } from '../game/rules/scenario-schema';
import type { SymbolIndex } from '../game/map/symbol-index';

// Size in CSS pixels on the 1600×1200 map; the runtime rasterises the SVG at 2× and more for
// HiDPI and zoom (milsymbol's own rasteriser works at 1×, hence vectors here).
const SIZE = 30;

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
console.log(`${symbols.length} symbols written to ${relative(root, outDir)}`);
