// An empty Phaser scene with the map's size, scaling and renderer, and the map's test hook: the yardstick
// scripts/map-perf.ts measures the map's frame rate against (issue 5 wants ≥ 0.9 of it).
import * as Phaser from 'phaser';
import type { MapTestHook } from '../game/map';
import { SEA, WORLD } from '../game/map/style';

export function mountBaseline(parent: HTMLElement, renderer: 'webgl' | 'canvas'): void {
  const hook: MapTestHook = { ready: false, detailed: false, frames: 0, renderer, settled: true, sleeping: false, backdrop: null };
  window.__unionMap = hook;
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    width: WORLD.width,
    height: WORLD.height,
    backgroundColor: SEA,
    banner: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
    scene: new Phaser.Scene({ key: 'empty' }),
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    hook.frames++;
    hook.ready = true;
  });
}
