// The legend in the bottom-left corner (screen space): symbols in use, overlays shown now, and the
// tension and commitment dials. Overlays take a second column, so the legend grows sideways over the
// muted south-west rather than up over Poland. Rebuilt only when its content changes.
import * as Phaser from 'phaser';
import { drawChevron } from './flows-layer';
import type { Box } from './geometry';
import { OVERLAY_ALPHA, paintOverlay, swatchShape } from './overlay-paint';
import type { ShownOverlay } from './overlays-layer';
import { drawMarker, type SiteKind } from './sites-layer';
import { FLOW, FONT, HALO, HATCH, INK, LEGEND_FRAME, TENSION_COLOUR, TENSION_NAMES, WORLD } from './style';
import { addText } from './text';

export interface LegendContent {
  siteKinds: SiteKind[];
  flowKinds: ('oil' | 'gas')[];
  /** Whether a cut flow is on the map (the red dashed line needs explaining only then). */
  anyCut: boolean;
  hasUnits: boolean;
  overlays: ShownOverlay[];
  tension: number;
  commitment: number;
}

const SITE_NAMES: Record<SiteKind, string> = {
  capital: 'Capital', city: 'City', airbase: 'Airbase', base: 'Military base', radar: 'Radar station',
  relay: 'Naval relay station', refinery: 'Refinery',
};
const ORDER: SiteKind[] = ['capital', 'city', 'airbase', 'base', 'radar', 'relay', 'refinery'];
const ROW = 25;
const PAD = 14;
const SWATCH = 34;
/** Overlay swatches are a little taller than a line, to fit a corridor's arrowhead. */
const SWATCH_H = 24;
const COLUMN_GAP = 22;
const MARGIN = 16;
/** The radius of the panel's corners. */
export const LEGEND_CORNER = 8;
/** Long overlay names wrap rather than widen the legend across the map. */
const OVERLAY_WRAP = 250;

interface Row {
  label: string;
  /** Draws the row's key centred at height y, from x. */
  draw?: (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;
  /** Or an image: an overlay swatch texture. */
  swatch?: { key: string; alpha: number };
  /** A note in italics, with no key. */
  note?: boolean;
}

export class Legend {
  private parts: Phaser.GameObjects.GameObject[] = [];
  private last = '';
  /** The panel, in screen-space map pixels (the world's 1600×1200 over the whole canvas). */
  box: Box = { x: 0, y: 0, w: 0, h: 0 };

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer) {}

  show(content: LegendContent): void {
    const key = JSON.stringify(content);
    if (key === this.last) return;
    this.last = key;
    for (const part of this.parts) part.destroy();
    this.parts = [];

    const places: Row[] = [];
    for (const kind of content.flowKinds) {
      places.push({ label: kind === 'oil' ? 'Oil pipeline' : 'Gas pipeline', draw: (g, x, y) => {
        g.lineStyle(8, FLOW.casing, 0.8).lineBetween(x, y, x + SWATCH, y);
        g.lineStyle(5, FLOW[kind].line, 1).lineBetween(x, y, x + SWATCH, y);
        drawChevron(g, kind, x + SWATCH / 2 + 5, y, 1, 0, 6);
      } });
    }
    if (content.anyCut) {
      places.push({ label: 'Flow cut', draw: (g, x, y) => {
        g.lineStyle(2.5, FLOW.cut, 1).lineBetween(x, y, x + 12, y).lineBetween(x + 20, y, x + SWATCH, y);
      } });
    }
    for (const kind of ORDER.filter((k) => content.siteKinds.includes(k))) {
      places.push({ label: SITE_NAMES[kind], draw: (g, x, y) => drawMarker(g, kind, x + SWATCH / 2, y) });
    }
    const commitment = Math.round(content.commitment);
    const tension = Math.round(Math.min(5, Math.max(0, content.tension)));
    const dials: Row[] = [
      { label: `Commitment to Russia ${commitment}/10`, draw: (g, x, y) => {
        g.lineStyle(3, HATCH, 0.9);
        for (let i = 0; i < 4; i++) g.lineBetween(x + 4 + i * 8, y + 8, x + 12 + i * 8, y - 8);
      } },
      { label: `Tension ${tension}/5: ${TENSION_NAMES[tension]}`, draw: (g, x, y) => {
        for (let i = 0; i < 5; i++) {
          g.fillStyle(i < tension ? TENSION_COLOUR : LEGEND_FRAME, i < tension ? 1 : 0.35);
          g.fillRect(x + i * 7, y - 6, 5, 12);
        }
      } },
    ];
    const overlays: Row[] = content.overlays.map((o) => ({
      label: o.offMap ? `${o.name} (off the map)` : o.name,
      swatch: { key: this.swatch(o), alpha: OVERLAY_ALPHA[o.kind] },
    }));
    const note: Row[] = content.hasUnits ? [{ label: 'Units: APP-6 symbols (hover for name)', note: true }] : [];
    const columns = overlays.length > 0 ? [[...places, ...note], [...overlays, ...dials]] : [[...places, ...dials, ...note]];

    const g = this.scene.add.graphics();
    this.layer.add(g);
    this.parts.push(g);
    const laid = columns.map((rows) => rows.map((row) => ({ row, text: this.text(row) })));
    const widths = laid.map((col) => Math.max(...col.map(({ row, text }) => text.width + (row.note ? 0 : SWATCH + 10))));
    const heights = laid.map((col) => col.reduce((sum, { text }) => sum + rowHeight(text), 0));
    const width = PAD * 2 + widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (columns.length - 1);
    const height = PAD * 2 + Math.max(...heights);
    const left = MARGIN;
    const top = WORLD.height - MARGIN - height;
    this.box = { x: left, y: top, w: width, h: height };
    g.fillStyle(Phaser.Display.Color.HexStringToColor(HALO).color, 0.92).fillRoundedRect(left, top, width, height, LEGEND_CORNER);
    g.lineStyle(1.5, LEGEND_FRAME, 0.8).strokeRoundedRect(left, top, width, height, LEGEND_CORNER);

    let x = left + PAD;
    laid.forEach((col, c) => {
      let y = top + PAD;
      for (const { row, text } of col) {
        const mid = y + rowHeight(text) / 2;
        row.draw?.(g, x, mid);
        if (row.swatch) {
          const image = this.scene.add.image(x, mid, row.swatch.key).setOrigin(0, 0.5).setScale(0.5).setAlpha(row.swatch.alpha);
          this.layer.add(image);
          this.parts.push(image);
        }
        text.setOrigin(0, 0.5).setPosition(x + (row.note ? 0 : SWATCH + 10), mid);
        y += rowHeight(text);
      }
      x += (widths[c] ?? 0) + COLUMN_GAP;
    });
  }

  private text(row: Row): Phaser.GameObjects.Text {
    const text = addText(this.scene, 0, 0, row.label, {
      fontFamily: FONT, fontSize: row.note ? '15px' : '17px', fontStyle: row.note ? 'italic' : '', color: INK,
      ...(row.swatch ? { wordWrap: { width: OVERLAY_WRAP } } : {}),
    });
    this.layer.add(text);
    this.parts.push(text);
    return text;
  }

  /** The swatch texture of an overlay's kind and faction, painted (at 2×, for HiDPI) once. */
  private swatch(o: ShownOverlay): string {
    const key = `overlay-swatch:${o.kind}:${o.tone}`;
    if (this.scene.textures.exists(key)) return key;
    const texture = this.scene.textures.createCanvas(key, SWATCH * 2, SWATCH_H * 2);
    if (!texture) throw new Error(`cannot create the legend swatch ${key}`);
    texture.context.setTransform(2, 0, 0, 2, 0, 0);
    paintOverlay(texture.context, swatchShape(o.kind, SWATCH, SWATCH_H), o.tone, 0.5);
    texture.refresh();
    return key;
  }
}

/** Rows are a line high, or more for a wrapped name. */
function rowHeight(text: Phaser.GameObjects.Text): number {
  return Math.max(ROW, text.height + 4);
}
