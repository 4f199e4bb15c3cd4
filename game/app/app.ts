// Runs the application statechart: loads the shipped scenarios, pushes each snapshot's projection into the store,
// and hands the screens one function to send intents through. Bot moves and what-if batches run in Web Workers,
// wired here (the statechart stays pure). A failure is shown, never a silent freeze.
import { createActor } from 'xstate';
import type { UiStore } from '../store/store';
import { appMachine, type AppInput } from './app.machine';
import { driveBots } from './bots/bot-driver';
import { bundledFolders, loadBundledScenarios, loadCheckedScenarios } from './bundled-scenarios';
import type { CatalogueEntry } from './catalogue';
import { runClock } from './facilitator/clock';
import type { SendIntent } from './intents';
import { openProjectorFeed, roomState } from './projector/feed';
import { project } from './projection';
import type { TimerView } from '../store/store';
import { readPlay } from './url-options';
import type { SaveStore } from './saves/save-store';
import { runWhatIfInWorkers } from './whatif/run-in-workers';

const SAVES_TIMEOUT_MS = 5000;

/** The promise's outcome, or a failure naming `what` if it has not settled within `ms`. */
function withinTime<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e); });
  });
}

/**
 * What the application needs of the browser beyond the store: where saves live, how a file is downloaded, and
 * (optionally) a way to put work off until the first screen is drawn.
 */
export interface AppServices {
  saves: SaveStore;
  download: (fileName: string, text: string) => void;
  afterFirstFrame?: (task: () => void) => void;
  /** What the first screen waits for besides the scenarios and saves (a match's map code), while it says "loading". */
  firstScreenNeeds?: Promise<unknown>;
}

export function startApp(store: UiStore, input: AppInput, services: AppServices): SendIntent {
  const actor = createActor(appMachine, { input });
  const crash = (error: unknown) => store.setState({ crash: error instanceof Error ? error.message : String(error) });
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  // The phase clock and the projector window (facilitator/, projector/) follow every snapshot too.
  const feed = openProjectorFeed();
  let timer: TimerView | null = null;
  const syncClock = runClock(actor, (view) => {
    timer = view;
    store.setState({ timer });
    feed?.timer(timer);
  });
  actor.subscribe({
    next: (snapshot) => {
      store.setState({ ...project(snapshot), timer }, true);
      feed?.state(roomState(snapshot));
      syncClock();
    },
    error: crash,
  });
  driveBots(actor, () => new Worker(new URL('./bots/bot.worker.ts', import.meta.url), { type: 'module' }), crash);
  runWhatIfInWorkers(actor, () => new Worker(new URL('./whatif/batch.worker.ts', import.meta.url), { type: 'module' }), globalThis.navigator?.hardwareConcurrency || 2);
  // The statechart decides what to save; writing it is this layer's job. A failed write is reported on the menu
  // (the game itself goes on), not swallowed.
  const failed = (e: unknown) => actor.send({ type: 'saves.failed', message: message(e) });
  actor.on('saves.write', ({ record }) => { services.saves.put(record).catch(failed); });
  actor.on('saves.remove', ({ id }) => { services.saves.delete(id).catch(failed); });
  actor.on('saves.download', ({ fileName, text }) => services.download(fileName, text));
  services.saves.onChange?.(() => { services.saves.list().then((saves) => actor.send({ type: 'saves.listed', saves }), failed); });
  actor.start();
  syncClock();
  // Without IndexedDB (a private window, a blocked or silent store) the game still plays; the menu says saves are off.
  const saves = withinTime(services.saves.list(), SAVES_TIMEOUT_MS, 'the browser storage did not answer').then(
    (records): { saves: unknown[]; savesUnavailable?: string } => ({ saves: records }),
    (e: unknown) => ({ saves: [], savesUnavailable: message(e) }));
  // ?play= of a shipped scenario goes straight into its match, which needs only that folder: the others are fetched
  // once it is on screen and checked in a worker (checking all five held the main thread ~400 ms before the first
  // frame; one is ~50 ms, a long task even alone).
  const first = input.requested !== null && readPlay(input.play ?? null) !== null && !input.urlProblems?.length && !input.facilitation?.problems.length
    && bundledFolders.includes(input.requested) ? [input.requested] : bundledFolders;
  Promise.all([loadCheckedScenarios(first), saves, services.firstScreenNeeds])
    .then(([{ checked, folders }, stored]) => {
      actor.send({ type: 'catalogue.loaded', folders, checked, ...stored });
      const rest = bundledFolders.filter((f) => !first.includes(f));
      if (rest.length > 0) (services.afterFirstFrame ?? ((task) => task()))(() => {
        loadBundledScenarios(rest).then((folders) => {
          const worker = new Worker(new URL('./catalogue.worker.ts', import.meta.url), { type: 'module' });
          worker.onmessage = (event: MessageEvent<CatalogueEntry[]>) => {
            worker.terminate();
            actor.send({ type: 'catalogue.more', entries: event.data });
          };
          worker.onerror = (event) => crash(event.message);
          worker.postMessage(folders);
        }).catch(crash);
      });
    })
    .catch(crash);
  return (intent) => actor.send(intent);
}
