// A bare Phaser 4 page built the same way as the game: the yardstick for bundle size, first frame and frame rate.
// ?renderer=canvas|webgl matches the renderer the game's map chose; it counts its frames for the frame-rate ratio.
import * as Phaser from 'phaser';

const w = window as unknown as { __baselineReady: boolean; __baselineFrames: number };
w.__baselineFrames = 0;

class Hello extends Phaser.Scene {
  create() {
    this.add.text(20, 20, 'Hello Phaser', { color: '#ffffff' });
    this.game.events.once('postrender', () => (w.__baselineReady = true));
    this.game.events.on('postrender', () => { w.__baselineFrames++; });
  }
}

const asked = new URLSearchParams(window.location.search).get('renderer');
const type = asked === 'canvas' ? Phaser.CANVAS : asked === 'webgl' ? Phaser.WEBGL : Phaser.AUTO;
new Phaser.Game({ type, parent: 'game', width: 800, height: 600, scene: Hello });
