// Mounts the Phaser map into a DOM element, scaled to fit the element, with the window.__unionMap hook for
// end-to-end tests. The app loads this lazily (Phaser's chunk). Phaser boots while the map's images finish decoding
// (mapImages, usually started long before); the map's scene joins once both are done, with nothing left to load, so
// its first frame is the next one.
import * as Phaser from 'phaser';
import type { MapSource } from './map-source';
import { mapImages } from './early-assets';
import { MAP_FILES } from './map-files';
import { MapScene } from './map-scene';
import { rendersInSoftware } from './renderer-probe';
import { SEA } from './style';
import type { MapTestHook } from './test-hook';
import { Vignette } from './vignette';
import { canvasSize } from './view-scale';

/** 'auto' is WebGL on a real GPU and Canvas where WebGL would be emulated in software (renderer-probe.ts). */
export interface MapOptions { renderer: 'webgl' | 'canvas' | 'auto' }

/** `firstFrame` settles once a frame with the map and the current game has been rendered, or fails if the map's
 *  images cannot be loaded; `detailed` once a frame with what follows it (labels, overlay areas, the legend) has. */
export function createMap(parent: HTMLElement, source: MapSource, options: MapOptions): { firstFrame: Promise<void>; detailed: Promise<void>; destroy(): void } {
  const renderer = options.renderer === 'auto' ? (rendersInSoftware() ? 'canvas' : 'webgl') : options.renderer;
  const hook: MapTestHook = { ready: false, detailed: false, frames: 0, renderer, settled: false, sleeping: false, backdrop: MAP_FILES.region };
  window.__unionMap = hook;
  let first!: () => void;
  let failed!: (error: unknown) => void;
  const firstFrame = new Promise<void>((resolve, reject) => { first = resolve; failed = reject; });
  let detailedDrawn!: () => void;
  const detailed = new Promise<void>((resolve) => { detailedDrawn = resolve; });
  let destroyed = false;
  const vignette = new Vignette(parent);

  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    // As large as it shows (MapScene follows later changes).
    ...canvasSize(parent.clientWidth, parent.clientHeight, window.devicePixelRatio),
    backgroundColor: SEA,
    banner: false,
    // Textures drawn smaller than their pixels (labels at zoom 1) stay smooth.
    mipmapFilter: 'LINEAR_MIPMAP_LINEAR',
    disableContextMenu: true,
    // The map is silent: Phaser's Web Audio context cost ~80 ms of the first frame.
    audio: { noAudio: true },
    // The parent's size is the app's business: FIT letterboxes inside it and never resizes it.
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
    // Keyboard zoom is bound to the canvas in MapScene; Phaser's own listener would sit on window.
    input: { keyboard: false, mouse: { preventDefaultWheel: true } },
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => { hook.frames++; });
  mapImages().then((images) => { if (!destroyed) game.scene.add('map', new MapScene(source, images, vignette, hook, { first, detailed: detailedDrawn }), true); }, failed);

  return {
    firstFrame,
    detailed,
    destroy(): void {
      destroyed = true;
      hook.ready = false;
      if (window.__unionMap === hook) delete window.__unionMap;
      game.destroy(true);
      vignette.destroy();
      // Phaser tears the game down in its next step, which a sleeping loop would never take.
      game.loop.wake();
    },
  };
}
