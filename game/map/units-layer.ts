// Units: the pre-rendered APP-6 symbol of every unit in the scenario map, shown at its place while
// the unit is in view.map.units; appearing and disappearing fade, and a hover shows the unit's name.
import * as Phaser from 'phaser';
import type { MapUnit } from '../rules/types';
import { ASSETS } from './assets';
import { overlaps, type Box, type Point } from './geometry';
import { fade } from './motion';
import type { SymbolEntry, SymbolIndex } from './symbol-index';
import { SYMBOL_RASTER } from './style';
import type { Tooltip } from './tooltip';
import { mapZoom } from './view-scale';

const FADE_MS = 450;
/** How far sideways (in steps of most of a symbol's width) a unit may move to stay visible. */
const MAX_STEPS = 6;
/** Symbols may overlap by their white margins: only this inner part of a box must stay clear. */
const INSET = 0.18;

/** Where a unit stands and the box its symbol covers, in map pixels. */
export interface Footprint { at: Point; box: Box }

interface Placed { unit: MapUnit; entry: SymbolEntry; image: Phaser.GameObjects.Image; at: Point; present: boolean }

export class UnitsLayer {
  private placed: Placed[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer, private readonly tooltip: Tooltip) {}

  /** Creates one hidden image per unit of a new scenario map. */
  setUnits(units: MapUnit[], index: SymbolIndex, project: (lon: number, lat: number) => Point): void {
    for (const p of this.placed) p.image.destroy();
    this.placed = [];

    const taken: Box[] = [];
    for (const unit of units) {
      const entry = index[unit.sidc];
      if (!entry) {
        // The scenario gained a unit after the last `npm run build:assets`.
        console.warn(`union-state map: no pre-rendered symbol for ${unit.sidc}; run npm run build:assets`);
        continue;
      }
      const at = project(unit.lon, unit.lat);
      // Units too close to tell apart step sideways, alternating right and left, in scenario order
      // (absent units keep their place too, so nothing jumps when one appears).
      let x = at.x;
      let box = boxAt(x, at.y, entry, 1);
      for (let step = 1; step <= MAX_STEPS && taken.some((t) => overlaps(inset(t), inset(box))); step++) {
        x = at.x + Math.ceil(step / 2) * (step % 2 ? 1 : -1) * entry.width * 0.8;
        box = boxAt(x, at.y, entry, 1);
      }
      taken.push(box);
      const placed: Placed = { unit, entry, at: { x, y: at.y }, present: false, image: this.scene.add.image(x, at.y, ASSETS.symbols.key, unit.sidc) };
      placed.image
        .setOrigin(entry.anchorX / entry.width, entry.anchorY / entry.height)
        .setAlpha(0)
        .setVisible(false)
        .setInteractive({ useHandCursor: true })
        .on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
          const zoom = mapZoom(this.scene);
          const b = boxAt(x, at.y, entry, zoom);
          this.tooltip.show(unit.name, x, b.y + b.h, zoom);
        })
        .on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => this.tooltip.hide());
      this.layer.add(placed.image);
      this.placed.push(placed);
    }
  }

  /**
   * Symbols grow with the zoom, but only as its square root, so that they do not swamp the map.
   * Returns where the units present stand, for the site labels to keep clear of.
   */
  layout(zoom: number): Footprint[] {
    for (const { image } of this.placed) image.setScale(1 / SYMBOL_RASTER / Math.sqrt(zoom));
    return this.placed.filter((p) => p.present).map(({ entry, at }) => ({ at, box: boxAt(at.x, at.y, entry, zoom) }));
  }

  /** Fades in the units now present and fades out the ones gone; a new map's units (`atOnce`) are simply there. */
  show(present: string[], atOnce = false): void {
    const now = new Set(present);
    for (const p of this.placed) {
      const wanted = now.has(p.unit.id);
      if (wanted === p.present) continue;
      p.present = wanted;
      if (wanted && atOnce) p.image.setVisible(true).setAlpha(1);
      else if (wanted) {
        p.image.setVisible(true);
        fade(this.scene, p.image, 1, FADE_MS, 'Sine.easeOut');
      } else {
        fade(this.scene, p.image, 0, FADE_MS, 'Sine.easeIn', () => p.image.setVisible(false));
      }
    }
  }
}

/** The box a symbol covers at this zoom (see layout for its scale). */
function boxAt(x: number, y: number, entry: SymbolEntry, zoom: number): Box {
  const s = 1 / Math.sqrt(zoom);
  return { x: x - entry.anchorX * s, y: y - entry.anchorY * s, w: entry.width * s, h: entry.height * s };
}

function inset(b: Box): Box {
  return { x: b.x + b.w * INSET, y: b.y + b.h * INSET, w: b.w * (1 - 2 * INSET), h: b.h * (1 - 2 * INSET) };
}
