// Entry of scripts/map-preview.html: a fake MapSource (a hand-written map, or ?scenario=<id>'s map.json, and a
// view) whose tracks, cut flows, units and overlays come from the query string and window.__mapPreview.update,
// so each state can be looked at, screenshotted and timed; ?baseline mounts an empty Phaser scene instead.
import type { PlayerView, ScenarioMap, Source } from '../game/rules/types';
import type { MapSource } from '../game/map';

const source: Source = { cite: [], extrapolation: 'map preview fixture' };

const handWritten: ScenarioMap = {
  sites: [
    { id: 'minsk', name: 'Minsk', lon: 27.56, lat: 53.9, kind: 'capital', source },
    { id: 'moscow', name: 'Moscow', lon: 37.62, lat: 55.76, kind: 'capital', source },
    { id: 'vilnius', name: 'Vilnius', lon: 25.28, lat: 54.69, kind: 'capital', source },
    { id: 'warsaw', name: 'Warsaw', lon: 21.01, lat: 52.23, kind: 'capital', source },
    { id: 'kyiv', name: 'Kyiv', lon: 30.52, lat: 50.45, kind: 'capital', source },
    { id: 'kaliningrad', name: 'Kaliningrad', lon: 20.45, lat: 54.71, kind: 'city', source },
    { id: 'brest', name: 'Brest', lon: 23.69, lat: 52.1, kind: 'city', source },
    { id: 'vitebsk', name: 'Vitebsk', lon: 30.2, lat: 55.19, kind: 'city', source },
    { id: 'babruysk', name: 'Babruysk', lon: 29.19, lat: 53.11, kind: 'airbase', source },
    { id: 'baranavichy', name: 'Baranavichy', lon: 26.05, lat: 53.1, kind: 'airbase', source },
    { id: 'hantsavichy', name: 'Hantsavichy', lon: 26.47, lat: 52.85, kind: 'radar', source },
    { id: 'vileyka', name: 'Vileyka', lon: 26.77, lat: 54.46, kind: 'relay', source },
    { id: 'pabrade', name: 'Pabradė', lon: 25.76, lat: 54.98, kind: 'base', source },
    { id: 'yelnia', name: 'Yelnia', lon: 33.17, lat: 54.57, kind: 'base', source },
    { id: 'klintsy', name: 'Klintsy', lon: 32.24, lat: 52.75, kind: 'base', source },
    { id: 'mozyr', name: 'Mozyr', lon: 29.25, lat: 52.05, kind: 'refinery', source },
  ],
  units: [
    // SIDCs the ultimatum scenario uses, so that build:assets has rendered them.
    { id: 'ru-s400', name: 'Russian S-400 battalion', sidc: '10061000001301020000', lon: 26.05, lat: 53.1, faction: 'russia', source },
    { id: 'nato-efp-lt', name: 'NATO eFP battlegroup Lithuania', sidc: '10031000161211020000', lon: 24.1, lat: 55.1, faction: 'nato', source },
  ],
  flows: [
    { id: 'druzhba', name: 'Druzhba oil pipeline', kind: 'oil', track: 'economy', source,
      path: [[32.7, 52.85], [31.0, 52.45], [29.25, 52.05], [26.5, 52.05], [23.75, 52.1], [21.6, 52.4], [19.7, 52.55], [16.5, 52.8], [14.25, 53.05]] },
    { id: 'yamal-europe', name: 'Yamal–Europe gas pipeline', kind: 'gas', track: 'economy', source,
      path: [[34.95, 57.05], [32.0, 55.0], [30.2, 54.3], [28.0, 53.75], [26.65, 53.2], [24.6, 52.7], [23.6, 52.45], [21.0, 52.6], [17.5, 52.35], [14.6, 52.35]] },
  ],
  overlays: [
    { id: 'kaliningrad-reach', name: 'Air-defence reach from Kaliningrad (S-400, ~400 km)', kind: 'range', center: [20.6, 54.65], radiusKm: 400, faction: 'russia', source },
    { id: 'corridor', name: 'Russian land corridor to Kaliningrad', kind: 'corridor', faction: 'russia', source,
      path: [[23.83, 53.68], [23.1, 54.1], [21.9, 54.5], [20.51, 54.71]] },
    { id: 'efp-area', name: 'NATO forward presence', kind: 'zone', faction: 'nato', source,
      path: [[23.5, 54.3], [25.6, 54.2], [26.6, 55.6], [24.4, 56.2], [22.6, 55.4], [23.5, 54.3]] },
    { id: 'visa-free', name: 'Visa-free zone', kind: 'zone', faction: 'belarus', source,
      path: [[23.5, 53.55], [24.05, 53.5], [24.15, 53.85], [23.8, 54.0], [23.5, 53.9], [23.5, 53.55]] },
  ],
};

const query = new URLSearchParams(location.search);
const asked = query.get('renderer');
const renderer = asked === 'canvas' || asked === 'auto' ? asked : 'webgl';
const scenario = query.get('scenario');
const scenarioMaps = import.meta.glob<ScenarioMap>('../scenarios/*/map.json', { import: 'default' });
const loadScenario = scenarioMaps[`../scenarios/${scenario}/map.json`];
const map = loadScenario ? await loadScenario() : handWritten;
const overlays = map.overlays ?? [];

// The map reads only the tracks and view.map; the rest of PlayerView belongs to the rules and UI.
// Every unit and overlay is shown unless ?units= or ?overlays= lists some; ?<flow or overlay id>=0.4
// sets a strength. (The preview has no rules, so showWhen conditions are not evaluated.)
function viewOf(q: URLSearchParams): PlayerView {
  const number = (name: string, fallback: number): number => Number(q.get(name) ?? fallback);
  const list = (name: string): string[] | undefined => q.get(name)?.split(',').filter(Boolean);
  const cut = new Set(list('cut') ?? []);
  return {
    tracks: { tension: number('tension', 2), allianceCommitment: number('commitment', 5) },
    map: {
      units: list('units') ?? map.units.map((u) => u.id),
      flows: Object.fromEntries(map.flows.map((f) => [f.id, cut.has(f.id) ? 0 : number(f.id, 1)])),
      overlays: Object.fromEntries((list('overlays') ?? overlays.map((o) => o.id)).map((id) => [id, number(id, 1)])),
    },
  } as Pick<PlayerView, 'tracks' | 'map'> as PlayerView;
}

let current = { map, view: viewOf(query) };
const listeners = new Set<() => void>();
const fake: MapSource = {
  get: () => current,
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Changes the query-string parameters the view is made from, as a turn would, and tells the map. */
function update(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) query.set(name, value);
  current = { map, view: viewOf(query) };
  for (const listener of listeners) listener();
}

declare global {
  interface Window { __mapPreview?: { map: ScenarioMap; update: typeof update } }
}
// For scripts/map-perf.ts, which times what a change of the source costs.
window.__mapPreview = { map, update };

// ?later=<unit or overlay id> brings it in two seconds after start, to watch the fade.
const later = query.get('later');
if (later) {
  setTimeout(() => {
    const { units, overlays: shown } = current.view.map;
    if (map.units.some((u) => u.id === later)) update({ units: [...units, later].join(',') });
    if (overlays.some((o) => o.id === later)) update({ overlays: [...Object.keys(shown), later].join(',') });
  }, 2000);
}

if (query.has('baseline')) {
  // ?baseline: an empty Phaser scene of the map's size and renderer, the yardstick of scripts/map-perf.ts.
  const { mountBaseline } = await import('./map-perf-baseline');
  mountBaseline(document.getElementById('map')!, renderer === 'canvas' ? 'canvas' : 'webgl');
} else {
  const { createMap } = await import('../game/map');
  createMap(document.getElementById('map')!, fake, { renderer });
}
