// A bare Phaser 4 page built the same way as the game: the yardstick for bundle size and first frame.
import * as Phaser from 'phaser';

class Hello extends Phaser.Scene {
  create() {
    this.add.text(20, 20, 'Hello Phaser', { color: '#ffffff' });
    this.game.events.once('postrender', () => ((window as unknown as { __baselineReady: boolean }).__baselineReady = true));
  }
}

new Phaser.Game({ type: Phaser.AUTO, parent: 'game', width: 800, height: 600, scene: Hello });
