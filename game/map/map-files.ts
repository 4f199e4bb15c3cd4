// The generated files the map's first frame waits for (under Vite's public dir, assets/): the baked backdrop and
// Belarus' hatching (SVG) and the units' symbol sheet, all used as image elements (early-assets.ts). Shared by a
// match page's early preloads (vite.config.ts) and the map.
export const MAP_FILES = { region: 'map/region.svg', belarus: 'map/belarus.svg', symbols: 'symbols/atlas.png' } as const;
