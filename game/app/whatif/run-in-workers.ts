// Composition layer: watches the app statechart, and when a what-if run starts, plays it in Web Workers (one per
// core), sending its progress and result back as events with the run's number. Leaving the running state (cancel,
// close) ends the workers at once.
import type { Actor } from 'xstate';
import type { appMachine } from '../app.machine';
import { emptyTally, mergeTallies, splitGames, summarise, type Tally } from './batch';
import type { BatchJob, BatchWorkerReply, BatchWorkerRequest } from './batch.worker';
import { batchSpecs } from './request';

/** Progress events at most this often: enough for a smooth bar without flooding the statechart. */
const PROGRESS_EVERY_MS = 100;

export function runWhatIfInWorkers(actor: Actor<typeof appMachine>, makeWorker: () => Worker, cores: number): void {
  let current: { id: number; workers: Worker[] } | null = null;
  const stop = () => { current?.workers.forEach((w) => w.terminate()); current = null; };

  actor.subscribe((snapshot) => {
    const whatif = snapshot.context.whatif;
    const run = snapshot.matches({ whatif: 'running' }) ? whatif?.run ?? null : null;
    if (current && current.id !== run?.id) stop();
    if (!run || current || !whatif) return;

    const id = run.id;
    const { baseline, changed } = batchSpecs(run.request, run.seed, whatif.branch);
    const parts = splitGames(run.request.games, Math.max(1, cores));
    const jobsOf = (i: number): BatchJob[] => [
      { tag: 'baseline', spec: baseline, first: parts[i]!.first, count: parts[i]!.count },
      ...(changed ? [{ tag: 'changed' as const, spec: changed, first: parts[i]!.first, count: parts[i]!.count }] : []),
    ];
    const turns = whatif.scenario.turns;
    const totals = { baseline: emptyTally(turns), changed: emptyTally(turns) };
    const doneBy = parts.map(() => 0);
    let finished = 0;
    let lastSent = 0;
    const workers = parts.map((_, i) => {
      const worker = makeWorker();
      worker.onmessage = (event: MessageEvent<BatchWorkerReply>) => {
        const reply = event.data;
        if (current?.id !== id) return;
        if (reply.kind === 'failed') { stop(); return void actor.send({ type: 'whatif.failed', run: id, message: `The batch stopped: ${reply.message}` }); }
        if (reply.kind === 'progress') {
          doneBy[i] = reply.done;
          const now = performance.now();
          if (now - lastSent >= PROGRESS_EVERY_MS) { lastSent = now; actor.send({ type: 'whatif.progress', run: id, done: doneBy.reduce((a, b) => a + b, 0) }); }
          return;
        }
        for (const { tag, tally } of reply.tallies) totals[tag] = mergeTallies(totals[tag], tally as Tally);
        if (++finished < workers.length) return;
        stop();
        actor.send({ type: 'whatif.done', run: id, result: { request: run.request, baseline: summarise(totals.baseline), changed: changed ? summarise(totals.changed) : null } });
      };
      worker.onerror = (event) => { stop(); actor.send({ type: 'whatif.failed', run: id, message: `The batch stopped: a worker failed (${event.message}).` }); };
      return worker;
    });
    current = { id, workers };
    const request = (i: number): BatchWorkerRequest => ({ scenario: whatif.scenario, jobs: jobsOf(i) });
    workers.forEach((w, i) => w.postMessage(request(i)));
  });
}
