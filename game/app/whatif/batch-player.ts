// What a what-if worker does with each message (batch.worker.ts is its thin wrapper, so that tests can drive it
// without a worker): told the scenario once, it plays each chunk of games it is sent (consecutive games of the
// baseline or the changed batch), reporting every finished game so the page's progress bar moves, then the chunk's
// tally.
import { rulesFor, type Rules, type Scenario } from '../../rules';
import { playBatch, type BatchSpec, type Tally } from './batch';

export interface BatchJob { spec: BatchSpec; first: number; count: number }
export type BatchWorkerRequest = { kind: 'scenario'; scenario: Scenario } | { kind: 'play'; job: BatchJob };
export type BatchWorkerReply =
  | { kind: 'progress' }
  | { kind: 'done'; tally: Tally }
  | { kind: 'failed'; message: string };

export function batchPlayer(post: (reply: BatchWorkerReply) => void): (request: BatchWorkerRequest) => void {
  let rules: Rules | null = null;
  return (request) => {
    try {
      if (request.kind === 'scenario') { rules = rulesFor(request.scenario); return; }
      if (!rules) throw new Error('no scenario was given before the games');
      const { spec, first, count } = request.job;
      post({ kind: 'done', tally: playBatch(rules, spec, first, count, { onProgress: () => post({ kind: 'progress' }) }) });
    } catch (error) {
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
