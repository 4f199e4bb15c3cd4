// Mounts the Phaser map into a DOM element: Boot → Preloader → Map, scaled to fit the element,
// with the window.__unionMap hook for end-to-end tests. The app loads this lazily (Phaser's chunk).
import * as Phaser from 'phaser';
import { BootScene } from './boot-scene';
import type { MapSource } from './map-source';
import { MapScene } from './map-scene';
import { PreloaderScene } from './preloader-scene';
import { SEA, WORLD } from './style';
import type { MapTestHook } from './test-hook';

export interface MapOptions { renderer: 'webgl' | 'canvas' }

export function createMap(parent: HTMLElement, source: MapSource, options: MapOptions): { destroy(): void } {
  const hook: MapTestHook = { ready: false, frames: 0, renderer: options.renderer, settled: false };
  window.__unionMap = hook;

  const game = new Phaser.Game({
    type: options.renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: WORLD.width,
    height: WORLD.height,
    backgroundColor: SEA,
    banner: false,
    disableContextMenu: true,
    // The parent's size is the app's business: FIT letterboxes inside it and never resizes it.
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
    // Keyboard zoom is bound to the canvas in MapScene; Phaser's own listener would sit on window.
    input: { keyboard: false, mouse: { preventDefaultWheel: true } },
    scene: [new BootScene(), new PreloaderScene(source), new MapScene(source, hook)],
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => { hook.frames++; });

  return {
    destroy(): void {
      hook.ready = false;
      if (window.__unionMap === hook) delete window.__unionMap;
      game.destroy(true);
    },
  };
}
