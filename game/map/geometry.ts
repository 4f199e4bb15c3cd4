// Small pixel-space helpers shared by the layers: boxes for label placement, polylines for flows.

export interface Point { x: number; y: number }
export interface Box { x: number; y: number; w: number; h: number }

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A polyline with its cumulative lengths, so a point at any distance along it is cheap to find. */
export interface Polyline { points: Point[]; lengths: number[]; total: number }

export function polyline(points: Point[]): Polyline {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, lengths, total: lengths[lengths.length - 1]! };
}

/** The point at distance d along the line (clamped to its ends). */
export function pointAt(line: Polyline, d: number, out: Point): Point {
  let i = 1;
  while (i < line.lengths.length - 1 && line.lengths[i]! < d) i++;
  const a = line.points[i - 1]!;
  const b = line.points[i]!;
  const start = line.lengths[i - 1]!;
  const span = line.lengths[i]! - start;
  const t = span > 0 ? Math.min(1, Math.max(0, (d - start) / span)) : 0;
  out.x = a.x + (b.x - a.x) * t;
  out.y = a.y + (b.y - a.y) * t;
  return out;
}
