// A layered layout for a decision statechart, computed from the graph the rules describe: each state goes in the
// column of its distance (fewest moves) from the initial state, columns run left to right, and states within a
// column are ordered by the mean row of the states that lead into them, which keeps most arrows short and uncrossed.
// Moves between the same two states are drawn as one arrow with all their events; moves that stay in place are
// listed on the state's box. Pure: positions only, no DOM, so tests can check every state is placed and drawn.
import type { DecisionGraph } from '../../rules';

export interface ChartBox {
  name: string;
  lines: string[];
  final: boolean;
  layer: number;
  x: number; y: number; w: number; h: number;
  /** Events that leave the state where it is (drawn as a note on the box). */
  stays: string[];
}

export interface ChartEdge {
  from: string;
  to: string;
  events: string[];
  /** True when every move it stands for is guarded (taken only if a condition holds). */
  guarded: boolean;
  /** SVG path data, from the edge of one box to the edge of the other. */
  d: string;
  label: { x: number; y: number; w: number };
}

export interface ChartLayout { width: number; height: number; boxes: ChartBox[]; edges: ChartEdge[] }

const CHAR_W = 7;
const LINE_H = 16;
const PAD = 10;
const MAX_CHARS = 17;
const COL_GAP = 125;
const ROW_GAP = 40;
/** Approximate width of a character of an edge label, for keeping labels apart. */
const LABEL_CHAR_W = 5.6;
const LABEL_H = 13;
const MARGIN = 60;

/** Words wrapped to lines of at most MAX_CHARS (a longer word keeps its own line). */
export function wrap(text: string, max = MAX_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

function layers(graph: DecisionGraph): Map<string, number> {
  const depth = new Map<string, number>([[graph.initial, 0]]);
  const queue = [graph.initial];
  while (queue.length) {
    const at = queue.shift()!;
    for (const tr of graph.transitions) {
      if (tr.from !== at || depth.has(tr.to)) continue;
      depth.set(tr.to, depth.get(at)! + 1);
      queue.push(tr.to);
    }
  }
  // States no move reaches from the start (none today) still get drawn, in a column of their own.
  const unreached = Math.max(0, ...depth.values()) + 1;
  for (const s of graph.states) if (!depth.has(s.name)) depth.set(s.name, unreached);
  return depth;
}

export function layoutStatechart(graph: DecisionGraph, label: (state: string) => string, eventLabel: (event: string) => string = (e) => e): ChartLayout {
  const depth = layers(graph);
  const columnCount = Math.max(...depth.values()) + 1;
  const columns: string[][] = Array.from({ length: columnCount }, () => []);
  for (const s of graph.states) columns[depth.get(s.name)!]!.push(s.name);
  // Order each column by the mean position of its predecessors in the columns already ordered.
  const row = new Map<string, number>();
  columns.forEach((col, c) => {
    const score = (name: string) => {
      const preds = graph.transitions.filter((tr) => tr.to === name && tr.from !== name && (depth.get(tr.from) ?? 0) < c).map((tr) => row.get(tr.from) ?? 0);
      return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : col.indexOf(name);
    };
    const scores = new Map(col.map((n) => [n, score(n)]));
    col.sort((a, b) => scores.get(a)! - scores.get(b)!);
    col.forEach((n, i) => row.set(n, i));
  });

  const stays = (name: string) => [...new Set(graph.transitions.filter((tr) => tr.from === name && tr.to === name).map((tr) => eventLabel(tr.event)))];
  const sized = new Map(graph.states.map((s) => {
    const lines = wrap(label(s.name));
    const note = stays(s.name).length ? 1 : 0;
    const w = Math.max(...lines.map((l) => l.length)) * CHAR_W + 2 * PAD;
    return [s.name, { lines, w, h: (lines.length + note) * LINE_H + PAD * 1.2 }];
  }));
  const colWidth = columns.map((col) => Math.max(...col.map((n) => sized.get(n)!.w)));
  const colHeight = columns.map((col) => col.reduce((sum, n) => sum + sized.get(n)!.h, 0) + ROW_GAP * (col.length - 1));
  const height = Math.max(...colHeight) + 2 * MARGIN;

  const boxes: ChartBox[] = [];
  let x = MARGIN;
  columns.forEach((col, c) => {
    let y = (height - colHeight[c]!) / 2;
    for (const name of col) {
      const { lines, w, h } = sized.get(name)!;
      boxes.push({ name, lines, final: graph.states.find((s) => s.name === name)!.final, layer: c, x: x + (colWidth[c]! - w) / 2, y, w, h, stays: stays(name) });
      y += h + ROW_GAP;
    }
    x += colWidth[c]! + COL_GAP;
  });
  const width = x - COL_GAP + MARGIN;
  const box = new Map(boxes.map((b) => [b.name, b]));

  const pairs = new Map<string, { from: string; to: string; events: string[]; guarded: boolean }>();
  for (const tr of graph.transitions) {
    if (tr.from === tr.to) continue;
    const key = `${tr.from}→${tr.to}`;
    const pair = pairs.get(key) ?? { from: tr.from, to: tr.to, events: [], guarded: true };
    if (!pair.events.includes(eventLabel(tr.event))) pair.events.push(eventLabel(tr.event));
    pair.guarded &&= tr.guarded;
    pairs.set(key, pair);
  }
  const edges = [...pairs.values()].map((p) => ({ ...p, ...route(box.get(p.from)!, box.get(p.to)!) }));
  placeLabels(edges, boxes);
  return fitted(width, height, boxes, edges);
}

/** Arcs and labels may reach past the columns: shift everything inside a margin and size the drawing to hold it. */
function fitted(width: number, height: number, boxes: ChartBox[], edges: ChartEdge[]): ChartLayout {
  const xs = [0, width, ...edges.flatMap((e) => [...numbersOf(e.d, 0), e.label.x - e.label.w / 2, e.label.x + e.label.w / 2])];
  const ys = [0, height, ...edges.flatMap((e) => [...numbersOf(e.d, 1), e.label.y - LABEL_H])];
  const dx = 10 - Math.min(...xs), dy = 10 - Math.min(...ys);
  for (const b of boxes) { b.x += dx; b.y += dy; }
  for (const e of edges) {
    let i = 0;
    e.d = e.d.replace(/-?[\d.]+/g, (n) => String(Number(n) + (i++ % 2 ? dy : dx)));
    e.label.x += dx;
    e.label.y += dy;
  }
  return { width: Math.max(...xs) + dx + 10, height: Math.max(...ys) + dy + 10, boxes, edges };
}

/** The x (axis 0) or y (axis 1) coordinates of a path's points: the bezier stays inside their hull. */
const numbersOf = (d: string, axis: 0 | 1) => (d.match(/-?[\d.]+/g) ?? []).map(Number).filter((_, i) => i % 2 === axis);

interface Rect { x: number; y: number; w: number; h: number }
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const labelRect = (e: { label: { x: number; y: number; w: number } }): Rect => ({ x: e.label.x - e.label.w / 2, y: e.label.y - LABEL_H, w: e.label.w, h: LABEL_H });

/** Nudges each edge label up or down, a line at a time, until it overlaps no box and no label placed before it. */
function placeLabels(edges: { events: string[]; label: { x: number; y: number; w: number } }[], boxes: readonly Rect[]): void {
  const placed: Rect[] = [];
  for (const e of edges) {
    e.label.w = e.events.join(', ').length * LABEL_CHAR_W;
    const y0 = e.label.y;
    for (let k = 1; k < 12; k++) {
      const r = labelRect(e);
      if (!boxes.some((b) => overlaps(r, b)) && !placed.some((p) => overlaps(r, p))) break;
      // 0, +1, -1, +2, -2 … lines from where the curve puts it.
      e.label.y = y0 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * LABEL_H;
    }
    placed.push(labelRect(e));
  }
}

/** Forward moves run from the right side of one box to the left side of the next; moves back, or within a column,
 *  arc above (back) or to the right (same column) so they do not run through the boxes between. */
function route(a: ChartBox, b: ChartBox): { d: string; label: { x: number; y: number; w: number } } {
  const mid = (p: number[]) => ({ x: p[0]! / 8 + (3 * p[2]!) / 8 + (3 * p[4]!) / 8 + p[6]! / 8, y: p[1]! / 8 + (3 * p[3]!) / 8 + (3 * p[5]!) / 8 + p[7]! / 8 });
  let p: number[];
  if (b.layer > a.layer) {
    const [x1, y1, x2, y2] = [a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2];
    const bend = (x2 - x1) / 2;
    p = [x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2];
  } else if (b.layer === a.layer) {
    const [x1, y1, x2, y2] = [a.x + a.w, a.y + a.h / 2, b.x + b.w, b.y + b.h / 2];
    const out = Math.max(x1, x2) + 30 + Math.abs(y2 - y1) / 6;
    p = [x1, y1, out, y1, out, y2, x2, y2];
  } else {
    const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y, b.x + b.w / 2, b.y];
    const top = Math.min(y1, y2) - 30 - Math.abs(x2 - x1) / 8;
    p = [x1, y1, x1, top, x2, top, x2, y2];
  }
  return { d: `M${p[0]},${p[1]} C${p[2]},${p[3]} ${p[4]},${p[5]} ${p[6]},${p[7]}`, label: { ...mid(p), w: 0 } };
}
