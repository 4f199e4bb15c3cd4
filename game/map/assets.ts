// Where the map's generated assets are served (early-assets.ts) and their cache keys. The two small JSON files
// everything else depends on are bundled instead: fetching them cost a round trip before the backdrop could even
// be requested.
import type * as Phaser from 'phaser';
import projectionJson from '../../assets/map/projection.json';
import type { MapUnit } from '../rules/types';
import { BACKDROP, symbolUrl } from './early-assets';
import type { ProjectionSpec } from './projection';
import type { SymbolIndex } from './symbol-index';
import { SYMBOL_RASTER } from './style';

export const PROJECTION = projectionJson as ProjectionSpec;

export const ASSETS = {
  region: { key: 'region', url: BACKDROP.region },
  belarus: { key: 'belarus-hatch', url: BACKDROP.belarus },
} as const;

/** Textures drawn by the Preloader rather than loaded. */
export const TEXTURES = { vignette: 'vignette' } as const;

export const symbolKey = (sidc: string): string => `symbol:${sidc}`;

/** A bitmap of an SVG texture at its size on the map at zoom 1 (see PreloaderScene.flatten). */
export const flatKey = (key: string): string => `${key}@1x`;

/** Queues the symbols of these units that are not loaded yet; returns how many were queued. */
export function queueSymbols(load: Phaser.Loader.LoaderPlugin, textures: Phaser.Textures.TextureManager, index: SymbolIndex, units: MapUnit[]): number {
  let queued = 0;
  for (const sidc of new Set(units.map((u) => u.sidc))) {
    const entry = index[sidc];
    if (!entry) {
      // The scenario gained a unit after the last `npm run build:assets`.
      console.warn(`union-state map: no pre-rendered symbol for ${sidc}; run npm run build:assets`);
      continue;
    }
    if (textures.exists(symbolKey(sidc))) continue;
    load.svg(symbolKey(sidc), symbolUrl(entry), { scale: SYMBOL_RASTER });
    queued++;
  }
  return queued;
}
