// The images the map's first frame waits for, kept apart from the map's code (Phaser) so that the entry chunk can
// start them (mapImages) while that code is still on its way; a match's page asks for the files even earlier, from
// index.html (vite.config.ts), and these image elements are then answered from its preloads.
import symbolIndexJson from '../../assets/symbols/index.json';
import { MAP_FILES } from './map-files';
import type { SymbolIndex } from './symbol-index';

/** Where each symbol is on the sheet (scripts/build-symbols.ts): every scenario's units on one image. */
export const SYMBOL_INDEX: SymbolIndex = symbolIndexJson;

/** The backdrop (a bitmap of the world's size), the hatching (an SVG of Belarus' box) and the symbol sheet, decoded. */
export type MapImages = Record<keyof typeof MAP_FILES, HTMLImageElement>;

let images: Promise<MapImages> | null = null;

/** Loads and decodes the map's images, once: decoding (the hatching's parse and layout, the bitmaps' pixels) happens
 *  here, ahead of the map's first frame, rather than inside Phaser's loader after it has booted. */
export function mapImages(): Promise<MapImages> {
  images ??= Promise.all(Object.entries(MAP_FILES).map(async ([name, path]) => {
    const image = new Image();
    image.src = `${import.meta.env.BASE_URL}${path}`;
    try {
      await image.decode();
    } catch {
      throw new Error(`the map's image ${path} could not be loaded`);
    }
    return [name, image] as const;
  })).then((entries) => Object.fromEntries(entries) as MapImages);
  return images;
}
