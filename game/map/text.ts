// Phaser measures the font of every Text it makes (a canvas, the font set on it, measureText): ~35 labels, seven
// fonts, on the map's first frame. The metrics depend on the font alone, so each font is measured once.
import type * as Phaser from 'phaser';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

const measured = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** scene.add.text, with the metrics of a font already measured passed in rather than measured again. */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: Style): Phaser.GameObjects.Text {
  // As Phaser keys its font string (TextStyle._font).
  const font = [style.fontStyle ?? '', style.fontSize ?? '', style.fontFamily ?? ''].join(' ').trim();
  const metrics = measured.get(font);
  const made = scene.add.text(x, y, text, metrics ? { ...style, metrics } : style);
  if (!metrics) measured.set(font, made.style.getTextMetrics());
  return made;
}
