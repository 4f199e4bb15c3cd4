// Phaser measures the font of every Text it makes (a canvas, the font set on it, measureText): ~35 labels, seven
// fonts, on the map's first frame. The metrics depend on the font alone, so each font is measured once.
// Every label keeps its size on screen whatever the zoom, so it is rasterised for the canvas's pixels per map pixel
// (baseZoom), twice over: shrunk by half it looks as it did when a fixed 2× raster was shrunk ~5× (pixel for pixel,
// its strokes came out thin and pale), with ~6× fewer pixels to fill at 1366×768.
import * as Phaser from 'phaser';
import { baseZoom } from './view-scale';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

const measured = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();
const texts = new WeakMap<Phaser.Scene, Set<Phaser.GameObjects.Text>>();
const OVERSAMPLE = 2;
const resolutionIn = (scene: Phaser.Scene): number => OVERSAMPLE * baseZoom(scene);

/** scene.add.text at a resolution for the canvas, with the metrics of a font already measured passed in. */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: Style): Phaser.GameObjects.Text {
  // As Phaser keys its font string (TextStyle._font).
  const font = [style.fontStyle ?? '', style.fontSize ?? '', style.fontFamily ?? ''].join(' ').trim();
  const metrics = measured.get(font);
  const made = scene.add.text(x, y, text, { ...style, resolution: resolutionIn(scene), ...(metrics ? { metrics } : {}) });
  if (!metrics) measured.set(font, made.style.getTextMetrics());
  let all = texts.get(scene);
  if (!all) texts.set(scene, (all = new Set()));
  all.add(made);
  made.once(Phaser.GameObjects.Events.DESTROY, () => all.delete(made));
  return made;
}

/** Rasterises the scene's labels again for a new canvas size. */
export function fitTexts(scene: Phaser.Scene): void {
  const resolution = resolutionIn(scene);
  for (const text of texts.get(scene) ?? []) text.setResolution(resolution);
}
