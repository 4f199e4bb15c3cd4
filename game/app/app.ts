// Runs the application statechart: loads the shipped scenarios, pushes each snapshot's projection into the store,
// and hands the screens one function to send intents through. A failure is shown, never a silent freeze.
import { createActor } from 'xstate';
import type { UiStore } from '../store/store';
import { appMachine, type AppInput } from './app.machine';
import { loadBundledScenarios } from './bundled-scenarios';
import { runClock } from './facilitator/clock';
import type { SendIntent } from './intents';
import { openProjectorFeed } from './projector/feed';
import { project } from './projection';
import type { TimerView } from '../store/store';

export function startApp(store: UiStore, input: AppInput): SendIntent {
  const actor = createActor(appMachine, { input });
  const crash = (error: unknown) => store.setState({ crash: error instanceof Error ? error.message : String(error) });
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
      feed?.state(snapshot.context);
      syncClock();
    },
    error: crash,
  });
  actor.start();
  syncClock();
  loadBundledScenarios().then((folders) => actor.send({ type: 'catalogue.loaded', folders }), crash);
  return (intent) => actor.send(intent);
}
