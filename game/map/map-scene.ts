// The map: the baked backdrop, Belarus' commitment hatching, layers for overlays, flows, sites and units,
// and the tension vignette (over the canvas, vignette.ts). Layers change only when the MapSource does, and frames
// are rendered only then (OnDemand); a second camera keeps the legend fixed on screen while the main camera zooms
// and pans.
import * as Phaser from 'phaser';
import type { PlayerView, ScenarioMap } from '../rules/types';
import { ASSETS, PROJECTION, addSymbolSheet } from './assets';
import { SYMBOL_INDEX, loadBitmap, type MapImages } from './early-assets';
import { FlowsLayer } from './flows-layer';
import type { Box, Point } from './geometry';
import { LEGEND_CORNER, Legend } from './legend';
import type { MapSource } from './map-source';
import { fade } from './motion';
import { OnDemand } from './on-demand';
import { OverlaysLayer } from './overlays-layer';
import { makeProjection } from './projection';
import { SitesLayer } from './sites-layer';
import { fitTexts } from './text';
import { Tooltip } from './tooltip';
import type { MapTestHook } from './test-hook';
import { UnitsLayer } from './units-layer';
import type { Vignette } from './vignette';
import { MAP_FILES, SHARP_REGION } from './map-files';
import { MAP_RASTER, MAX_ZOOM, TENSION_ALPHA, WORLD } from './style';
import { baseZoom, canvasSize } from './view-scale';

const OVERLAY_MS = 700;
const WHEEL_STEP = 1.2;
const KEY_STEP = 1.4;
const PAN_KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
/** Most opacity of the hatching on Belarus, at full commitment to Russia (10/10). */
const HATCH_MAX = 0.5;

export class MapScene extends Phaser.Scene {
  private project: (lon: number, lat: number) => Point = () => ({ x: 0, y: 0 });
  private bakedLabels: Box[] = [];
  private map: ScenarioMap | null = null;
  private strengths: Record<string, number> = {};
  private region!: Phaser.GameObjects.Image;
  private hatch!: Phaser.GameObjects.Image;
  private overlays!: OverlaysLayer;
  private flows!: FlowsLayer;
  private sites!: SitesLayer;
  private units!: UnitsLayer;
  private legend!: Legend;
  /**
   * Whether the details are on: the labels, the overlay areas and the legend follow the first frame, which shows the
   * backdrop, sites, flows and units (their ~45 Phaser Texts and the areas, fading in from nothing anyway, were about
   * half of its work).
   */
  private detailed = false;
  private tooltip!: Tooltip;
  private frames!: OnDemand;
  /** The user's zoom (1: the whole map); the main camera's is this times baseZoom. */
  private zoom = 1;
  /** The backdrop's and hatching's bitmaps (fitRasters), made for this baseZoom. */
  private readonly flat = new Set<string>();
  private flatBase = 0;
  /** The backdrop at MAP_RASTER× (SHARP_REGION) once loaded, and whether it has been asked for (regionImage). */
  private sharpRegion: ImageBitmap | null = null;
  private sharpAsked = false;

  constructor(private readonly source: MapSource, private readonly images: MapImages, private readonly vignette: Vignette, private readonly hook: MapTestHook, private readonly drawn: { first(): void; detailed(): void }) {
    super({ key: 'map' });
  }

  create(): void {
    // The parent may have changed size while the map loaded, before onResize listened.
    this.fitCanvas();
    addSymbolSheet(this.textures, this.images.symbols, this.game.renderer.type === Phaser.WEBGL);
    const spec = PROJECTION;
    const projection = makeProjection(spec);
    this.bakedLabels = spec.labels.map((l) => ({ x: l.x, y: l.y, w: l.width, h: l.height }));
    this.project = (lon, lat) => {
      const p = projection([lon, lat]) ?? [NaN, NaN];
      return { x: p[0], y: p[1] };
    };

    // Bottom to top: backdrop and hatching, overlay areas, flows, overlay labels (above the
    // pipelines that cross them), sites, units, hover label; then screen space (the legend).
    const backdrop = this.add.layer();
    // Their textures are bitmaps of the SVGs made for the canvas's size (fitRasters); Phaser's blank one until then.
    this.region = this.add.image(0, 0, '__DEFAULT').setOrigin(0);
    this.hatch = this.add.image(spec.belarus.x, spec.belarus.y, '__DEFAULT').setOrigin(0).setAlpha(0);
    this.fitRasters();
    backdrop.add([this.region, this.hatch]);
    const overlayLayer = this.add.layer();
    const flowLayer = this.add.layer();
    const overlayLabelLayer = this.add.layer();
    const siteLayer = this.add.layer();
    const unitLayer = this.add.layer();
    const hoverLayer = this.add.layer();
    const screen = this.add.layer();
    this.tooltip = new Tooltip(this, hoverLayer);
    this.overlays = new OverlaysLayer(this, overlayLayer, overlayLabelLayer, this.tooltip);
    this.flows = new FlowsLayer(this, flowLayer);
    this.sites = new SitesLayer(this, siteLayer, this.tooltip);
    this.units = new UnitsLayer(this, unitLayer, this.tooltip);
    this.legend = new Legend(this, screen);

    const main = this.cameras.main.setBounds(0, 0, spec.width, spec.height);
    main.ignore(screen);
    this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'screen').setOrigin(0).ignore([backdrop, overlayLayer, flowLayer, overlayLabelLayer, siteLayer, unitLayer, hoverLayer]);
    this.fitCameras();
    this.vignette.place(this.game.canvas);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize));
    this.setUpControls();
    this.frames = new OnDemand(this, this.hook, () => this.vignette.fading || !this.detailed);
    this.vignette.onFade = this.frames.noteSettled;

    const unsubscribe = this.source.subscribe(() => this.sync());
    this.events.once(Phaser.Scenes.Events.DESTROY, unsubscribe);
    this.sync();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.hook.ready = true;
      this.drawn.first();
      // After the next animation frame, so that this one is on screen first.
      requestAnimationFrame(() => setTimeout(() => { if (this.sys.isActive()) this.addDetails(); }, 0));
    });
  }

  private addDetails(): void {
    this.detailed = true;
    this.sites.label();
    const current = this.source.get();
    if (current) {
      this.overlays.show(current.view.map.overlays);
      this.showLegend(current.map, current.view);
    }
    this.layout();
    this.frames.request();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.hook.detailed = true;
      this.drawn.detailed();
    });
  }

  /** Brings every dynamic layer in line with the source. */
  private sync(): void {
    const current = this.source.get();
    if (!current) return;
    const { map, view } = current;
    const fresh = map !== this.map;
    if (fresh) {
      this.map = map;
      this.overlays.setOverlays(map.overlays ?? [], this.project);
      this.flows.setFlows(map.flows, this.project);
      this.units.setUnits(map.units, SYMBOL_INDEX, this.project);
      this.sites.show(map.sites.map((site) => ({ site, at: this.project(site.lon, site.lat) })), this.bakedLabels);
      if (this.detailed) this.sites.label();
    }
    this.strengths = view.map.flows;
    this.units.show(view.map.units, fresh);
    if (this.detailed) this.overlays.show(view.map.overlays);
    this.layout();

    const { tension, commitment } = dials(view);
    this.vignette.show(TENSION_ALPHA[tension] ?? 0);
    this.fadeTo(this.hatch, (commitment / 10) * HATCH_MAX);
    if (this.detailed) this.showLegend(map, view);
    this.frames.request();
  }

  private showLegend(map: ScenarioMap, view: PlayerView): void {
    this.legend.show({
      siteKinds: [...new Set(map.sites.map((s) => s.kind))],
      flowKinds: [...new Set(map.flows.map((f) => f.kind))],
      anyCut: map.flows.some((f) => view.map.flows[f.id] === 0),
      hasUnits: map.units.length > 0,
      overlays: this.overlays.shown(),
      ...dials(view),
    });
    this.vignette.cutOut(this.legend.box, LEGEND_CORNER);
  }

  /** Sizes and places what keeps (about) its size on screen, for the user's current zoom. */
  private layout(): void {
    const zoom = this.zoom;
    this.fitRasters();
    this.flows.show(this.strengths, zoom);
    this.overlays.layout(zoom, this.sites.layout(zoom, this.units.layout(zoom)));
  }

  /**
   * The canvas follows the size the map shows at (the Scale Manager fits it into its parent and tells each change
   * of the parent's size here); the cameras scale the world to the canvas, keeping the view's centre.
   */
  private readonly onResize = (): void => {
    // Resizing the canvas resizes the cameras and comes back here, with the sizes agreeing.
    if (this.fitCanvas()) return;
    const { x, y } = this.cameras.main.midPoint;
    this.fitCameras();
    fitTexts(this);
    this.vignette.place(this.game.canvas);
    this.cameras.main.centerOn(x, y);
    this.layout();
    this.frames.request();
  };

  /** Sizes the canvas for the map's size on screen; false if it had that size. */
  private fitCanvas(): boolean {
    const want = canvasSize(this.scale.parentSize.width, this.scale.parentSize.height, window.devicePixelRatio);
    if (want.width === this.scale.width && want.height === this.scale.height) return false;
    this.scale.setGameSize(want.width, want.height);
    return true;
  }

  private fitCameras(): void {
    // Labels, rasterised for zoom 3, are shrunk a lot at zoom 1 on a small canvas: plain bilinear scaling would
    // alias them. (Resizing a canvas resets its context, hence here.) WebGL mipmaps them instead (createMap).
    if (this.game.renderer.type === Phaser.CANVAS) (this.game.context as CanvasRenderingContext2D).imageSmoothingQuality = 'high';
    const base = baseZoom(this);
    this.cameras.main.setZoom(base * this.zoom);
    this.cameras.getCamera('screen')?.setZoom(base);
  }

  /**
   * The backdrop and hatching: bitmaps of their images drawn at most 2× larger than they show (at zoom 1, pixel for
   * pixel), like a texture's mipmaps: drawn smaller than half size, as the 2× rasters would be on a small canvas,
   * they alias (WebGL makes no mipmaps for a texture whose sides are not powers of two), and Canvas would draw an SVG
   * texture as vectors every frame. Each level is made when first shown, and made again for a new canvas size.
   */
  private fitRasters(): void {
    const base = baseZoom(this);
    if (base !== this.flatBase) this.dropRasters(base);
    const scale = Math.min(MAP_RASTER, base * 2 ** Math.ceil(Math.log2(this.zoom)));
    const [region, file] = this.regionImage(scale);
    this.hook.backdrop = file;
    const layers = [[this.region, ASSETS.region.key, region, WORLD], [this.hatch, ASSETS.belarus.key, this.images.belarus, PROJECTION.belarus]] as const;
    for (const [image, key, source, { width, height }] of layers) {
      image.setTexture(this.flatten(key, source, Math.round(width * scale), Math.round(height * scale))).setDisplaySize(width, height);
    }
  }

  private dropRasters(base: number): void {
    for (const flat of this.flat) this.textures.remove(flat);
    this.flat.clear();
    this.flatBase = base;
  }

  /**
   * The backdrop's image for drawing at `scale`, and its file: the first frame's, at the world's size (a bitmap the
   * browser decodes off the main thread, where the SVG's parse and layout took ~45 ms before that frame), or above
   * that size (zoomed in, or on a HiDPI screen) the sharper one, loaded the first time it is wanted; the first stands
   * in, a little soft, until it comes, and if it cannot come.
   */
  private regionImage(scale: number): [CanvasImageSource, string] {
    if (scale > 1 && this.sharpRegion) return [this.sharpRegion, SHARP_REGION];
    if (scale > 1 && !this.sharpAsked) {
      this.sharpAsked = true;
      loadBitmap(SHARP_REGION).then((sharp) => {
        if (!this.sys.isActive()) return;
        this.sharpRegion = sharp;
        this.dropRasters(this.flatBase);
        this.fitRasters();
        this.frames.request();
      }, () => { this.sharpAsked = false; });
    }
    return [this.images.region, MAP_FILES.region];
  }

  /** A bitmap of the image `source` (named `key`), width × height. */
  private flatten(key: string, source: CanvasImageSource, width: number, height: number): string {
    const flat = `${key}@${width}x${height}`;
    if (this.flat.has(flat)) return flat;
    const texture = this.textures.createCanvas(flat, width, height);
    if (!texture) throw new Error(`cannot create texture ${flat}`);
    // Shrinking a bitmap smoothly, as the SVG's vectors were drawn.
    texture.context.imageSmoothingQuality = 'high';
    texture.context.drawImage(source, 0, 0, width, height);
    texture.refresh();
    this.flat.add(flat);
    return flat;
  }

  private fadeTo(target: Phaser.GameObjects.Image, alpha: number): void {
    if (Math.abs(target.alpha - alpha) < 0.005) return;
    fade(this, target, alpha, OVERLAY_MS, 'Sine.easeInOut');
  }

  /** Wheel zooms about the pointer, a drag pans; once focused, + and − zoom about the centre and arrow keys pan. */
  private setUpControls(): void {
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomAt(pointer.x, pointer.y, dy > 0 ? 1 / WHEEL_STEP : WHEEL_STEP);
    });
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      if (!pointer.isDown) return;
      const cam = this.cameras.main;
      cam.scrollX -= (pointer.x - pointer.prevPosition.x) / cam.zoom;
      cam.scrollY -= (pointer.y - pointer.prevPosition.y) / cam.zoom;
    });
    // Listening on the canvas rather than the window keeps + and − typed in the app's forms
    // from zooming the map.
    const canvas = this.game.canvas;
    canvas.tabIndex = 0;
    // Phaser prevents the default of mousedown, which would otherwise have focused the canvas.
    this.input.on(Phaser.Input.Events.POINTER_DOWN, () => canvas.focus({ preventScroll: true }));
    canvas.setAttribute('aria-label', 'Map. Plus and minus zoom, arrow keys pan. The map as text follows it.');
    const onKey = (event: KeyboardEvent): void => {
      // Arrow keys pan a fifth of the view, so keyboard users reach what a drag reaches.
      const pan = PAN_KEYS[event.key];
      if (pan) {
        event.preventDefault();
        const cam = this.cameras.main;
        cam.scrollX += (pan[0] * cam.width) / 5 / cam.zoom;
        cam.scrollY += (pan[1] * cam.height) / 5 / cam.zoom;
        return;
      }
      const factor = event.key === '+' || event.key === '=' ? KEY_STEP : event.key === '-' || event.key === '_' ? 1 / KEY_STEP : 0;
      if (!factor) return;
      event.preventDefault();
      this.zoomAt(this.scale.width / 2, this.scale.height / 2, factor);
    };
    canvas.addEventListener('keydown', onKey);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => canvas.removeEventListener('keydown', onKey));
  }

  /** Zooms so that the world point under (x, y) on screen stays there. */
  private zoomAt(x: number, y: number, factor: number): void {
    const cam = this.cameras.main;
    const zoom = Math.min(MAX_ZOOM, Math.max(1, this.zoom * factor));
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    const halfW = cam.width / 2;
    const halfH = cam.height / 2;
    const worldX = cam.scrollX + halfW + (x - halfW) / cam.zoom;
    const worldY = cam.scrollY + halfH + (y - halfH) / cam.zoom;
    this.fitCameras();
    cam.setScroll(worldX - halfW - (x - halfW) / cam.zoom, worldY - halfH - (y - halfH) / cam.zoom);
    this.layout();
  }
}

/** Tension (whole levels 0-5) and Belarus' commitment to Russia (0-10), as the vignette, hatching and legend show them. */
function dials(view: PlayerView): { tension: number; commitment: number } {
  return {
    tension: Math.round(Math.min(5, Math.max(0, view.tracks.tension ?? 0))),
    commitment: Math.min(10, Math.max(0, view.tracks.allianceCommitment ?? 0)),
  };
}
