// Composition root: the only file that wires the layers together: store, application statechart, DOM screens,
// and the Phaser map, which loads lazily (its own chunk) the first time a screen shows it.
import './app/zod-jitless';
import './ui/styles.css';
import './ui/styles-seeing.css';
import './ui/styles-saves.css';
import './ui/styles-facilitator.css';
import './ui/styles-access.css';
import './ui/styles-solo.css';
import './ui/styles-bargain.css';
import { startApp } from './app/app';
import { readFacilitation } from './app/facilitator/settings';
import { followGame } from './app/projector/follow';
import { idbSaveStore } from './app/saves/idb-save-store';
import { readUrlOptions } from './app/url-options';
import type { MapSource } from './map';
import { mapImages } from './map/early-assets';
import { createUiStore } from './store/store';
import { h } from './ui/dom';
import { t } from './ui/messages';
import { mountUi } from './ui/mount-ui';
import { mountMapAnnouncer } from './ui/panels/map-mirror';
import { mountTutorial } from './ui/tutorial/tutorial';

const options = readUrlOptions(window.location.search);
// ?play=<faction> opens on a match, whose screen shows the map: its images decode while the map's code loads (the
// page asked for their files already: vite.config.ts). Three bots playing (?play=bots) show it only if asked (a
// what-if or a replay).
const opensOnMap = options.play !== null && options.play !== 'bots';
// (Its failure is reported where the map would be: createMap.)
if (opensOnMap) mapImages().catch(() => undefined);
const store = createUiStore();

/** Hands a save file to the browser as a download. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the address can go once the event has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Work the first screen does not need (checking the other scenarios, the other screens' code) waits for the map's
// first frames (the first, then the one with its details), or at most FIRST_FRAME_WAIT_MS where the map never shows or
// fails; after those, for the next frame, so that they are on screen before that work (13-40 ms of tasks) starts.
const FIRST_FRAME_WAIT_MS = 3000;
let mapDrawn!: () => void;
const mapFirstFrame = new Promise<void>((resolve) => { mapDrawn = resolve; });
setTimeout(mapDrawn, FIRST_FRAME_WAIT_MS);
const afterFirstFrame = (task: () => void) => { mapFirstFrame.then(() => setTimeout(task, 0)); };
// A page opening on the map builds the panels beside it (~35 ms of DOM and layout) in a task after the map's first
// frame, beside the one adding the map's details, so both show in the next frame; the grid's tracks size the map
// without them, so nothing moves when they come.
let mapShown!: () => void;
let mapOnScreen = !opensOnMap;
const mapFirstShown = new Promise<void>((resolve) => { mapShown = resolve; }).then(() => { mapOnScreen = true; });
setTimeout(mapShown, FIRST_FRAME_WAIT_MS);
const besideMap = (task: () => void) => {
  if (mapOnScreen) task();
  else mapFirstShown.then(() => setTimeout(task, 0));
};

// The map's chunk (Phaser) starts downloading at once, beside the scenarios, rather than when a screen first shows
// the map (1.7 s → 1.2 s to the first frame in the benchmark); a bots game asks for it when a screen first shows
// it. A failure is reported where the map would be.
let mapModule = options.play === 'bots' ? null : import('./map');
// A match shows the map at once: its screen waits, still "loading", for the map's code, whose evaluation (Phaser:
// 45-65 ms, over 200 ms on a slow machine) would otherwise freeze a screen already open to the player.
const firstScreenNeeds = opensOnMap ? mapModule?.then(() => undefined, () => undefined) : undefined;

// ?view=projector: this window only follows the game played in another one, and sends nothing.
const projector = new URLSearchParams(window.location.search).get('view') === 'projector';
const send = projector
  ? (followGame(store), () => undefined)
  : startApp(store, { requested: options.scenario, play: options.play, seed: options.seed ?? Math.floor(Math.random() * 2 ** 31), facilitation: readFacilitation(window.location.search), urlProblems: options.problems },
    { saves: idbSaveStore(), download, afterFirstFrame, firstScreenNeeds });
document.body.classList.toggle('projector', projector);

const mapHost = h('div', { id: 'map', class: 'map', role: 'region', 'aria-label': t('map.label') });
const mapSource: MapSource = {
  get: () => {
    const { scenario, view } = store.getState();
    return scenario && view ? { map: scenario.map, view } : null;
  },
  subscribe: (listener) => store.subscribe((s) => s.view, listener),
};

let mapRequested = false;
function mapSlot(): HTMLElement {
  if (!mapRequested) {
    mapRequested = true;
    mapImages().catch(() => undefined);
    // Until the map's first frame (Phaser and the images can take seconds on a slow connection) the map's place says
    // so, in text laid over it; it goes in the task that renders that frame, so both show together.
    const loading = h('p', { class: 'map-loading', role: 'status' }, t('map.loading'));
    mapHost.append(loading);
    (mapModule ??= import('./map'))
      .then(({ createMap }) => {
        const map = createMap(mapHost, mapSource, { renderer: options.renderer });
        // The work released by the map's first frame waits for the frame with its details, which follows it.
        return map.firstFrame.then(() => {
          loading.remove();
          requestAnimationFrame(() => mapShown());
          return map.detailed;
        }).then(() => requestAnimationFrame(() => mapDrawn()));
      })
      .catch((error: unknown) => {
        mapShown();
        mapDrawn();
        mapHost.replaceChildren(h('p', { class: 'map-failed', role: 'alert' }, t('map.failed', { reason: String(error) })));
      });
  }
  return mapHost;
}

mountUi(document.getElementById('app')!, store, send, mapSlot, afterFirstFrame, besideMap);
mountMapAnnouncer(document.body, store);
mountTutorial(document.body, store, send);
