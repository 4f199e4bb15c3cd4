// The canvas is as large as the map shows on screen (times devicePixelRatio), not the world's 1600×1200: drawing
// ~6× the pixels shown cost every frame, the first most. Cameras scale the world to it; layers size what keeps
// its size on screen by the user's zoom alone, so the map looks the same at any canvas size.
import type * as Phaser from 'phaser';
import { MAP_RASTER, WORLD } from './style';

/** The canvas for a map fitted into w×h CSS pixels: the device pixels it covers, up to the backdrop's raster. */
export function canvasSize(cssWidth: number, cssHeight: number, pixelRatio: number): { width: number; height: number } {
  const fit = Math.min(cssWidth / WORLD.width, cssHeight / WORLD.height);
  const scale = fit > 0 ? Math.min(MAP_RASTER, fit * pixelRatio) : 1;
  return { width: Math.max(1, Math.round(WORLD.width * scale)), height: Math.max(1, Math.round(WORLD.height * scale)) };
}

/** The camera zoom at which the world fills the canvas. */
export const baseZoom = (scene: Phaser.Scene): number => scene.scale.width / WORLD.width;

/** The user's zoom: 1 shows the whole map, MAX_ZOOM the closest. */
export const mapZoom = (scene: Phaser.Scene): number => scene.cameras.main.zoom / baseZoom(scene);
