// A what-if worker: plays its share of the baseline and the changed batch (consecutive games of each), reporting
// every finished game so the page's progress bar moves, then its tallies. The page cancels by ending the worker.
import { rulesFor, type Scenario } from '../../rules';
import { playBatch, type BatchSpec, type Tally } from './batch';

export interface BatchJob { tag: 'baseline' | 'changed'; spec: BatchSpec; first: number; count: number }
export interface BatchWorkerRequest { scenario: Scenario; jobs: BatchJob[] }
export type BatchWorkerReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; tallies: { tag: BatchJob['tag']; tally: Tally }[] }
  | { kind: 'failed'; message: string };

const post = (reply: BatchWorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<BatchWorkerRequest>) => {
  try {
    const rules = rulesFor(event.data.scenario);
    let done = 0;
    const tallies = event.data.jobs.map((job) => ({
      tag: job.tag,
      tally: playBatch(rules, job.spec, job.first, job.count, { onProgress: () => post({ kind: 'progress', done: ++done }) }),
    }));
    post({ kind: 'done', tallies });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
