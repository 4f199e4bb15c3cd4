// Paints a map overlay onto a 2D canvas: a fill in its faction's tint, the faction's pattern in its
// ink (so colour is never the only cue), and a rim: solid for a zone, dashed for a range ring; a
// corridor is a broad band ending in an arrowhead. The legend's swatches are painted by the same code.
import { geoCircle } from 'd3-geo';
import type { MapOverlay } from '../rules/types';
import { pointAt, polyline, type Box, type Point } from './geometry';
import { OVERLAY_TONE, type OverlayTone } from './style';

/** An overlay projected to map pixels. */
export type OverlayShape =
  | { kind: 'corridor'; line: Point[] }
  | { kind: 'range'; ring: Point[]; centre: Point }
  | { kind: 'zone'; ring: Point[] };

/** A corridor's width in map pixels: about 25 km, broad enough to read as a route, not a road. */
export const BAND = 22;
const ARROW = { length: 30, half: 24 };
/** A dark edge on either side of a corridor, so that a NATO route still shows over NATO's blue. */
const EDGE = 1.5;
const RIM = 2.5;
const DASH = [12, 7];
const CENTRE_MARK = 4;
/**
 * Range rings are big and overlap, so, as on a printed map, only a band inside the rim carries the
 * pattern and the inside keeps a faint tint: the map shows through, and the band tells inside from
 * outside. A corridor is painted opaque and made translucent as a whole (OVERLAY_ALPHA), so its
 * band and arrowhead do not darken where they meet.
 */
const FILL_ALPHA = { zone: 0.2, range: 0.07 } as const;
const RING_BAND = { width: 14, alpha: 0.16 };
const PATTERN = {
  corridor: { tile: 10, line: 1.6, alpha: 1 },
  zone: { tile: 10, line: 1.5, alpha: 0.45 },
  range: { tile: 10, line: 1.5, alpha: 0.55 },
} as const;
/** The most opacity of each kind's image, at full strength. */
export const OVERLAY_ALPHA = { corridor: 0.62, range: 1, zone: 1 } as const;

const EARTH_RADIUS_KM = 6371;

/** Projects an overlay; null when its data lacks the geometry its kind needs (the schema forbids that). */
export function overlayShape(overlay: MapOverlay, project: (lon: number, lat: number) => Point): OverlayShape | null {
  const points = (path: [number, number][]): Point[] => path.map(([lon, lat]) => project(lon, lat));
  switch (overlay.kind) {
    case 'range': {
      if (!overlay.center || !overlay.radiusKm) return null;
      // A geodesic circle (every point radiusKm away on the globe), which the conic projection
      // draws slightly egg-shaped: the true reach, not a circle drawn on the page.
      const circle = geoCircle().center(overlay.center).radius((overlay.radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI)).precision(2)();
      return { kind: 'range', ring: points(circle.coordinates[0] as [number, number][]), centre: project(...overlay.center) };
    }
    case 'corridor':
      return overlay.path ? { kind: 'corridor', line: points(overlay.path) } : null;
    case 'zone':
      return overlay.path ? { kind: 'zone', ring: points(overlay.path) } : null;
  }
}

/** The box the painted shape covers, rim and arrowhead included. */
export function shapeBounds(shape: OverlayShape): Box {
  const pts = shape.kind === 'corridor' ? shape.line : shape.ring;
  const pad = shape.kind === 'corridor' ? ARROW.half + 2 : RIM * 2;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, w: Math.max(...xs) + pad - x, h: Math.max(...ys) + pad - y };
}

/** A shape of each kind filling a w × h legend swatch. */
export function swatchShape(kind: OverlayShape['kind'], w: number, h: number): OverlayShape {
  switch (kind) {
    case 'corridor':
      return { kind, line: [{ x: 2, y: h / 2 }, { x: w - 2, y: h / 2 }] };
    case 'range': {
      const centre = { x: w / 2, y: h / 2 };
      const r = h / 2 - 2;
      return { kind, centre, ring: Array.from({ length: 33 }, (_, i) => ({ x: centre.x + r * Math.cos((i / 32) * 2 * Math.PI), y: centre.y + r * Math.sin((i / 32) * 2 * Math.PI) })) };
    }
    case 'zone':
      return { kind, ring: [{ x: 3, y: 6 }, { x: w * 0.55, y: 2 }, { x: w - 2, y: h * 0.4 }, { x: w - 6, y: h - 2 }, { x: 6, y: h - 3 }] };
  }
}

/**
 * Paints the shape in the canvas's current transform; `scale` multiplies line widths, band and
 * pattern (the legend paints at half size).
 */
export function paintOverlay(ctx: CanvasRenderingContext2D, shape: OverlayShape, tone: OverlayTone, scale = 1): void {
  const { tint, ink } = OVERLAY_TONE[tone];
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  if (shape.kind === 'corridor') {
    paintCorridor(ctx, shape.line, ink, scale, EDGE * 2 * scale);
    paintCorridor(ctx, shape.line, tint, scale, 0);
    ctx.globalCompositeOperation = 'source-atop';
    paintPattern(ctx, 'corridor', tone, scale, () => ctx.fillRect(-1e4, -1e4, 2e4, 2e4));
    ctx.restore();
    return;
  }
  trace(ctx, shape.ring);
  ctx.closePath();
  ctx.globalAlpha = FILL_ALPHA[shape.kind];
  ctx.fillStyle = tint;
  ctx.fill();
  if (shape.kind === 'zone') {
    paintPattern(ctx, shape.kind, tone, scale, () => ctx.fill());
  } else {
    // The inner half of a stroke along the rim, clipped to the ring.
    ctx.save();
    ctx.clip();
    ctx.lineWidth = RING_BAND.width * 2 * scale;
    ctx.globalAlpha = RING_BAND.alpha;
    ctx.strokeStyle = tint;
    ctx.stroke();
    paintPattern(ctx, shape.kind, tone, scale, () => ctx.stroke());
    ctx.restore();
  }
  ctx.globalAlpha = 0.95;
  ctx.strokeStyle = ink;
  ctx.lineWidth = RIM * scale;
  ctx.setLineDash(shape.kind === 'range' ? DASH.map((d) => d * scale) : []);
  ctx.stroke();
  if (shape.kind === 'range') {
    // Where the systems stand: the ring's centre.
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(shape.centre.x, shape.centre.y, CENTRE_MARK * scale, 0, 2 * Math.PI);
    ctx.fillStyle = tint;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * The band, stopping at the arrowhead's base, and the arrowhead, both opaque (see OVERLAY_ALPHA),
 * widened by `grow` pixels: painted once widened in ink and once not in tint, for a dark edge.
 */
function paintCorridor(ctx: CanvasRenderingContext2D, line: Point[], colour: string, scale: number, grow: number): void {
  const route = polyline(line);
  const length = ARROW.length * scale;
  const half = ARROW.half * scale;
  const tip = line[line.length - 1]!;
  const base = pointAt(route, Math.max(0, route.total - length), { x: 0, y: 0 });
  const d = Math.hypot(tip.x - base.x, tip.y - base.y) || 1;
  const n = { x: -(tip.y - base.y) / d, y: (tip.x - base.x) / d };
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = BAND * scale + grow;
  trace(ctx, [...line.filter((_, i) => route.lengths[i]! < route.total - length), base]);
  ctx.stroke();
  trace(ctx, [tip, { x: base.x + n.x * half, y: base.y + n.y * half }, { x: base.x - n.x * half, y: base.y - n.y * half }]);
  ctx.closePath();
  ctx.fill();
  if (grow > 0) {
    ctx.lineWidth = grow;
    ctx.stroke();
  }
}

function trace(ctx: CanvasRenderingContext2D, pts: Point[]): void {
  ctx.beginPath();
  pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
}

/** Paints the faction's pattern (none for an overlay of no faction) through `fill`, a fill or a stroke. */
function paintPattern(ctx: CanvasRenderingContext2D, kind: OverlayShape['kind'], tone: OverlayTone, scale: number, fill: () => void): void {
  if (tone === 'neutral') return;
  const { tile: size, line, alpha } = PATTERN[kind];
  // The tile is drawn at the canvas's own resolution, then scaled back, so it stays sharp.
  const k = ctx.getTransform().a;
  const s = Math.max(2, Math.round(size * scale * k));
  const tile = document.createElement('canvas');
  tile.width = tile.height = s;
  const t = tile.getContext('2d');
  if (!t) return;
  t.strokeStyle = t.fillStyle = OVERLAY_TONE[tone].ink;
  t.lineWidth = line * scale * k;
  t.beginPath();
  switch (tone) {
    // Russia: diagonal stripes, falling the other way from Belarus' commitment hatching.
    case 'russia':
      for (const o of [-s, 0, s]) {
        t.moveTo(o, 0);
        t.lineTo(o + s, s);
      }
      t.stroke();
      break;
    // NATO: dots.
    case 'nato':
      t.arc(s / 2, s / 2, line * 1.1 * scale * k, 0, 2 * Math.PI);
      t.fill();
      break;
    // Belarus: horizontal lines.
    case 'belarus':
      t.moveTo(0, s / 2);
      t.lineTo(s, s / 2);
      t.stroke();
      break;
  }
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return;
  pattern.setTransform(new DOMMatrix().scale(1 / k));
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = ctx.strokeStyle = pattern;
  fill();
  ctx.restore();
}
