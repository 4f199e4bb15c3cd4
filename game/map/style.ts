// Colours, fonts and sizes of what the runtime draws over the baked backdrop (whose own palette
// lives in scripts/build-map.ts), kept in one place so the legend and the layers agree.

export const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
export const INK = '#2b2926';
export const HALO = '#f6f3ea';

/** The world, in map pixels: the canvas scripts/build-map.ts draws the backdrop for. */
export const WORLD = { width: 1600, height: 1200 } as const;
/** The backdrop's sea, also the game's background while it loads. */
export const SEA = '#7d9fb5';

/** The backdrop is rasterised at this multiple, to stay sharp on HiDPI screens and when zoomed. */
export const MAP_RASTER = 2;
/** Symbols are rasterised at this multiple of their size, to stay crisp on HiDPI and when zoomed. */
export const SYMBOL_RASTER = 3;
export const MAX_ZOOM = 3;

/** Pipelines: a line, and the chevrons along it that show which way it flows, in a light tone of it. */
export const FLOW = {
  oil: { line: 0x8a5200, cue: 0xffcf5c },
  gas: { line: 0x1f5fbf, cue: 0xcfe6ff },
  cut: 0xc62828,
  casing: 0xf6f3ea,
} as const;

export const LEGEND_FRAME = 0x6e6a62;

export const SITE = { fill: 0x2b2926, ring: 0xf6f3ea, refinery: 0xb86e00 } as const;

/** Regional tension 0–5, the escalation ladder of GAME-DESIGN §2.2. */
export const TENSION_NAMES = ['peace', 'friction', 'crisis', 'hybrid attack', 'limited conflict', 'war'] as const;
/** Vignette opacity per tension level: none at peace, subtle at 1, heavy at 4–5. */
export const TENSION_ALPHA = [0, 0.22, 0.38, 0.55, 0.78, 0.95] as const;
export const TENSION_COLOUR = 0x780c08;
/** The hatching on Belarus (assets/map/belarus.svg) as the legend draws it. */
export const HATCH = 0x9e3426;

/**
 * Overlay colours by faction, after the units' APP-6 frames (Russia hostile red, NATO friendly
 * blue, Belarus neutral green): a tint for fills and a dark ink for rims, patterns and labels.
 */
export const OVERLAY_TONE = {
  russia: { tint: '#d9483a', ink: '#861a10' },
  nato: { tint: '#2f8fd6', ink: '#0b477f' },
  belarus: { tint: '#3f9e44', ink: '#1a5c1d' },
  neutral: { tint: '#8c877b', ink: '#45413a' },
} as const;
export type OverlayTone = keyof typeof OVERLAY_TONE;
