// The backdrop's baked SVGs (Vite's public dir is assets/). Kept apart from the rest of the map so that the entry
// chunk can ask for them early (preloadBackdrop) without pulling in the map's code.
const base = import.meta.env.BASE_URL;

export const BACKDROP = { region: `${base}map/region.svg`, belarus: `${base}map/belarus.svg` } as const;

/**
 * Starts downloading the backdrop now, for a first screen known to show the map: the Preloader's requests (XHR,
 * made once Phaser has booted) are then answered from this preload rather than waiting on the network.
 */
export function preloadBackdrop(): void {
  for (const href of Object.values(BACKDROP)) {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
    document.head.append(link);
  }
}
