// Preloader: rasterises the baked backdrop and loads the units' symbol sheet. (MapScene makes the backdrop's
// bitmaps for its canvas size.)
import * as Phaser from 'phaser';
import { ASSETS, addSymbolFrames } from './assets';
import { SYMBOL_SHEET } from './early-assets';
import { FONT, HALO, MAP_RASTER } from './style';
import { baseZoom } from './view-scale';

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
    if (this.game.renderer.type === Phaser.WEBGL) this.padToPowerOfTwo(ASSETS.symbols.key);
    addSymbolFrames(this.textures);
    this.scene.start('map');
  }

  /**
   * Symbols show at ~1/7 of their sheet's pixels at zoom 1 on a small canvas, which aliases without mipmaps, and
   * WebGL makes them only for a texture whose sides are powers of two: the sheet is copied onto such a canvas.
   */
  private padToPowerOfTwo(key: string): void {
    const source = this.textures.get(key).getSourceImage() as HTMLImageElement;
    const [width, height] = [source.width, source.height].map((side) => 2 ** Math.ceil(Math.log2(side))) as [number, number];
    if (width === source.width && height === source.height) return;
    this.textures.remove(key);
    const texture = this.textures.createCanvas(key, width, height);
    if (!texture) throw new Error(`cannot create texture ${key}`);
    texture.context.drawImage(source, 0, 0);
    texture.refresh();
  }
}
