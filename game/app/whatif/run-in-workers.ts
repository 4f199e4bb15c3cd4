// Composition layer: watches the app statechart, and when a what-if run starts, plays it in Web Workers (one per
// core, each handed the next chunk of games whenever it is free), sending its progress and result back as events
// with the run's number. Leaving the running state (cancel, close) ends the workers at once.
import type { Actor } from 'xstate';
import type { appMachine } from '../app.machine';
import { chunkGames, emptyTally, mergeTallies, summarise, type Tally } from './batch';
import type { BatchJob, BatchWorkerReply, BatchWorkerRequest } from './batch-player';
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
    const count = Math.max(1, cores);
    const jobs = (['baseline', 'changed'] as const).flatMap((tag) => {
      const spec = tag === 'baseline' ? baseline : changed;
      return spec ? chunkGames(spec.games, count).map((part): { tag: typeof tag; job: BatchJob } => ({ tag, job: { spec, ...part } })) : [];
    });
    // Tallies by chunk, summed in chunk order: the result never depends on which worker finished first.
    const tallies: Tally[] = [];
    let next = 0;
    let finished = 0;
    let played = 0;
    let lastSent = 0;
    const send = (worker: Worker, request: BatchWorkerRequest) => worker.postMessage(request);
    const workers: Worker[] = [];
    current = { id, workers };
    for (let w = 0; w < Math.min(count, jobs.length); w++) {
      const worker = makeWorker();
      let job = -1;
      const nextJob = () => { if (next < jobs.length) send(worker, { kind: 'play', job: jobs[(job = next++)]!.job }); };
      worker.onmessage = (event: MessageEvent<BatchWorkerReply>) => {
        const reply = event.data;
        if (current?.id !== id) return;
        if (reply.kind === 'failed') { stop(); return void actor.send({ type: 'whatif.failed', run: id, message: `The batch stopped: ${reply.message}` }); }
        if (reply.kind === 'progress') {
          played++;
          const now = performance.now();
          if (now - lastSent >= PROGRESS_EVERY_MS) { lastSent = now; actor.send({ type: 'whatif.progress', run: id, done: played }); }
          return;
        }
        tallies[job] = reply.tally;
        if (++finished < jobs.length) return nextJob();
        stop();
        const total = (tag: 'baseline' | 'changed') => summarise(jobs.reduce((sum, j, i) => (j.tag === tag ? mergeTallies(sum, tallies[i]!) : sum), emptyTally(whatif.scenario.turns)));
        actor.send({ type: 'whatif.done', run: id, result: { request: run.request, baseline: total('baseline'), changed: changed ? total('changed') : null } });
      };
      worker.onerror = (event) => { stop(); actor.send({ type: 'whatif.failed', run: id, message: `The batch stopped: a worker failed (${event.message}).` }); };
      workers.push(worker);
      send(worker, { kind: 'scenario', scenario: whatif.scenario });
      nextJob();
    }
  });
}
