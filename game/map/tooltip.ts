// One hover label shared by sites, units and overlay labels: full names that do not fit on the map
// are one pointer away. Kept at a constant size on screen whatever the zoom.
import type * as Phaser from 'phaser';
import { FONT, HALO, INK } from './style';
import { addText } from './text';

export class Tooltip {
  /** Made on the first hover, not in the map's first frame, which never shows it. */
  private text: Phaser.GameObjects.Text | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Layer) {}

  /** Shows the text centred under (x, y), in world coordinates. */
  show(text: string, x: number, y: number, zoom: number): void {
    this.text ??= this.make();
    this.text.setText(text).setPosition(x, y + 4 / zoom).setScale(1 / zoom).setVisible(true);
  }

  hide(): void {
    this.text?.setVisible(false);
  }

  private make(): Phaser.GameObjects.Text {
    const text = addText(this.scene, 0, 0, '', {
      fontFamily: FONT, fontSize: '16px', color: INK, backgroundColor: HALO, padding: { x: 6, y: 3 },
    }).setOrigin(0.5, 0);
    this.layer.add(text);
    return text;
  }
}
