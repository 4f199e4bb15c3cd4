// The generated files the map's first frame waits for (under Vite's public dir, assets/): the backdrop (a bitmap of
// assets/map/region.svg at the world's size), Belarus' hatching (SVG) and the units' symbol sheet, all used as image
// elements (early-assets.ts). Shared by a match page's early preloads (vite.config.ts), the map and
// scripts/build-map.ts, which makes them.
export const MAP_FILES = { region: 'map/region.webp', belarus: 'map/belarus.svg', symbols: 'symbols/atlas.png' } as const;

/** The backdrop at MAP_RASTER× the world's size, for a map drawn larger than that: loaded when first wanted. */
export const SHARP_REGION = 'map/region@2x.webp';
