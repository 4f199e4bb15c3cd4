// Sites: a marker per site, shaped by kind, and a label (long names shortened) where it hides no
// label, marker, unit or baked name. Both keep their size on screen, so zooming in makes room; labels
// that find none are dropped (capitals' and cities' never), and every full name is on hover.
import * as Phaser from 'phaser';
import type { MapSite } from '../rules/types';
import { overlapArea, type Box, type Point } from './geometry';
import { shortName } from './short-name';
import { FONT, HALO, INK, SITE, WORLD } from './style';
import { addText } from './text';
import type { Tooltip } from './tooltip';
import type { Footprint } from './units-layer';
import { mapZoom } from './view-scale';

export type SiteKind = MapSite['kind'];

const RADIUS: Record<SiteKind, number> = { capital: 9, city: 6, airbase: 7.5, base: 6, radar: 8, relay: 8, refinery: 6 };
// Capitals are labelled first so that they get the best places.
const PRIORITY: Record<SiteKind, number> = { capital: 0, city: 1, airbase: 2, base: 2, radar: 2, relay: 2, refinery: 2 };
const LABEL_GAP = 4;
/** The second ring of places, further out, for labels crowded out of the first. */
const FAR = 26;
/** Names still long once shortened ("43rd Navy communication centre") wrap rather than run across the map. */
const LABEL_WRAP = 190;

/** Multi-line labels align towards their marker. */
type Align = 'left' | 'right' | 'center';

/** `label` is null until made (label). */
interface Mark { site: MapSite; at: Point; marker: Phaser.GameObjects.Graphics; label: Phaser.GameObjects.Text | null }

export class SitesLayer {
  private marks: Mark[] = [];
  private fixed: Box[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer, private readonly tooltip: Tooltip) {}

  /** Makes the markers of a new scenario map; `fixed` are the labels baked into the backdrop. Call label, then layout. */
  show(sites: { site: MapSite; at: Point }[], fixed: Box[]): void {
    for (const mark of this.marks) {
      mark.marker.destroy();
      mark.label?.destroy();
    }
    this.fixed = fixed;
    this.marks = [...sites].sort((a, b) => PRIORITY[a.site.kind] - PRIORITY[b.site.kind]).map(({ site, at }) => {
      const r = RADIUS[site.kind];
      const marker = this.scene.add.graphics({ x: at.x, y: at.y });
      drawMarker(marker, site.kind, 0, 0);
      marker.setInteractive(new Phaser.Geom.Circle(0, 0, r + 3), Phaser.Geom.Circle.Contains);
      marker.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
        const zoom = mapZoom(this.scene);
        this.tooltip.show(site.name, at.x, at.y + r / zoom, zoom);
      });
      marker.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => this.tooltip.hide());
      this.layer.add(marker);
      return { site, at, marker, label: null };
    });
  }

  /** Makes the markers' labels (a Phaser Text each: most of the sites' cost). */
  label(): void {
    for (const mark of this.marks) {
      if (mark.label) continue;
      const capital = mark.site.kind === 'capital';
      mark.label = addText(this.scene, 0, 0, shortName(mark.site.name), {
        fontFamily: FONT,
        fontSize: capital ? '21px' : '17px',
        fontStyle: capital ? 'bold' : '',
        color: INK,
        stroke: HALO,
        strokeThickness: 4,
        wordWrap: { width: LABEL_WRAP },
      });
      // Just above its own marker, below the next ones, as when both were made together.
      this.layer.addAt(mark.label, this.layer.getIndex(mark.marker) + 1);
    }
  }

  /**
   * Sizes markers and labels for this camera zoom and places the labels clear of the units.
   * Returns every box now taken (baked names, units, markers, labels), for the overlay labels.
   */
  layout(zoom: number, units: Footprint[]): Box[] {
    const s = 1 / zoom;
    const taken: Box[] = [...this.fixed, ...units.map((u) => u.box)];
    for (const { site, at, marker } of this.marks) {
      marker.setScale(s);
      const r = RADIUS[site.kind] * s;
      taken.push({ x: at.x - r, y: at.y - r, w: 2 * r, h: 2 * r });
    }
    const bounds = { w: WORLD.width, h: WORLD.height };
    for (const { site, at, label } of this.marks) {
      if (!label) continue;
      label.setScale(s);
      // A unit standing on the site hides its marker: the label goes around both.
      const r = RADIUS[site.kind] * s;
      const around = units.filter((u) => Math.hypot(u.at.x - at.x, u.at.y - at.y) <= RADIUS[site.kind]).map((u) => u.box)
        .reduce(union, { x: at.x - r, y: at.y - r, w: 2 * r, h: 2 * r });
      const place = placeLabel(around, at, label.width * s, label.height * s, LABEL_GAP * s, FAR * s, taken, bounds);
      const mustShow = site.kind === 'capital' || site.kind === 'city';
      label.setVisible(place.free || mustShow);
      if (!label.visible) continue;
      // Phaser rasterises a label again on every setAlign, even to the alignment it has (each zoom step redrew them all).
      if (label.style.align !== place.align) label.setAlign(place.align);
      label.setPosition(place.x, place.y);
      taken.push(place);
    }
    return taken;
  }
}

export function drawMarker(g: Phaser.GameObjects.Graphics, kind: SiteKind, x: number, y: number): void {
  const r = RADIUS[kind];
  g.lineStyle(2, SITE.ring, 1);
  g.fillStyle(kind === 'refinery' ? SITE.refinery : SITE.fill, 1);
  switch (kind) {
    case 'capital':
      g.fillCircle(x, y, r).strokeCircle(x, y, r);
      g.fillStyle(SITE.ring, 1).fillCircle(x, y, r * 0.4);
      break;
    case 'city':
      g.fillCircle(x, y, r).strokeCircle(x, y, r);
      break;
    case 'airbase':
      g.beginPath().moveTo(x, y - r).lineTo(x + r, y).lineTo(x, y + r).lineTo(x - r, y).closePath().fillPath().strokePath();
      break;
    case 'base':
    case 'refinery':
      g.fillRect(x - r, y - r, 2 * r, 2 * r).strokeRect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'radar':
      g.fillTriangle(x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8).strokeTriangle(x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8);
      break;
    case 'relay':
      g.fillTriangle(x, y + r, x + r, y - r * 0.8, x - r, y - r * 0.8).strokeTriangle(x, y + r, x + r, y - r * 0.8, x - r, y - r * 0.8);
      break;
  }
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/**
 * The first free spot around the box, right of it by preference, then the same further out; if none
 * is free (`free` false), the spot that overlaps least.
 */
function placeLabel(around: Box, at: Point, w: number, h: number, gap: number, far: number, taken: Box[], bounds: { w: number; h: number }): Box & { align: Align; free: boolean } {
  const candidates: (Box & { align: Align })[] = [];
  for (const off of [gap, gap + far]) {
    const left = around.x - off - w;
    const right = around.x + around.w + off;
    const above = around.y - off - h;
    const below = around.y + around.h + off;
    candidates.push(
      { x: right, y: at.y - h / 2, w, h, align: 'left' },
      { x: left, y: at.y - h / 2, w, h, align: 'right' },
      { x: at.x - w / 2, y: above, w, h, align: 'center' },
      { x: at.x - w / 2, y: below, w, h, align: 'center' },
      { x: right, y: above + h / 2, w, h, align: 'left' },
      { x: right, y: below - h / 2, w, h, align: 'left' },
      { x: left, y: above + h / 2, w, h, align: 'right' },
      { x: left, y: below - h / 2, w, h, align: 'right' },
    );
  }
  const inside = (b: Box): boolean => b.x >= 0 && b.y >= 0 && b.x + b.w <= bounds.w && b.y + b.h <= bounds.h;
  const clash = (b: Box): number => taken.reduce((sum, t) => sum + overlapArea(b, t), 0);
  const free = candidates.find((b) => inside(b) && clash(b) === 0);
  if (free) return { ...free, free: true };
  const least = candidates.filter(inside).reduce<(Box & { align: Align }) | undefined>((best, b) => (!best || clash(b) < clash(best) ? b : best), undefined);
  return { ...(least ?? candidates[0]!), free: false };
}
