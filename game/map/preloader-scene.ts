// Preloader: rasterises the baked backdrop, loads the units' symbol sheet, and draws the procedural vignette
// texture once, so that no layer redraws it per frame.
import * as Phaser from 'phaser';
import { ASSETS, TEXTURES, addSymbolFrames, flatKey } from './assets';
import { SYMBOL_SHEET } from './early-assets';
import { FONT, HALO, MAP_RASTER, TENSION_COLOUR } from './style';

/** Under WebGL the vignette is drawn small and stretched: a smooth gradient loses nothing. */
const VIGNETTE_SCALE = 4;

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super({ key: 'preloader' });
  }

  preload(): void {
    const { width, height } = this.scale;
    const status = this.add.text(width / 2, height / 2, 'Loading map…', { fontFamily: FONT, fontSize: '32px', color: HALO }).setOrigin(0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => status.setText(`Loading map… ${Math.round(p * 100)}%`));

    this.load.svg(ASSETS.region.key, ASSETS.region.url, { scale: MAP_RASTER });
    this.load.svg(ASSETS.belarus.key, ASSETS.belarus.url, { scale: MAP_RASTER });
    this.load.image(ASSETS.symbols.key, SYMBOL_SHEET);
  }

  create(): void {
    addSymbolFrames(this.textures);
    if (this.game.renderer.type === Phaser.CANVAS) {
      this.flatten(ASSETS.region.key);
      this.flatten(ASSETS.belarus.key);
    }
    this.makeVignette();
    this.scene.start('map');
  }

  /**
   * Canvas draws an SVG texture as vectors every frame: a third of its frame time here for the backdrop. At
   * zoom 1 (MapScene.layout) a bitmap of the SVG at its size on the map is drawn instead, pixel for pixel alike.
   */
  private flatten(key: string): void {
    const source = this.textures.get(key).getSourceImage() as HTMLImageElement;
    const texture = this.textures.createCanvas(flatKey(key), source.width / MAP_RASTER, source.height / MAP_RASTER);
    if (!texture) throw new Error(`cannot create texture ${flatKey(key)}`);
    texture.context.drawImage(source, 0, 0, texture.width, texture.height);
    texture.refresh();
  }

  private makeVignette(): void {
    // Canvas stretches a small texture anew every frame (3 ms here), so it gets one at full size.
    const scale = this.game.renderer.type === Phaser.CANVAS ? 1 : VIGNETTE_SCALE;
    const w = this.scale.width / scale;
    const h = this.scale.height / scale;
    const texture = this.textures.createCanvas(TEXTURES.vignette, w, h);
    if (!texture) throw new Error('cannot create the vignette texture');
    const ctx = texture.context;
    const rgb = [16, 8, 0].map((shift) => (TENSION_COLOUR >> shift) & 0xff).join(', ');
    const gradient = ctx.createRadialGradient(w / 2, h / 2, Math.min(w, h) * 0.3, w / 2, h / 2, Math.hypot(w, h) / 2);
    gradient.addColorStop(0, `rgba(${rgb}, 0)`);
    gradient.addColorStop(0.55, `rgba(${rgb}, 0.35)`);
    gradient.addColorStop(1, `rgba(${rgb}, 0.85)`);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, w, h);
    texture.refresh();
  }
}
