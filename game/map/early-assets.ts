// The files the map's first frame waits for, the baked backdrop SVGs and the symbols of the current units (Vite's
// public dir is assets/), kept apart from the map's code so that the entry chunk can ask for them early
// (preloadMapAssets): the Preloader requests them only once Phaser has loaded and booted, and its XHRs are then
// answered from these preloads instead of waiting on the network.
import symbolIndexJson from '../../assets/symbols/index.json';
import type { MapUnit } from '../rules/types';
import type { SymbolEntry, SymbolIndex } from './symbol-index';

const base = import.meta.env.BASE_URL;

export const BACKDROP = { region: `${base}map/region.svg`, belarus: `${base}map/belarus.svg` } as const;

export const SYMBOL_INDEX: SymbolIndex = symbolIndexJson;

export const symbolUrl = (entry: SymbolEntry): string => `${base}symbols/${entry.file}`;

const preloaded = new Set<string>();

/** Preloads the backdrop and these units' symbols (those not asked for already). */
export function preloadMapAssets(units: readonly MapUnit[] = []): void {
  const symbols = units.flatMap((u) => { const entry = SYMBOL_INDEX[u.sidc]; return entry ? [symbolUrl(entry)] : []; });
  for (const href of [...Object.values(BACKDROP), ...symbols]) {
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' }));
  }
}
