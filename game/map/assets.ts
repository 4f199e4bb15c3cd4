// Where the map's generated assets are served (early-assets.ts) and their cache keys. The two small JSON files
// everything else depends on are bundled instead: fetching them cost a round trip before the backdrop could even
// be requested.
import type * as Phaser from 'phaser';
import projectionJson from '../../assets/map/projection.json';
import { BACKDROP, SYMBOL_INDEX } from './early-assets';
import type { ProjectionSpec } from './projection';

export const PROJECTION = projectionJson as ProjectionSpec;

export const ASSETS = {
  region: { key: 'region', url: BACKDROP.region },
  belarus: { key: 'belarus-hatch', url: BACKDROP.belarus },
  symbols: { key: 'symbols' },
} as const;

/** Names each symbol's frame on the loaded sheet by its SIDC. */
export function addSymbolFrames(textures: Phaser.Textures.TextureManager): void {
  const sheet = textures.get(ASSETS.symbols.key);
  for (const [sidc, { x, y, w, h }] of Object.entries(SYMBOL_INDEX)) sheet.add(sidc, 0, x, y, w, h);
}
