// The shape of assets/symbols/index.json, written by scripts/build-symbols.ts: one entry per SIDC.

export interface SymbolEntry {
  /** Its frame in assets/symbols/atlas.png, in the sheet's pixels (SYMBOL_RASTER per map pixel). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Natural size of the symbol, in map pixels. */
  width: number;
  height: number;
  /** The symbol's own anchor (the centre of its frame), which modifiers can push off-centre. */
  anchorX: number;
  anchorY: number;
}

export type SymbolIndex = Record<string, SymbolEntry>;
