// The "why?" chains: built from the log, one per change of the track, newest first, each naming its cause, the
// rule steps (roll, statechart move, the change, thresholds) and the source; unknown kinds degrade to a plain line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cause, LogEntry, TrackId } from '../../game/rules';
import { causeText, chainText, whyDecision, whyTrack } from '../../game/ui/explain/why';
import { logSentence, groupLog } from '../../game/ui/format/log-entry';
import { scenarioIds } from '../../scripts/scenario-files';
import { finishedGame } from './games';

const ids = scenarioIds();

describe.each(ids)('why-chains in a finished game of %s', (id) => {
  const { scenario, view } = finishedGame(id, 11);

  it('explains every change of every track, newest first, ending in the change itself and its source', () => {
    let explained = 0;
    for (const track of Object.keys(view.tracks) as TrackId[]) {
      const changes = view.log.filter((e): e is Extract<LogEntry, { kind: 'track' }> => e.kind === 'track' && e.track === track);
      const chains = whyTrack(view.log, track, scenario, Infinity);
      expect(chains.length).toBe(changes.length);
      chains.forEach((chain, i) => {
        const entry = changes[changes.length - 1 - i]!;
        expect(chain.seq).toBe(entry.seq);
        expect(chain.source).toEqual(entry.source);
        expect(chain.cause.length).toBeGreaterThan(0);
        expect(chain.rule.some((link) => link.includes(`from ${entry.from} to ${entry.to}`))).toBe(true);
        expect(chainText(chain)).toContain(chain.cause);
      });
      explained += chains.length;
    }
    expect(explained).toBeGreaterThan(0);
  });

  it('explains the last move of every decision point that moved', () => {
    for (const d of scenario.decisions) {
      const moves = view.log.filter((e) => e.kind === 'decision' && e.decision === d && e.from !== e.to);
      const [last] = whyDecision(view.log, d, scenario, 1);
      if (!moves.length) expect(last).toBeUndefined();
      else expect(last!.seq).toBe(moves[moves.length - 1]!.seq);
    }
  });
});

describe('why-chains from a hand-made log', () => {
  const { scenario } = finishedGame('ultimatum', 3);
  const card = scenario.cards[0]!;
  const deal = scenario.deals[0]!;
  const order: Cause = { kind: 'order', id: card.id, faction: card.faction };
  const src = { cite: ['securityDilemma' as const] };
  const base = { turn: 2, source: src, visibleTo: 'all' as const };
  const log: LogEntry[] = [
    { ...base, seq: 4, cause: order, kind: 'roll', label: 'Talks hold', chance: 60, roll: 12, success: true },
    { ...base, seq: 4, cause: order, kind: 'track', track: 'allianceCommitment', from: 6, to: 7 },
    { ...base, seq: 4, cause: order, kind: 'threshold', track: 'allianceCommitment', label: 'entrapment-zone' },
    { ...base, seq: 5, turn: 3, cause: { kind: 'deal', id: deal.id, faction: deal.from }, kind: 'track', track: 'allianceCommitment', from: 7, to: 5 },
  ];

  it('names the order, the roll with its odds and result, the change and the threshold crossed', () => {
    const [, older] = whyTrack(log, 'allianceCommitment', scenario);
    expect(older!.cause).toContain(card.title);
    expect(older!.rule).toEqual([
      'Roll “Talks hold”: odds 60 in 100, rolled 12: success',
      'Alliance commitment rose from 6 to 7',
      'Threshold crossed: entrapment zone reached',
    ]);
    expect(older!.when).toBe(`Turn 2 (${scenario.turnLabels[1]})`);
  });

  it('names the deal and who offered it', () => {
    const [newest] = whyTrack(log, 'allianceCommitment', scenario, 1);
    expect(newest!.cause).toContain(deal.title);
    expect(newest!.causeKind).toBe('deal');
    expect(newest!.rule).toEqual(['Alliance commitment fell from 7 to 5']);
  });

  it('names a White Cell move as the log does', () => {
    expect(causeText({ kind: 'facilitator', id: 'override' }, scenario)).toBe('White Cell override');
    expect(causeText({ kind: 'facilitator', id: 'inject' }, scenario)).toBe('White Cell inject');
  });

  it('gives a generic line for a cause or entry kind it does not know, never a crash', () => {
    const unknownCause = { kind: 'summit', id: 'leave-csto', faction: 'belarus' } as unknown as Cause;
    expect(causeText(unknownCause, scenario)).toBe('summit: leave-csto');
    const unknownEntry = { ...base, seq: 9, cause: unknownCause, kind: 'ceasefire', deal: deal.id } as unknown as LogEntry;
    expect(logSentence(unknownEntry, scenario)).toBe('Something else happened (ceasefire)');
    expect(groupLog([unknownEntry], scenario)[0]!.heading).toBe('summit: leave-csto');
    expect(whyTrack([...log, unknownEntry, { ...base, seq: 9, cause: unknownCause, kind: 'track', track: 'economy', from: 5, to: 4 }], 'economy', scenario)[0]!.cause).toBe('summit: leave-csto');
  });
});

describe('why-chains and the report over many games', () => {
  it('explain every change, and every end state\'s trigger holds, whatever the seed', () => {
    fc.assert(fc.property(fc.constantFrom(...ids), fc.integer({ min: 1, max: 2 ** 30 }), (id, seed) => {
      const { scenario, view, afterAction } = finishedGame(id, seed);
      for (const track of Object.keys(view.tracks) as TrackId[]) {
        const changes = view.log.filter((e) => e.kind === 'track' && e.track === track).length;
        expect(whyTrack(view.log, track, scenario, Infinity).length).toBe(changes);
      }
      for (const c of afterAction.trigger) expect(c.holds).toBe(true);
    }), { numRuns: 25 });
  });
});
