// Preloader: rasterises the baked backdrop and the symbols the current game needs, and draws the
// few procedural textures (flow dots, vignette) once, so no layer redraws them per frame.
import * as Phaser from 'phaser';
import { ASSETS, TEXTURES, queueSymbols } from './assets';
import type { MapSource } from './map-source';
import type { SymbolIndex } from './symbol-index';
import { FLOW, FONT, HALO, MAP_RASTER, TENSION_COLOUR } from './style';

/** The vignette is drawn small and stretched: a smooth gradient loses nothing. */
const VIGNETTE_SCALE = 4;

export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly source: MapSource) {
    super({ key: 'preloader' });
  }

  preload(): void {
    const { width, height } = this.scale;
    const status = this.add.text(width / 2, height / 2, 'Loading map…', { fontFamily: FONT, fontSize: '32px', color: HALO }).setOrigin(0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => status.setText(`Loading map… ${Math.round(p * 100)}%`));

    this.load.svg(ASSETS.region.key, ASSETS.region.url, { scale: MAP_RASTER });
    this.load.svg(ASSETS.belarus.key, ASSETS.belarus.url, { scale: MAP_RASTER });
    const current = this.source.get();
    if (current) queueSymbols(this.load, this.textures, this.cache.json.get(ASSETS.symbolIndex.key) as SymbolIndex, current.map.units);
  }

  create(): void {
    this.makeDot(TEXTURES.dotOil, FLOW.oil.dot);
    this.makeDot(TEXTURES.dotGas, FLOW.gas.dot);
    this.makeVignette();
    this.scene.start('map');
  }

  private makeDot(key: string, colour: number): void {
    const texture = this.textures.createCanvas(key, 12, 12);
    if (!texture) throw new Error(`cannot create texture ${key}`);
    const ctx = texture.context;
    ctx.beginPath();
    ctx.arc(6, 6, 4.5, 0, Math.PI * 2);
    ctx.fillStyle = Phaser.Display.Color.IntegerToColor(colour).rgba;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.45)';
    ctx.stroke();
    texture.refresh();
  }

  private makeVignette(): void {
    const w = this.scale.width / VIGNETTE_SCALE;
    const h = this.scale.height / VIGNETTE_SCALE;
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
