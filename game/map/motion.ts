// Fades and pulses, or none: with prefers-reduced-motion, or once frames come too slowly for motion to show
// (software WebGL on a weak laptop: ~3 fps), a fade is an instant change and nothing pulses. Every tween
// here keeps the on-demand loop awake until it ends, and no longer.
import type * as Phaser from 'phaser';

/** Frames further apart than this while animating make motion a slide show (under 8 fps). */
const CHOPPY_MS = 125;
/** This many such frames in a row, so that one garbage collection does not count. */
const CHOPPY_RUN = 3;

const query = matchMedia('(prefers-reduced-motion: reduce)');
let choppyRun = 0;
let choppy = false;

/** Whether to skip fades and pulses; read at each change, so that the user's setting applies without a reload. */
export const noMotion = (): boolean => query.matches || choppy;

/** Told the time between two frames rendered back to back; a choppy run switches motion off for good. */
export function noteFrameGap(ms: number): void {
  choppyRun = ms > CHOPPY_MS ? choppyRun + 1 : 0;
  if (choppyRun >= CHOPPY_RUN) choppy = true;
}

type Fadable = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Alpha;

/** Fades the target's alpha to `alpha` over `ms` (at once without motion), then calls `done`. */
export function fade(scene: Phaser.Scene, target: Fadable, alpha: number, ms: number, ease: string, done?: () => void): void {
  scene.tweens.killTweensOf(target);
  if (noMotion()) {
    target.setAlpha(alpha);
    done?.();
    return;
  }
  scene.tweens.add({ targets: target, alpha, duration: ms, ease, ...(done ? { onComplete: done } : {}) });
}
