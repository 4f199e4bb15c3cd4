// Composition root: the only file that wires the layers together: store, application statechart, DOM screens,
// and the Phaser map, which loads lazily (its own chunk) the first time a screen shows it.
import './ui/styles.css';
import './ui/styles-solo.css';
import { startApp } from './app/app';
import { readUrlOptions } from './app/url-options';
import type { MapSource } from './map';
import { createUiStore } from './store/store';
import { h } from './ui/dom';
import { t } from './ui/messages';
import { mountUi } from './ui/mount-ui';

const options = readUrlOptions(window.location.search);
const store = createUiStore();
const send = startApp(store, { requested: options.scenario, play: options.play, seed: options.seed ?? Math.floor(Math.random() * 2 ** 31) });

const mapSource: MapSource = {
  get: () => {
    const { scenario, view } = store.getState();
    return scenario && view ? { map: scenario.map, view } : null;
  },
  subscribe: (listener) => store.subscribe((s) => s.view, listener),
};

const mapHost = h('div', { id: 'map', class: 'map', role: 'region', 'aria-label': t('map.label') });
// The map's chunk (Phaser) starts downloading at once, beside the scenarios, rather than when a screen first shows
// the map (1.7 s → 1.2 s to the first frame in the benchmark). A failure is reported where the map would be.
const mapModule = import('./map');
mapModule.catch(() => undefined);
let mapRequested = false;
function mapSlot(): HTMLElement {
  if (!mapRequested) {
    mapRequested = true;
    mapModule
      .then(({ createMap }) => createMap(mapHost, mapSource, { renderer: options.renderer }))
      .catch((error: unknown) => {
        mapHost.replaceChildren(h('p', { class: 'map-failed', role: 'alert' }, t('map.failed', { reason: String(error) })));
      });
  }
  return mapHost;
}

mountUi(document.getElementById('app')!, store, send, mapSlot);
