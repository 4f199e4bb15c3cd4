// The what-if batch (game/app/whatif/batch.ts), shared by the browser panel and scripts/simulate.ts: reproducible,
// stoppable, split across workers without changing the result, and applying the one changed parameter.
import { describe, expect, it } from 'vitest';
import { parseBots } from '../../game/ai/bot-spec';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import { branchState, checkChange, chunkGames, mergeTallies, playBatch, playOne, runBatch, summarise, type BatchSpec } from '../../game/app/whatif/batch';
import { RULES_VERSION } from '../../game/rules';
import { rulesForScenario } from '../../scripts/scenario-files';

const rules = rulesForScenario('ultimatum');
const spec = (over: Partial<BatchSpec> = {}): BatchSpec => ({ games: 12, seed: 4, seats: parseBots('random'), from: null, change: null, ...over });

describe('what-if batch', () => {
  it('gives the same result for the same seed, and a different one for another seed', () => {
    const a = runBatch(rules, spec());
    expect(runBatch(rules, spec())).toEqual(a);
    expect(runBatch(rules, spec({ seed: 900 }))).not.toEqual(a);
    expect(Object.values(a.endStates).reduce((x, y) => x + y, 0)).toBe(12);
  });

  it('cuts a batch into consecutive chunks, about eight per worker, that cover every game once', () => {
    expect(chunkGames(10, 3)).toEqual(Array.from({ length: 10 }, (_, i) => ({ first: i, count: 1 })));
    const chunks = chunkGames(2000, 2);
    expect(chunks).toHaveLength(16);
    expect(chunks.flatMap((c) => Array.from({ length: c.count }, (_, i) => c.first + i))).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    expect(chunkGames(41, 4).at(-1)).toEqual({ first: 40, count: 1 });
  });

  it('gives the same result played in chunks as in one part', () => {
    const whole = runBatch(rules, spec({ games: 10 }));
    const merged = chunkGames(10, 1).map((p) => playBatch(rules, spec({ games: 10 }), p.first, p.count)).reduce(mergeTallies);
    expect(summarise(merged)).toEqual(whole);
  });

  it('stops between games when asked, reporting the games played so far', () => {
    const seen: number[] = [];
    const tally = playBatch(rules, spec({ games: 50 }), 0, 50, { onProgress: (n) => seen.push(n), shouldStop: () => seen.length >= 3 });
    expect(tally.games).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('applies a changed starting track: the dial starts where it was set', () => {
    const r = runBatch(rules, spec({ change: { kind: 'track', track: 'allianceCommitment', value: 9 } }));
    expect(r.commitmentPath[0]).toBe(9);
    expect(runBatch(rules, spec()).commitmentPath[0]).toBe(rules.scenario.tracks.allianceCommitment!.start);
  });

  it('applies an accepted deal: whenever the deal could be offered, it was offered and accepted', () => {
    const deal = 'ru-compensation-for-roadmaps';
    let accepted = 0;
    for (let g = 0; g < 8; g++) {
      const state = playOne(rules, spec({ change: { kind: 'deal', deal } }), null, g);
      const responses = state.log.filter((e) => e.kind === 'response' && e.deal === deal);
      expect(responses.every((e) => e.kind === 'response' && e.accepted)).toBe(true);
      accepted += responses.length;
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('branches from a game in progress: every game shares its past and differs after it', () => {
    const { actions } = playGame(rules, 21, everyone(randomPolicy(2)));
    const from = { seed: 21, rulesVersion: RULES_VERSION, actions: actions.slice(0, 9) };
    const branch = branchState(rules, from, 0);
    const games = [0, 1, 2, 3].map((g) => playOne(rules, spec({ from }), branch, g));
    for (const g of games) expect(g.log.slice(0, branch.log.length)).toEqual(branch.log);
    expect(new Set(games.map((g) => JSON.stringify(g.log))).size).toBeGreaterThan(1);
  });

  it('names what is wrong with a bad change or branch', () => {
    expect(() => checkChange(rules, { kind: 'track', track: 'allianceCommitment', value: 99 })).toThrow(/allianceCommitment must be a whole number from 0 to 10/);
    expect(() => checkChange(rules, { kind: 'deal', deal: 'nope' })).toThrow(/no deal "nope"/);
    expect(() => branchState(rules, { seed: 1, rulesVersion: RULES_VERSION, actions: [{ faction: 'nato', action: { type: 'bargain.accept' } }] }, 0)).toThrow(/action 1 of the saved game/);
  });
});
