// Composition layer: watches the app statechart, and when it waits for a bot (on the bot's screen, or under the White
// Cell's console, which stops nothing), asks the bot worker for a move from the faction's view and sends the answer
// back as bot.move with the move number it was asked about. The machine ignores answers about older positions and
// answers that come while the White Cell has paused the game, so a slow or repeated answer can do no harm; a position
// left unanswered (the pause) is asked about again when it comes back.
import type { Actor } from 'xstate';
import { botToAsk, type appMachine } from '../app.machine';
import { prepare } from '../session';
import type { BotReply, BotRequest } from './protocol';

/** Shortest time a bot's "thinking" stays on screen, so a person can follow who moved. */
const MIN_THINKING_MS = 350;

export function driveBots(actor: Actor<typeof appMachine>, makeWorker: () => Worker, onFailure: (message: string) => void): void {
  let worker: Worker | null = null;
  let asked = '';
  let sentScenario = '';
  let askedAt = 0;
  const ensureWorker = () => {
    if (worker) return worker;
    worker = makeWorker();
    worker.onmessage = (event: MessageEvent<BotReply>) => {
      const reply = event.data;
      if (!reply.ok) return onFailure(`a bot could not choose a move: ${reply.message}`);
      // The rules apply the move now; the application takes it up in a later task, after the thinking pause.
      const { session } = actor.getSnapshot().context;
      if (session?.state.seq === reply.seq) prepare(session, reply.faction, reply.action, reply.seq);
      const wait = Math.max(0, askedAt + MIN_THINKING_MS - performance.now());
      setTimeout(() => actor.send({ type: 'bot.move', faction: reply.faction, seq: reply.seq, action: reply.action, reason: reply.reason }), wait);
    };
    worker.onerror = (event) => onFailure(`the bot worker failed: ${event.message}`);
    return worker;
  };
  actor.subscribe((snapshot) => {
    const faction = botToAsk(snapshot);
    const { session, seats } = snapshot.context;
    const seat = faction && seats[faction];
    if (!session || !faction || seat?.kind !== 'bot') {
      asked = '';
      return;
    }
    const key = `${session.seed}:${session.state.seq}:${faction}`;
    if (key === asked) return;
    asked = key;
    askedAt = performance.now();
    const { rules, state } = session;
    const scenarioKey = `${rules.scenario.id}:${session.seed}`;
    const request: BotRequest = {
      scenarioKey, faction, view: rules.view(state, faction), legal: rules.legalActions(state, faction),
      settings: { persona: seat.persona, difficulty: seat.difficulty, seed: session.seed },
    };
    if (scenarioKey !== sentScenario) request.scenario = rules.scenario;
    sentScenario = scenarioKey;
    ensureWorker().postMessage(request);
  });
}
