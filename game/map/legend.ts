// The legend in the bottom-left corner (screen space): the symbols in use, then the two dials the
// map shows as overlays, tension and Belarus' commitment to Russia. Rebuilt only when they change.
import * as Phaser from 'phaser';
import { drawMarker, type SiteKind } from './sites-layer';
import { FLOW, FONT, HALO, HATCH, INK, LEGEND_FRAME, TENSION_COLOUR, TENSION_NAMES } from './style';

export interface LegendContent {
  siteKinds: SiteKind[];
  flowKinds: ('oil' | 'gas')[];
  /** Whether a cut flow is on the map (the red dashed line needs explaining only then). */
  anyCut: boolean;
  hasUnits: boolean;
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
const MARGIN = 16;

export class Legend {
  private parts: Phaser.GameObjects.GameObject[] = [];
  private last = '';

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer) {}

  show(content: LegendContent): void {
    const key = JSON.stringify(content);
    if (key === this.last) return;
    this.last = key;
    for (const part of this.parts) part.destroy();
    this.parts = [];

    const rows: { label: string; draw: (g: Phaser.GameObjects.Graphics, x: number, y: number) => void }[] = [];
    for (const kind of content.flowKinds) {
      rows.push({ label: kind === 'oil' ? 'Oil pipeline' : 'Gas pipeline', draw: (g, x, y) => {
        g.lineStyle(8, FLOW.casing, 0.8).lineBetween(x, y, x + SWATCH, y);
        g.lineStyle(5, FLOW[kind].line, 1).lineBetween(x, y, x + SWATCH, y);
      } });
    }
    if (content.anyCut) {
      rows.push({ label: 'Flow cut', draw: (g, x, y) => {
        g.lineStyle(2.5, FLOW.cut, 1).lineBetween(x, y, x + 12, y).lineBetween(x + 20, y, x + SWATCH, y);
      } });
    }
    for (const kind of ORDER.filter((k) => content.siteKinds.includes(k))) {
      rows.push({ label: SITE_NAMES[kind], draw: (g, x, y) => drawMarker(g, kind, x + SWATCH / 2, y) });
    }
    const commitment = Math.round(content.commitment);
    rows.push({ label: `Commitment to Russia ${commitment}/10`, draw: (g, x, y) => {
      g.lineStyle(3, HATCH, 0.9);
      for (let i = 0; i < 4; i++) g.lineBetween(x + 4 + i * 8, y + 8, x + 12 + i * 8, y - 8);
    } });
    const tension = Math.round(Math.min(5, Math.max(0, content.tension)));
    rows.push({ label: `Tension ${tension}/5: ${TENSION_NAMES[tension]}`, draw: (g, x, y) => {
      for (let i = 0; i < 5; i++) {
        g.fillStyle(i < tension ? TENSION_COLOUR : LEGEND_FRAME, i < tension ? 1 : 0.35);
        g.fillRect(x + i * 7, y - 6, 5, 12);
      }
    } });

    const texts = rows.map((row) => this.scene.add.text(0, 0, row.label, { fontFamily: FONT, fontSize: '17px', color: INK, resolution: 2 }));
    if (content.hasUnits) texts.push(this.scene.add.text(0, 0, 'Units: APP-6 symbols (hover for name)', { fontFamily: FONT, fontSize: '15px', fontStyle: 'italic', color: INK, resolution: 2 }));
    const width = PAD * 2 + SWATCH + 10 + Math.max(...texts.map((t) => t.width));
    const height = PAD * 2 + texts.length * ROW;
    const left = MARGIN;
    const top = this.scene.scale.height - MARGIN - height;

    const g = this.scene.add.graphics();
    g.fillStyle(Phaser.Display.Color.HexStringToColor(HALO).color, 0.92).fillRoundedRect(left, top, width, height, 8);
    g.lineStyle(1.5, LEGEND_FRAME, 0.8).strokeRoundedRect(left, top, width, height, 8);
    this.layer.add(g);
    this.parts.push(g);
    texts.forEach((text, i) => {
      const y = top + PAD + ROW * i + ROW / 2;
      rows[i]?.draw(g, left + PAD, y);
      text.setOrigin(0, 0.5).setPosition(left + PAD + (rows[i] ? SWATCH + 10 : 0), y);
      this.layer.add(text);
      this.parts.push(text);
    });
  }
}
