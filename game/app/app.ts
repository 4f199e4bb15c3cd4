// Runs the application statechart: loads the shipped scenarios, pushes each snapshot's projection into the store,
// and hands the screens one function to send intents through. Bot moves and what-if batches run in Web Workers,
// wired here (the statechart stays pure). A failure is shown, never a silent freeze.
import { createActor } from 'xstate';
import type { UiStore } from '../store/store';
import { appMachine, type AppInput } from './app.machine';
import { driveBots } from './bots/bot-driver';
import { loadBundledScenarios } from './bundled-scenarios';
import type { SendIntent } from './intents';
import { project } from './projection';
import { runWhatIfInWorkers } from './whatif/run-in-workers';

export function startApp(store: UiStore, input: AppInput): SendIntent {
  const actor = createActor(appMachine, { input });
  const crash = (error: unknown) => store.setState({ crash: error instanceof Error ? error.message : String(error) });
  actor.subscribe({ next: (snapshot) => store.setState(project(snapshot), true), error: crash });
  driveBots(actor, () => new Worker(new URL('./bots/bot.worker.ts', import.meta.url), { type: 'module' }), crash);
  runWhatIfInWorkers(actor, () => new Worker(new URL('./whatif/batch.worker.ts', import.meta.url), { type: 'module' }), navigator.hardwareConcurrency || 2);
  actor.start();
  loadBundledScenarios().then((folders) => actor.send({ type: 'catalogue.loaded', folders }), crash);
  return (intent) => actor.send(intent);
}
