// The map's texture keys, and the projection: the small JSON file everything else depends on is bundled (fetching
// it cost a round trip before the backdrop could even be requested).
import type * as Phaser from 'phaser';
import projectionJson from '../../assets/map/projection.json';
import { SYMBOL_INDEX } from './early-assets';
import type { ProjectionSpec } from './projection';

export const PROJECTION = projectionJson as ProjectionSpec;

export const ASSETS = {
  region: { key: 'region' },
  belarus: { key: 'belarus-hatch' },
  symbols: { key: 'symbols' },
} as const;

/**
 * Adds the symbol sheet as a texture with a frame per symbol, named by its SIDC. Symbols show at ~1/7 of their
 * sheet's pixels at zoom 1 on a small canvas, which aliases without mipmaps, and WebGL makes them only for a texture
 * whose sides are powers of two: there the sheet is copied onto such a canvas (elsewhere onto one of its own size).
 */
export function addSymbolSheet(textures: Phaser.Textures.TextureManager, sheet: ImageBitmap, webgl: boolean): void {
  const [width, height] = [sheet.width, sheet.height].map((side) => (webgl ? 2 ** Math.ceil(Math.log2(side)) : side)) as [number, number];
  const texture = textures.createCanvas(ASSETS.symbols.key, width, height);
  if (!texture) throw new Error(`cannot create texture ${ASSETS.symbols.key}`);
  texture.context.drawImage(sheet, 0, 0);
  texture.refresh();
  const added = textures.get(ASSETS.symbols.key);
  for (const [sidc, { x, y, w, h }] of Object.entries(SYMBOL_INDEX)) added.add(sidc, 0, x, y, w, h);
}
