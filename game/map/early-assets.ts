// The images the map's first frame waits for, kept apart from the map's code (Phaser) so that the entry chunk can
// start them (mapImages) while that code is still on its way; a match's page asks for the files even earlier, from
// index.html (vite.config.ts), and these requests are then answered from its preloads.
import symbolIndexJson from '../../assets/symbols/index.json';
import { MAP_FILES } from './map-files';
import type { SymbolIndex } from './symbol-index';

/** Where each symbol is on the sheet (scripts/build-symbols.ts): every scenario's units on one image. */
export const SYMBOL_INDEX: SymbolIndex = symbolIndexJson;

/** The backdrop (a bitmap of the world's size), the hatching (an SVG of Belarus' box) and the symbol sheet, decoded. */
export interface MapImages { region: ImageBitmap; belarus: HTMLImageElement; symbols: ImageBitmap }

const url = (path: string) => `${import.meta.env.BASE_URL}${path}`;
const failed = (path: string) => new Error(`the map's image ${path} could not be loaded`);

/** A bitmap file, decoded off the main thread, once: an image element's decode() would be redone, on the main thread,
 *  when a canvas first draws it (18 ms for the backdrop in a trace of the first frame). */
export async function loadBitmap(path: string): Promise<ImageBitmap> {
  try {
    const response = await fetch(url(path));
    if (!response.ok) throw new Error(String(response.status));
    return await createImageBitmap(await response.blob());
  } catch {
    throw failed(path);
  }
}

/** An SVG file (which createImageBitmap does not take), parsed and laid out. */
async function loadVector(path: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url(path);
  try {
    await image.decode();
  } catch {
    throw failed(path);
  }
  return image;
}

let images: Promise<MapImages> | null = null;

/** Loads and decodes the map's images, once, ahead of the map's first frame rather than inside Phaser's loader after
 *  it has booted. */
export function mapImages(): Promise<MapImages> {
  images ??= Promise.all([loadBitmap(MAP_FILES.region), loadVector(MAP_FILES.belarus), loadBitmap(MAP_FILES.symbols)])
    .then(([region, belarus, symbols]) => ({ region, belarus, symbols }));
  return images;
}
