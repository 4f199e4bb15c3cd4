// The hook end-to-end tests poll, since the ESM build of Phaser sets no window.Phaser.

export interface MapTestHook {
  /** True once a frame has been rendered with the map and the current game drawn. */
  ready: boolean;
  /** Frames rendered so far. */
  frames: number;
  renderer: 'webgl' | 'canvas';
}

declare global {
  interface Window { __unionMap?: MapTestHook }
}
