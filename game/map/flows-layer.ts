// Flows: pipelines drawn along their paths, thicker and more opaque as their strength grows, with
// dots running along them (oil amber, gas blue); a cut flow is a thin red dashed line. The lines are
// redrawn only when strengths or the zoom change; per frame only the dots move.
import type * as Phaser from 'phaser';
import type { MapFlow } from '../rules/types';
import { pointAt, polyline, type Point, type Polyline } from './geometry';
import { TEXTURES } from './assets';
import { FLOW } from './style';

const DOT_SPACING = 38;
const DASH = 9;
const GAP = 7;

interface Route { flow: MapFlow; line: Polyline; dots: Phaser.GameObjects.Image[]; strength: number; offset: number }

export class FlowsLayer {
  private readonly lines: Phaser.GameObjects.Graphics;
  private routes: Route[] = [];
  private readonly scratch: Point = { x: 0, y: 0 };

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer) {
    this.lines = scene.add.graphics();
    layer.add(this.lines);
  }

  /** Projects the flows of a new scenario map and makes their dots. */
  setFlows(flows: MapFlow[], project: (lon: number, lat: number) => Point): void {
    for (const route of this.routes) for (const dot of route.dots) dot.destroy();
    this.routes = flows.map((flow) => {
      const line = polyline(flow.path.map(([lon, lat]) => project(lon, lat)));
      const count = Math.max(2, Math.floor(line.total / DOT_SPACING));
      const dots = Array.from({ length: count }, () => {
        const dot = this.scene.add.image(0, 0, flow.kind === 'oil' ? TEXTURES.dotOil : TEXTURES.dotGas).setVisible(false);
        this.layer.add(dot);
        return dot;
      });
      return { flow, line, dots, strength: 1, offset: 0 };
    });
  }

  /**
   * Redraws the lines for these strengths (0 = cut, 1 = full; a missing flow counts as full) at
   * this camera zoom: like the unit symbols, lines and dots grow only as the zoom's square root.
   */
  show(strengths: Record<string, number>, zoom: number): void {
    const k = 1 / Math.sqrt(zoom);
    const g = this.lines.clear();
    // Cut lines first, so a live pipeline sharing a corridor stays on top.
    const ordered = this.routes.map((route) => {
      route.strength = Math.min(1, Math.max(0, strengths[route.flow.id] ?? 1));
      return route;
    }).sort((a, b) => a.strength - b.strength);
    for (const route of ordered) {
      const pts = route.line.points;
      if (route.strength === 0) {
        g.lineStyle(2.5 * k, FLOW.cut, 0.95);
        dashed(g, route.line, k);
      } else {
        const width = (2 + 4 * route.strength) * k;
        // A pale casing keeps the line legible on every country fill.
        g.lineStyle(width + 3 * k, FLOW.casing, 0.55 + 0.3 * route.strength);
        stroke(g, pts);
        g.lineStyle(width, FLOW[route.flow.kind].line, 0.5 + 0.5 * route.strength);
        stroke(g, pts);
      }
      for (const dot of route.dots) dot.setVisible(route.strength > 0).setAlpha(0.45 + 0.55 * route.strength).setScale(k);
    }
  }

  /** Moves the dots: faster along stronger flows. */
  update(deltaMs: number): void {
    for (const route of this.routes) {
      if (route.strength === 0) continue;
      const speed = 18 + 55 * route.strength;
      const spacing = route.line.total / route.dots.length;
      route.offset = (route.offset + (speed * deltaMs) / 1000) % spacing;
      route.dots.forEach((dot, i) => {
        const p = pointAt(route.line, route.offset + i * spacing, this.scratch);
        dot.setPosition(p.x, p.y);
      });
    }
  }
}

function stroke(g: Phaser.GameObjects.Graphics, pts: Point[]): void {
  g.beginPath().moveTo(pts[0]!.x, pts[0]!.y);
  for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
  g.strokePath();
}

function dashed(g: Phaser.GameObjects.Graphics, line: Polyline, k: number): void {
  const a: Point = { x: 0, y: 0 };
  const b: Point = { x: 0, y: 0 };
  for (let d = 0; d < line.total; d += (DASH + GAP) * k) {
    pointAt(line, d, a);
    pointAt(line, Math.min(d + DASH * k, line.total), b);
    g.lineBetween(a.x, a.y, b.x, b.y);
  }
}
