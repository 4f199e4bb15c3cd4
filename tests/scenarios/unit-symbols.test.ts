// Every unit a shipped scenario puts on the map has a frame in the pre-rendered symbol sheet
// (scripts/build-symbols.ts), and that frame lies inside the sheet: a unit added without `npm run build:assets`
// would otherwise show no symbol on the map.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import symbolIndex from '../../assets/symbols/index.json';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const sheet = pngSize('assets/symbols/atlas.png');
const index: Record<string, { x: number; y: number; w: number; h: number }> = symbolIndex;

describe('unit symbols', () => {
  it.each(scenarioIds())('%s: each unit has a frame inside the sheet', (id) => {
    const units = loadScenario(id).map.units;
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      const frame = index[unit.sidc];
      expect(frame, `${id}: ${unit.id} (${unit.sidc})`).toBeDefined();
      expect(frame!.x + frame!.w).toBeLessThanOrEqual(sheet.width);
      expect(frame!.y + frame!.h).toBeLessThanOrEqual(sheet.height);
      expect(Math.min(frame!.w, frame!.h)).toBeGreaterThan(0);
    }
  });
});
