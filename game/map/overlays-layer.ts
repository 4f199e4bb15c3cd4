// Overlays (corridors, range rings, zones), each painted once per scenario map into its own canvas
// texture (no Graphics for WebGL to re-triangulate every frame), faded in and out with
// view.map.overlays, opacity by strength; a short label where it hides nothing, the full name on hover.
import * as Phaser from 'phaser';
import type { MapOverlay } from '../rules/types';
import { overlaps, pointAt, polyline, type Box, type Point } from './geometry';
import { fade } from './motion';
import { BAND, OVERLAY_ALPHA, overlayShape, paintOverlay, shapeBounds, type OverlayShape } from './overlay-paint';
import { shortName } from './short-name';
import { FONT, HALO, OVERLAY_TONE, WORLD, type OverlayTone } from './style';
import { addText } from './text';
import type { Tooltip } from './tooltip';
import { mapZoom } from './view-scale';

const FADE_MS = 600;
/** Painted at map resolution: soft edges suit translucent areas, and a 650 km ring stays ~8 MB. */
const RASTER = 1;
/** An overlay shown at strength 0 still shows, faintly: presence is the news, strength the emphasis. */
const FLOOR = 0.35;
const LABEL_WRAP = 170;
const LABEL_GAP = 4;
/** Inside a zone, label places are tried on a grid this fine, nearest the centre first. */
const GRID = 14;

/** A place for a label: at `at`, pushed along `dir` until clear of `clear` pixels and of itself. */
interface Anchor { at: Point; dir: Point; clear: number }

interface Drawn {
  overlay: MapOverlay;
  tone: OverlayTone;
  shape: OverlayShape;
  /** Its part of the map; null when it lies wholly outside. */
  box: Box | null;
  key: string;
  /** Painted the first time it shows: most of a scenario's overlays are hidden at its start. */
  painted: Painted | null;
  /** The image's alpha being faded to; 0 when hidden. */
  target: number;
}

interface Painted { image: Phaser.GameObjects.Image; label: Phaser.GameObjects.Text; anchors: Anchor[] }

/** An overlay now shown, as the legend lists it. */
export interface ShownOverlay { name: string; kind: MapOverlay['kind']; tone: OverlayTone; offMap: boolean }

export class OverlaysLayer {
  private drawn: Drawn[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly areas: Phaser.GameObjects.Layer,
    private readonly labels: Phaser.GameObjects.Layer,
    private readonly tooltip: Tooltip,
  ) {}

  /** Takes the overlays of a new scenario map, all hidden until show. */
  setOverlays(overlays: MapOverlay[], project: (lon: number, lat: number) => Point): void {
    for (const d of this.drawn) {
      if (!d.painted) continue;
      d.painted.image.destroy();
      d.painted.label.destroy();
      this.scene.textures.remove(d.key);
    }
    this.drawn = overlays.flatMap((overlay, i) => {
      const shape = overlayShape(overlay, project);
      if (!shape) return [];
      const tone: OverlayTone = overlay.faction ?? 'neutral';
      return [{ overlay, tone, shape, box: clip(shapeBounds(shape)), key: `overlay:${i}:${overlay.id}`, painted: null, target: 0 }];
    });
  }

  /** Fades each overlay towards its strength now (0..1), or out when absent. */
  show(strengths: Record<string, number>): void {
    for (const d of this.drawn) {
      const s = strengths[d.overlay.id];
      const target = s === undefined ? 0 : OVERLAY_ALPHA[d.overlay.kind] * (FLOOR + (1 - FLOOR) * Math.min(1, Math.max(0, s)));
      if (Math.abs(target - d.target) < 0.005) continue;
      const appearing = d.target === 0;
      d.target = target;
      if (!d.box) continue;
      const painted = d.painted ??= this.paint(d, d.box);
      const { image, label } = painted;
      if (target > 0) {
        image.setVisible(true);
        fade(this.scene, image, target, FADE_MS, 'Sine.easeInOut');
        if (appearing) fade(this.scene, label, 1, FADE_MS, 'Sine.easeOut');
      } else {
        this.scene.tweens.killTweensOf(label);
        label.setVisible(false).setAlpha(0);
        fade(this.scene, image, 0, FADE_MS, 'Sine.easeInOut', () => image.setVisible(false));
      }
    }
  }

  /**
   * Labels keep their size on screen; each goes to its first place that hides nothing in `taken`
   * (sites, units and baked names come first), or is left off, its overlay still in the legend.
   */
  layout(zoom: number, taken: Box[]): void {
    const s = 1 / zoom;
    for (const d of this.drawn) {
      if (!d.painted || d.target === 0) continue;
      const { label, anchors } = d.painted;
      label.setScale(s);
      const w = label.width * s;
      const h = label.height * s;
      const box = anchors.map((a) => labelBox(a, w, h, LABEL_GAP * s)).find((b) => inside(b) && !taken.some((t) => overlaps(b, t)));
      label.setVisible(box !== undefined);
      if (!box) continue;
      label.setPosition(box.x + w / 2, box.y + h / 2);
      taken.push(box);
    }
  }

  /** The overlays shown now, one entry per distinct short name. */
  shown(): ShownOverlay[] {
    const rows = new Map<string, ShownOverlay>();
    for (const d of this.drawn) {
      if (d.target === 0) continue;
      const row = { name: shortName(d.overlay.name), kind: d.overlay.kind, tone: d.tone, offMap: !d.box };
      rows.set(JSON.stringify(row), row);
    }
    return [...rows.values()];
  }

  /** Paints an overlay into its own texture, with its label (hidden until laid out) and the label's places. */
  private paint({ overlay, tone, shape, key }: Drawn, box: Box): Painted {
    const texture = this.scene.textures.createCanvas(key, Math.ceil(box.w * RASTER), Math.ceil(box.h * RASTER));
    if (!texture) throw new Error(`cannot create the overlay texture ${key}`);
    texture.context.setTransform(RASTER, 0, 0, RASTER, -box.x * RASTER, -box.y * RASTER);
    paintOverlay(texture.context, shape, tone);
    texture.refresh();
    const image = this.scene.add.image(box.x, box.y, key).setOrigin(0).setScale(1 / RASTER).setAlpha(0).setVisible(false);
    this.areas.add(image);
    const label = addText(this.scene, 0, 0, shortName(overlay.name), {
      fontFamily: FONT, fontSize: '15px', fontStyle: 'bold italic', color: OVERLAY_TONE[tone].ink,
      stroke: HALO, strokeThickness: 4, align: 'center', wordWrap: { width: LABEL_WRAP },
    }).setOrigin(0.5).setAlpha(0).setVisible(false).setInteractive();
    label.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      const zoom = mapZoom(this.scene);
      this.tooltip.show(overlay.name, label.x, label.y + label.displayHeight / 2, zoom);
    });
    label.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => this.tooltip.hide());
    this.labels.add(label);
    return { image, label, anchors: anchorsOf(shape) };
  }
}

/** The part of a box on the map, whole pixels; null if none. */
function clip(b: Box): Box | null {
  const x = Math.max(0, Math.floor(b.x));
  const y = Math.max(0, Math.floor(b.y));
  const w = Math.min(WORLD.width, Math.ceil(b.x + b.w)) - x;
  const h = Math.min(WORLD.height, Math.ceil(b.y + b.h)) - y;
  return w > 0 && h > 0 ? { x, y, w, h } : null;
}

function inside(b: Box): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.w <= WORLD.width && b.y + b.h <= WORLD.height;
}

function labelBox(a: Anchor, w: number, h: number, gap: number): Box {
  const push = a.dir.x === 0 && a.dir.y === 0 ? 0 : a.clear + gap + Math.abs(a.dir.x) * (w / 2) + Math.abs(a.dir.y) * (h / 2);
  return { x: a.at.x + a.dir.x * push - w / 2, y: a.at.y + a.dir.y * push - h / 2, w, h };
}

const unit = (x: number, y: number): Point => {
  const d = Math.hypot(x, y) || 1;
  return { x: x / d, y: y / d };
};

/** Where an overlay's label may go, best first. */
function anchorsOf(shape: OverlayShape): Anchor[] {
  switch (shape.kind) {
    case 'corridor': {
      // Beside the band, from its middle outwards, on either side.
      const route = polyline(shape.line);
      const a: Point = { x: 0, y: 0 };
      const b: Point = { x: 0, y: 0 };
      return [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].flatMap((f) => {
        const d = f * route.total;
        const at = pointAt(route, d, { x: 0, y: 0 });
        pointAt(route, d - 5, a);
        pointAt(route, d + 5, b);
        const n = unit(a.y - b.y, b.x - a.x);
        return [{ at, dir: n, clear: BAND / 2 }, { at, dir: { x: -n.x, y: -n.y }, clear: BAND / 2 }];
      });
    }
    case 'range': {
      // Just inside the rim, the northern arc first: it usually lies over open sea or Russia.
      const { ring, centre } = shape;
      return ring.filter((_, i) => i % 3 === 0)
        .map((at) => ({ at, dir: unit(centre.x - at.x, centre.y - at.y), clear: 3 }))
        .sort((p, q) => p.at.y - q.at.y);
    }
    case 'zone': {
      // Inside, nearest the centre first; then beside it, for zones smaller than their label.
      const { ring } = shape;
      const c = centroid(ring);
      const xs = ring.map((p) => p.x);
      const ys = ring.map((p) => p.y);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const grid: Point[] = [];
      for (let x = x0 + GRID / 2; x < x1; x += GRID) for (let y = y0 + GRID / 2; y < y1; y += GRID) if (contains(ring, x, y)) grid.push({ x, y });
      grid.sort((p, q) => Math.hypot(p.x - c.x, p.y - c.y) - Math.hypot(q.x - c.x, q.y - c.y));
      const still = { x: 0, y: 0 };
      return [
        ...[c, ...grid].map((at) => ({ at, dir: still, clear: 0 })),
        { at: { x: x1, y: c.y }, dir: { x: 1, y: 0 }, clear: 0 },
        { at: { x: x0, y: c.y }, dir: { x: -1, y: 0 }, clear: 0 },
        { at: { x: c.x, y: y1 }, dir: { x: 0, y: 1 }, clear: 0 },
        { at: { x: c.x, y: y0 }, dir: { x: 0, y: -1 }, clear: 0 },
      ];
    }
  }
}

/** The area centroid of a polygon (its vertex mean if it has no area). */
function centroid(ring: Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    const cross = p.x * q.y - q.x * p.y;
    area += cross;
    cx += (p.x + q.x) * cross;
    cy += (p.y + q.y) * cross;
  });
  if (Math.abs(area) < 1e-6) return { x: ring.reduce((s, p) => s + p.x, 0) / ring.length, y: ring.reduce((s, p) => s + p.y, 0) / ring.length };
  return { x: cx / (3 * area), y: cy / (3 * area) };
}

/** Even-odd point-in-polygon test. */
function contains(ring: Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
