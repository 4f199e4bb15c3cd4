// Flows: pipelines drawn along their paths, thicker and more opaque as their strength grows, with chevrons
// pointing the way they flow (oil amber, gas blue); a cut flow is a thin red dashed line. Nothing moves
// while the strengths stand still (the map renders on demand); a flow whose strength changes pulses briefly.
import type * as Phaser from 'phaser';
import type { MapFlow } from '../rules/types';
import { pointAt, polyline, type Point, type Polyline } from './geometry';
import { noMotion } from './motion';
import { FLOW } from './style';

const DASH = 9;
const GAP = 7;
/** Chevrons this far apart along a line (at zoom 1), none nearer an end than half of it. */
const CUE_SPACING = 56;
/** A changed flow's chevrons dim and brighten twice: 4 × 375 ms = 1.5 s. */
const PULSE_MS = 375;

interface Route {
  flow: MapFlow;
  line: Polyline;
  /** The chevrons, apart from the lines so that a pulse fades them alone. */
  cue: Phaser.GameObjects.Graphics;
  /** The strength drawn; null before the first show, which is no change to pulse for. */
  strength: number | null;
}

export class FlowsLayer {
  private readonly lines: Phaser.GameObjects.Graphics;
  private routes: Route[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer) {
    this.lines = scene.add.graphics();
    layer.add(this.lines);
  }

  /** Projects the flows of a new scenario map. */
  setFlows(flows: MapFlow[], project: (lon: number, lat: number) => Point): void {
    for (const route of this.routes) {
      this.scene.tweens.killTweensOf(route.cue);
      route.cue.destroy();
    }
    this.routes = flows.map((flow) => {
      const cue = this.scene.add.graphics();
      this.layer.add(cue);
      return { flow, line: polyline(flow.path.map(([lon, lat]) => project(lon, lat))), cue, strength: null };
    });
  }

  /**
   * Redraws the lines for these strengths (0 = cut, 1 = full; a missing flow counts as full) at this
   * camera zoom: like the unit symbols, lines and chevrons grow only as the zoom's square root.
   */
  show(strengths: Record<string, number>, zoom: number): void {
    const k = 1 / Math.sqrt(zoom);
    const g = this.lines.clear();
    const drawn = this.routes.map((route) => ({ route, strength: Math.min(1, Math.max(0, strengths[route.flow.id] ?? 1)) }));
    // Cut lines first, so a live pipeline sharing a corridor stays on top.
    for (const { route, strength } of drawn.sort((a, b) => a.strength - b.strength)) {
      const pts = route.line.points;
      const cue = route.cue.clear();
      if (strength === 0) {
        g.lineStyle(2.5 * k, FLOW.cut, 0.95);
        dashed(g, route.line, k);
      } else {
        const width = (2 + 4 * strength) * k;
        // A pale casing keeps the line legible on every country fill.
        g.lineStyle(width + 3 * k, FLOW.casing, 0.55 + 0.3 * strength);
        stroke(g, pts);
        g.lineStyle(width, FLOW[route.flow.kind].line, 0.5 + 0.5 * strength);
        stroke(g, pts);
        chevrons(cue, route, width, k, 0.45 + 0.55 * strength);
      }
      if (route.strength !== null && route.strength !== strength) this.pulse(cue, strength);
      route.strength = strength;
    }
  }

  /** Draws the eye to a flow that changed: its chevrons dim and brighten for 1.5 s, then stay still. */
  private pulse(cue: Phaser.GameObjects.Graphics, strength: number): void {
    this.scene.tweens.killTweensOf(cue);
    cue.setAlpha(1);
    // A cut flow has no chevrons left to pulse.
    if (strength === 0 || noMotion()) return;
    this.scene.tweens.add({ targets: cue, alpha: 0.15, duration: PULSE_MS, ease: 'Sine.easeInOut', yoyo: true, repeat: 1 });
  }
}

/**
 * A chevron with its tip at (x, y) pointing along the unit vector (dx, dy), `half` wide either side:
 * filled in the flow's light colour with a dark rim, so that it reads on the line and off it.
 */
export function drawChevron(g: Phaser.GameObjects.Graphics, kind: MapFlow['kind'], x: number, y: number, dx: number, dy: number, half: number, alpha = 1): void {
  const arm = half * 0.9;
  const thick = half * 0.6;
  const at = (along: number, across: number): Point => ({ x: x + dx * along - dy * across, y: y + dy * along + dx * across });
  const [first, ...rest] = [at(0, 0), at(-arm, -half), at(-arm - thick, -half), at(-thick, 0), at(-arm - thick, half), at(-arm, half)];
  g.fillStyle(FLOW[kind].cue, alpha).lineStyle(Math.max(1, half * 0.2), 0x000000, 0.5 * alpha);
  g.beginPath().moveTo(first!.x, first!.y);
  for (const p of rest) g.lineTo(p.x, p.y);
  g.closePath().fillPath().strokePath();
}

function chevrons(g: Phaser.GameObjects.Graphics, route: Route, width: number, k: number, alpha: number): void {
  const spacing = CUE_SPACING * k;
  const count = Math.max(1, Math.floor(route.line.total / spacing));
  // Centred on the line, evenly spread.
  const first = (route.line.total - (count - 1) * spacing) / 2;
  const a: Point = { x: 0, y: 0 };
  const b: Point = { x: 0, y: 0 };
  for (let i = 0; i < count; i++) {
    const d = first + i * spacing;
    pointAt(route.line, d - 2, a);
    pointAt(route.line, d + 2, b);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const tip = pointAt(route.line, d, { x: 0, y: 0 });
    drawChevron(g, route.flow.kind, tip.x, tip.y, (b.x - a.x) / len, (b.y - a.y) / len, width / 2 + 3.5 * k, alpha);
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
