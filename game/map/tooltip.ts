// One hover label shared by sites, units and overlay labels: full names that do not fit on the map
// are one pointer away. Kept at a constant size on screen whatever the zoom.
import type * as Phaser from 'phaser';
import { FONT, HALO, INK } from './style';

export class Tooltip {
  private readonly text: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.text = scene.add.text(0, 0, '', {
      fontFamily: FONT, fontSize: '16px', color: INK, backgroundColor: HALO, padding: { x: 6, y: 3 }, resolution: 2,
    }).setOrigin(0.5, 0).setVisible(false);
    layer.add(this.text);
  }

  /** Shows the text centred under (x, y), in world coordinates. */
  show(text: string, x: number, y: number, zoom: number): void {
    this.text.setText(text).setPosition(x, y + 4 / zoom).setScale(1 / zoom).setVisible(true);
  }

  hide(): void {
    this.text.setVisible(false);
  }
}
