// Where a track chart writes the names of its thresholds: beside the dashed line each names, on the side of the zone
// it opens (above a line crossed going up) at the right end if the plotted values leave room there, else further
// left, or on the line's other side, wherever there is most room; else in a row over the plot. Never over the data
// line, its points, another threshold's line or another label. Pure geometry in the chart's own units, so tests can
// check it without a page.

export interface Box { x: number; y: number; w: number; h: number }
export interface Point { x: number; y: number }

/** One threshold line: its height in the chart, the side of its zone, and the text that names it. */
export interface ThresholdLine { y: number; dir: 'up' | 'down'; text: string }

/** A label's place: where its text ends (x, right-aligned) on its baseline (y), and the box it covers. `row` >= 0 for
 *  a label that found no room in the plot: the rows over the plot, counted up from it. */
export interface LabelSpot { x: number; y: number; box: Box; row: number }

export interface LabelGeometry {
  /** The plot's rectangle: labels beside their line stay inside it. */
  plot: Box;
  /** The data line's points, left to right. */
  line: Point[];
  /** The points' drawn radius, stroke included, and half the line's stroke. */
  pointR: number;
  lineHalf: number;
  /** The label font: its size, and the width of a text in it. */
  fontPx: number;
  textWidth: (text: string) => number;
}

/** Height of a row of labels over the plot. */
const LABEL_ROW = 13;
/** Space kept between a label and its own line, and at the least around it; a place with COMFORT around it is taken
 *  at once, else the roomiest one. */
const GAP = 2;
const COMFORT = 8;
const STEP = 6;

const ascent = (px: number) => px * 0.78;
const descent = (px: number) => px * 0.24;

export function placeThresholdLabels(g: LabelGeometry, lines: ThresholdLine[]): LabelSpot[] {
  const { plot, fontPx } = g;
  const h = ascent(fontPx) + descent(fontPx);
  const placed: LabelSpot[] = [];
  const spots: (LabelSpot | null)[] = [];
  for (const [i, th] of lines.entries()) {
    const w = g.textWidth(th.text);
    const others = lines.filter((_, j) => j !== i).map((o) => o.y);
    // On the side of the zone first, from the right end (where the game stands now) leftwards; then the other side.
    const sides = th.dir === 'up' ? [th.y - GAP - h, th.y + GAP] : [th.y + GAP, th.y - GAP - h];
    const boxes = sides.flatMap((top) => {
      const rights = [];
      for (let right = plot.x + plot.w - 4; right - w >= plot.x + 4; right -= STEP) rights.push(right);
      return [...rights, plot.x + 4 + w].map((right): Box => ({ x: right - w, y: top, w, h }));
    }).filter((box) => inside(box, plot));
    const room = boxes.map((box) => clearance(box, g, others, placed));
    const comfortable = room.findIndex((r) => r >= COMFORT);
    const roomiest = room.reduce((best, r, k) => (r > room[best]! ? k : best), 0);
    const pick = comfortable >= 0 ? comfortable : room[roomiest]! >= GAP ? roomiest : -1;
    const box = boxes[pick];
    const spot = box ? { x: box.x + w, y: box.y + ascent(fontPx), box, row: -1 } : null;
    if (spot) placed.push(spot);
    spots.push(spot);
  }
  // No room beside its line: a row over the plot (clear of a point at the top), right-aligned with its end; the
  // rows stacked in the order of their lines, the highest on top.
  const over = lines.map((th, i) => ({ th, i })).filter(({ i }) => !spots[i]).sort((a, b) => b.th.y - a.th.y);
  for (const [row, { th, i }] of over.entries()) {
    const w = g.textWidth(th.text);
    const top = plot.y - g.pointR - GAP - h - row * LABEL_ROW;
    const right = plot.x + plot.w;
    spots[i] = { x: right, y: top + ascent(fontPx), box: { x: right - w, y: top, w, h }, row };
  }
  return spots as LabelSpot[];
}

const inside = (b: Box, p: Box) => b.x >= p.x && b.y >= p.y && b.x + b.w <= p.x + p.w && b.y + b.h <= p.y + p.h;

/** How far a box is from the nearest thing it must not touch: the data line and its points (their drawn edge), the
 *  other threshold lines and the labels already placed. */
function clearance(box: Box, g: Pick<LabelGeometry, 'line' | 'pointR' | 'lineHalf'>, otherLines: number[], placed: LabelSpot[]): number {
  const gaps = [
    ...placed.map((p) => boxDistance(box, p.box)),
    ...otherLines.map((y) => (y < box.y ? box.y - y : y > box.y + box.h ? y - box.y - box.h : 0)),
    ...g.line.map((p) => pointDistance(p, box) - g.pointR),
    ...g.line.slice(1).map((p, i) => segmentDistance(g.line[i]!, p, box) - g.lineHalf),
  ];
  return Math.min(Infinity, ...gaps);
}

const pointDistance = (p: Point, b: Box) => Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));

const boxDistance = (a: Box, b: Box) => Math.hypot(Math.max(b.x - a.x - a.w, 0, a.x - b.x - b.w), Math.max(b.y - a.y - a.h, 0, a.y - b.y - b.h));

/** From a segment to a box: 0 if it passes through; else the nearest of its ends to the box or of the box's corners
 *  to it. */
function segmentDistance(a: Point, b: Point, box: Box): number {
  if (segmentMeetsBox(a, b, box)) return 0;
  const corners = [{ x: box.x, y: box.y }, { x: box.x + box.w, y: box.y }, { x: box.x, y: box.y + box.h }, { x: box.x + box.w, y: box.y + box.h }];
  return Math.min(pointDistance(a, box), pointDistance(b, box), ...corners.map((c) => toSegment(c, a, b)));
}

function toSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x, dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** Liang–Barsky: whether the segment from a to b passes through the box. */
function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0, t1 = 1;
  const dx = b.x - a.x, dy = b.y - a.y;
  const edges: [number, number][] = [[-dx, a.x - box.x], [dx, box.x + box.w - a.x], [-dy, a.y - box.y], [dy, box.y + box.h - a.y]];
  for (const [p, q] of edges) {
    if (p === 0) { if (q < 0) return false; continue; }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
