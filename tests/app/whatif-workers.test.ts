// The what-if run handed out to workers in chunks (game/app/whatif/run-in-workers.ts), with stand-in workers that
// answer through the real batch player when the test lets them: whichever worker is free gets the next chunk, a slow
// one gets fewer, and the result is the batch played in one piece whatever order the chunks finish in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { appMachine } from '../../game/app/app.machine';
import { batchPlayer, type BatchWorkerReply, type BatchWorkerRequest } from '../../game/app/whatif/batch-player';
import { chunkGames, runBatch } from '../../game/app/whatif/batch';
import { runWhatIfInWorkers } from '../../game/app/whatif/run-in-workers';
import { batchSpecs, type WhatIfRequest } from '../../game/app/whatif/request';
import { nextInt } from '../../game/rules/rng';
import { SCENARIOS_DIR, rulesForScenario, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));
const request: WhatIfRequest = {
  games: 30,
  seats: { belarus: { persona: 'historical', difficulty: 'easy' }, russia: { persona: 'hawk', difficulty: 'easy' }, nato: { persona: 'historical', difficulty: 'easy' } },
  change: { kind: 'track', track: 'posture', value: 3 },
};

/** A worker that keeps what it is sent until the test lets it answer the oldest message. */
class StandIn {
  onmessage: ((event: MessageEvent<BatchWorkerReply>) => void) | null = null;
  onerror = null;
  inbox: BatchWorkerRequest[] = [];
  chunks = 0;
  terminated = false;
  private readonly play = batchPlayer((reply) => this.onmessage?.({ data: reply } as MessageEvent<BatchWorkerReply>));
  postMessage(request: BatchWorkerRequest): void { this.inbox.push(request); }
  terminate(): void { this.terminated = true; }
  answer(): void {
    const request = this.inbox.shift()!;
    if (request.kind === 'play') this.chunks++;
    this.play(request);
  }
}

/** Runs the request with `count` stand-ins, letting them answer in an order drawn from `seed`; `slow` answers only
 *  when nobody else has anything to answer. */
function run(count: number, seed: number, slow?: number) {
  const actor = createActor(appMachine, { input: { requested: 'ultimatum', seed: 7 } }).start();
  const workers: StandIn[] = [];
  runWhatIfInWorkers(actor, () => { const w = new StandIn(); workers.push(w); return w as unknown as Worker; }, count);
  actor.send({ type: 'catalogue.loaded', folders });
  actor.send({ type: 'whatif.open' });
  actor.send({ type: 'whatif.run', request });
  let r = seed;
  for (let steps = 0; steps < 10_000; steps++) {
    const waiting = workers.filter((w, i) => w.inbox.length && !w.terminated && i !== slow);
    const ready = waiting.length ? waiting : workers.filter((w) => w.inbox.length && !w.terminated);
    if (!ready.length) break;
    let i: number;
    [i, r] = nextInt(r, ready.length);
    ready[i]!.answer();
  }
  return { snapshot: actor.getSnapshot(), workers };
}

describe('what-if run in workers', () => {
  const rules = rulesForScenario('ultimatum');
  const { baseline, changed } = batchSpecs(request, 7, null);
  const whole = { baseline: runBatch(rules, baseline), changed: runBatch(rules, changed!) };

  it('hands every chunk out once and shows the batch as if played in one piece, in any finishing order', () => {
    for (const seed of [1, 2, 3]) {
      const { snapshot, workers } = run(3, seed);
      expect(snapshot.matches({ whatif: 'shown' })).toBe(true);
      expect(snapshot.context.whatif!.result).toEqual({ request, ...whole });
      expect(workers).toHaveLength(3);
      expect(workers.every((w) => w.terminated)).toBe(true);
      expect(workers.reduce((n, w) => n + w.chunks, 0)).toBe(2 * chunkGames(30, 3).length);
    }
    expect(whole.baseline.games + whole.changed.games).toBe(60);
  });

  it('gives a slow worker fewer chunks, the others taking them as they come free', () => {
    const { snapshot, workers } = run(2, 5, 0);
    expect(snapshot.context.whatif!.result).toEqual({ request, ...whole });
    expect(workers[0]!.chunks).toBe(1);
    expect(workers[1]!.chunks).toBe(2 * chunkGames(30, 2).length - 1);
  });
});
