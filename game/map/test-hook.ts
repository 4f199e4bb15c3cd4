// The hook end-to-end tests poll, since the ESM build of Phaser sets no window.Phaser.

export interface MapTestHook {
  /** True once a frame has been rendered with the map and the current game drawn. */
  ready: boolean;
  /** True once a frame with what follows the first frame (labels, overlay areas, the legend) has been rendered. */
  detailed: boolean;
  /** Frames rendered so far. */
  frames: number;
  renderer: 'webgl' | 'canvas';
  /** True while no fade or pulse is running, so that a screenshot shows the state, not a moment of a fade. */
  settled: boolean;
  /** The file the backdrop is drawn from (map-files.ts): the first frame's, or the sharper one once zoomed in (null: none). */
  backdrop: string | null;
  /** True while the game loop sleeps: nothing moves, so no frame is rendered until something changes. */
  sleeping: boolean;
}

declare global {
  interface Window { __unionMap?: MapTestHook }
}
