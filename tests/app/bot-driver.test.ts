// The bot driver beside the application actor, with a stand-in for the bot worker that answers as bot.worker.ts does
// (the bot's move from the view and legal actions it was sent) when the test says so: which positions it is asked
// about, and which answers the match takes, under the White Cell's console and with its pause.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { decide } from '../../game/ai/bot';
import { appMachine, botToAsk } from '../../game/app/app.machine';
import { driveBots } from '../../game/app/bots/bot-driver';
import type { BotReply, BotRequest } from '../../game/app/bots/protocol';
import { readFacilitation } from '../../game/app/facilitator/settings';
import type { Scenario } from '../../game/rules';
import { stateName } from '../../game/rules/decisions';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));

/** A worker that keeps what it is asked and answers only when told to. */
class StandInWorker {
  asked: BotRequest[] = [];
  onmessage: ((event: MessageEvent<BotReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private scenario: Scenario | null = null;
  postMessage(request: BotRequest) {
    this.scenario = request.scenario ?? this.scenario;
    this.asked.push(request);
  }
  /** Answers the last request, as the real worker would. */
  answer() {
    const { faction, view, legal, settings } = this.asked.at(-1)!;
    const { action, reason } = decide(this.scenario!, view, faction, legal, settings);
    this.onmessage!({ data: { ok: true, faction, seq: view.seq, action, reason } } as MessageEvent<BotReply>);
  }
}

/** A facilitated solo match as NATO: Belarus's bot moves first. */
function start() {
  const actor = createActor(appMachine, { input: { requested: 'ultimatum', seed: 5, play: 'nato', facilitation: readFacilitation('?whitecell=1') } });
  const worker = new StandInWorker();
  const failures: string[] = [];
  driveBots(actor, () => worker as unknown as Worker, (m) => failures.push(m));
  actor.start();
  actor.send({ type: 'catalogue.loaded', folders });
  return { actor, worker, failures, at: () => stateName(actor.getSnapshot().value), seq: () => actor.getSnapshot().context.session!.state.seq };
}

describe('the bot driver', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('asks about each position once and plays the answer after the thinking pause', () => {
    vi.useFakeTimers();
    const { actor, worker, failures, at, seq } = start();
    expect(at()).toBe('match.botThinking');
    expect(worker.asked.map((r) => [r.faction, r.view.seq])).toEqual([['belarus', 0]]);
    worker.answer();
    expect(seq()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(seq()).toBe(1);
    expect(actor.getSnapshot().context.faction).toBe('russia');
    expect(worker.asked.map((r) => [r.faction, r.view.seq])).toEqual([['belarus', 0], ['russia', 1]]);
    expect(failures).toEqual([]);
  });

  it('goes on under the White Cell console: the move asked about is played there, and the next bot is asked', () => {
    vi.useFakeTimers();
    const { actor, worker, failures, at, seq } = start();
    actor.send({ type: 'whitecell.open' });
    expect(at()).toBe('match.whiteCell');
    worker.answer();
    vi.advanceTimersByTime(1000);
    expect(at()).toBe('match.whiteCell');
    expect(seq()).toBe(1);
    expect(worker.asked.map((r) => [r.faction, r.view.seq])).toEqual([['belarus', 0], ['russia', 1]]);
    expect(failures).toEqual([]);
  });

  it('holds the computer players while the White Cell has paused the game, and asks again on resuming', () => {
    vi.useFakeTimers();
    const { actor, worker, failures, at, seq } = start();
    actor.send({ type: 'clock.pause' });
    expect(botToAsk(actor.getSnapshot())).toBeNull();
    // The answer to the question asked before the pause comes during it: the position stays as it was.
    worker.answer();
    vi.advanceTimersByTime(5000);
    expect(seq()).toBe(0);
    expect(at()).toBe('match.botThinking');
    expect(actor.getSnapshot().context.botMoves).toEqual([]);
    // Resumed: the same position is asked about again, and its answer is played.
    actor.send({ type: 'clock.resume' });
    expect(botToAsk(actor.getSnapshot())).toBe('belarus');
    expect(worker.asked.map((r) => [r.faction, r.view.seq])).toEqual([['belarus', 0], ['belarus', 0]]);
    worker.answer();
    vi.advanceTimersByTime(1000);
    expect(seq()).toBe(1);
    expect(actor.getSnapshot().context.botMoves).toMatchObject([{ faction: 'belarus', seq: 0 }]);
    expect(failures).toEqual([]);
  });
});
