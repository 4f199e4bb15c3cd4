// Renders the map on demand: a turn-based board is still nearly all the time, so the game loop sleeps while
// nothing moves and wakes for a source change, input, a resize or a running tween (issue 5: under software
// WebGL every frame costs a long main-thread task, and a loop running for nothing starves the page).
import * as Phaser from 'phaser';
import { noteFrameGap } from './motion';
import type { MapTestHook } from './test-hook';

export class OnDemand {
  /** When something last asked for a frame (performance.now()). */
  private asked = 0;
  /** When the frame being rendered began. */
  private frameStart = 0;
  private wakeQueued = false;
  /**
   * Whether the frame being rendered is the first since waking (or since the scene was created), whose gap
   * from the last one is sleep or loading, not rendering.
   */
  private waking = true;
  private destroyed = false;

  /** `moving` tells of motion outside the canvas (the vignette's CSS fade): it needs no frames but is not settled. */
  constructor(private readonly scene: Phaser.Scene, private readonly hook: MapTestHook, private readonly moving: () => boolean) {
    const { game } = scene;
    const canvas = game.canvas;
    const onPreStep = (): void => { this.frameStart = performance.now(); };
    const onPostRender = (): void => this.afterFrame();
    game.events.on(Phaser.Core.Events.PRE_STEP, onPreStep);
    game.events.on(Phaser.Core.Events.POST_RENDER, onPostRender);

    // Input wakes the map only when it can change what is drawn: a press, the wheel, a drag, the pointer
    // entering or leaving something with a hover label, a key (zoom). Moving over the sea costs nothing.
    const input = scene.input;
    for (const event of [Phaser.Input.Events.POINTER_DOWN, Phaser.Input.Events.POINTER_UP, Phaser.Input.Events.POINTER_WHEEL,
      Phaser.Input.Events.GAMEOBJECT_OVER, Phaser.Input.Events.GAMEOBJECT_OUT]) input.on(event, this.request);
    input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => { if (pointer.isDown) this.request(); });
    canvas.addEventListener('keydown', this.request);
    canvas.addEventListener('webglcontextrestored', this.request);
    game.scale.on(Phaser.Scale.Events.RESIZE, this.request);
    // The Scale Manager notices a parent that changes size (without the window resizing) by polling in the
    // game step, which does not run while asleep: tell it instead.
    const parent = game.scale.parent as HTMLElement | null;
    const resized = new ResizeObserver(() => {
      game.scale.dirty = true;
      this.request();
    });
    if (parent) resized.observe(parent);

    scene.events.once(Phaser.Scenes.Events.DESTROY, () => {
      this.destroyed = true;
      game.events.off(Phaser.Core.Events.PRE_STEP, onPreStep);
      game.events.off(Phaser.Core.Events.POST_RENDER, onPostRender);
      canvas.removeEventListener('keydown', this.request);
      canvas.removeEventListener('webglcontextrestored', this.request);
      game.scale.off(Phaser.Scale.Events.RESIZE, this.request);
      resized.disconnect();
    });
    this.request();
  }

  /** Asks for frames until everything changed so far is drawn. Cheap: call it after any change, as often as wanted. */
  readonly request = (): void => {
    this.asked = performance.now();
    this.noteSettled();
    if (this.wakeQueued || this.scene.game.loop.running) return;
    this.wakeQueued = true;
    // Waking in an animation frame renders once per display frame, however many events asked, and not
    // inside the caller (a click handler, say), whose task would grow by a whole frame.
    requestAnimationFrame(() => {
      this.wakeQueued = false;
      if (this.destroyed) return;
      this.hook.sleeping = false;
      this.waking = true;
      this.scene.game.loop.wake();
    });
  };

  /** Updates the hook's `settled`; call it when motion outside the canvas starts or ends. */
  readonly noteSettled = (): void => {
    this.hook.settled = !this.busy() && !this.moving();
  };

  /** A tween (a fade or a pulse) moves things every frame. */
  private busy(): boolean {
    return this.scene.tweens.getTweens().length > 0;
  }

  /** Sleeps after the first frame that began after the last request, unless something is still moving. */
  private afterFrame(): void {
    if (!this.waking) noteFrameGap(this.scene.game.loop.rawDelta);
    this.waking = false;
    this.noteSettled();
    if (this.busy() || this.asked >= this.frameStart) return;
    this.scene.game.loop.sleep();
    this.hook.sleeping = true;
  }
}
