// Preloader: rasterises the baked backdrop, loads the units' symbol sheet, and draws the procedural vignette
// texture once, so that no layer redraws it per frame. (MapScene makes the backdrop's bitmaps for its canvas size.)
import * as Phaser from 'phaser';
import { ASSETS, TEXTURES, addSymbolFrames } from './assets';
import { SYMBOL_SHEET } from './early-assets';
import { FONT, HALO, MAP_RASTER, TENSION_COLOUR } from './style';
import { baseZoom } from './view-scale';

/** The vignette's gradient is painted at this fraction of the canvas size (makeVignette). */
const VIGNETTE_SCALE = 4;

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super({ key: 'preloader' });
  }

  preload(): void {
    const { width, height } = this.scale;
    const fontSize = `${Math.round(32 * baseZoom(this))}px`;
    const status = this.add.text(width / 2, height / 2, 'Loading map…', { fontFamily: FONT, fontSize, color: HALO }).setOrigin(0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => status.setText(`Loading map… ${Math.round(p * 100)}%`));

    this.load.svg(ASSETS.region.key, ASSETS.region.url, { scale: MAP_RASTER });
    this.load.svg(ASSETS.belarus.key, ASSETS.belarus.url, { scale: MAP_RASTER });
    this.load.image(ASSETS.symbols.key, SYMBOL_SHEET);
  }

  create(): void {
    addSymbolFrames(this.textures);
    this.makeVignette();
    this.scene.start('map');
  }

  /**
   * The gradient is painted small and stretched (a smooth gradient loses nothing): in Chromium's software canvas,
   * 1600×1200 of gradient took ~15 ms of the map's first frame, a quarter-size one stretched once ~12 (median of
   * 21). Canvas would stretch a small texture anew every frame (3 ms here), so it gets the full-size copy.
   */
  private makeVignette(): void {
    const { width, height } = this.scale;
    const canvas = this.game.renderer.type === Phaser.CANVAS;
    const small = this.textures.createCanvas(canvas ? `${TEXTURES.vignette}:small` : TEXTURES.vignette, width / VIGNETTE_SCALE, height / VIGNETTE_SCALE);
    if (!small) throw new Error('cannot create the vignette texture');
    const [w, h] = [small.width, small.height];
    const rgb = [16, 8, 0].map((shift) => (TENSION_COLOUR >> shift) & 0xff).join(', ');
    const gradient = small.context.createRadialGradient(w / 2, h / 2, Math.min(w, h) * 0.3, w / 2, h / 2, Math.hypot(w, h) / 2);
    gradient.addColorStop(0, `rgba(${rgb}, 0)`);
    gradient.addColorStop(0.55, `rgba(${rgb}, 0.35)`);
    gradient.addColorStop(1, `rgba(${rgb}, 0.85)`);
    small.context.fillStyle = gradient;
    small.context.fillRect(0, 0, w, h);
    small.refresh();
    if (!canvas) return;
    const full = this.textures.createCanvas(TEXTURES.vignette, width, height);
    if (!full) throw new Error('cannot create the vignette texture');
    full.context.drawImage(small.canvas, 0, 0, width, height);
    full.refresh();
    this.textures.remove(small);
  }
}
