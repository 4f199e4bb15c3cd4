// The files the map's first frame waits for, the baked backdrop SVGs and the units' symbol sheet (Vite's public dir
// is assets/), kept apart from the map's code so that the entry chunk can ask for them early (preloadMapAssets):
// the Preloader requests them only once Phaser has loaded and booted, and its XHRs are then answered from these
// preloads instead of waiting on the network.
import symbolIndexJson from '../../assets/symbols/index.json';
import type { SymbolIndex } from './symbol-index';

const base = import.meta.env.BASE_URL;

export const BACKDROP = { region: `${base}map/region.svg`, belarus: `${base}map/belarus.svg` } as const;

/** Every scenario's unit symbols on one sheet (scripts/build-symbols.ts), and where each is on it. */
export const SYMBOL_SHEET = `${base}symbols/atlas.png`;
export const SYMBOL_INDEX: SymbolIndex = symbolIndexJson;

let preloaded = false;

/** Preloads the backdrop and the symbol sheet, once. */
export function preloadMapAssets(): void {
  if (preloaded) return;
  preloaded = true;
  // As the Preloader asks for them: the SVGs by XHR (CORS), the sheet by a plain image element (create-map.ts).
  for (const href of Object.values(BACKDROP)) document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' }));
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'image', href: SYMBOL_SHEET }));
}
