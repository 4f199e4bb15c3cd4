// Boot: fetches the two small JSON files everything else depends on (the projection and the
// symbol index), then hands over to the Preloader.
import * as Phaser from 'phaser';
import { ASSETS } from './assets';

export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: 'boot' });
  }

  preload(): void {
    this.load.json(ASSETS.projection.key, ASSETS.projection.url);
    this.load.json(ASSETS.symbolIndex.key, ASSETS.symbolIndex.url);
  }

  create(): void {
    this.scene.start('preloader');
  }
}
