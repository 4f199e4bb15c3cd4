// The shape of assets/symbols/index.json, written by scripts/build-symbols.ts: one entry per SIDC.

export interface SymbolEntry {
  /** File name under assets/symbols/. */
  file: string;
  /** Natural size of the SVG, in map pixels. */
  width: number;
  height: number;
  /** The symbol's own anchor (the centre of its frame), which modifiers can push off-centre. */
  anchorX: number;
  anchorY: number;
}

export type SymbolIndex = Record<string, SymbolEntry>;
