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
    addSymbolFrames(this.textures);
    this.scene.start('map');
  }
}
