// The replay viewer's model: stepping stays within the log, turn steps land on the first position of a turn,
// and a branch point's state is the one a live game had after the same actions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSave } from '../../game/app/saves/records';
import { canBranch, lastIndex, openReplay, stateShown, stepAction, stepTurn, turnStarts, type ReplayModel } from '../../game/app/saves/replay-model';
import { hashState, makeSave, rulesFor } from '../../game/rules';
import { readFolder } from '../../game/app/catalogue';
import { join } from 'node:path';
import { SCENARIOS_DIR, scenarioFiles } from '../../scripts/scenario-files';
import { playOut, seeded } from '../helpers/play';

const entry = readFolder('suwalki', scenarioFiles(join(SCENARIOS_DIR, 'suwalki')), 'bundled');
if (!entry.ok) throw new Error('suwalki does not load');
const rules = rulesFor(entry.scenario);

function model(seed: number): { m: ReplayModel; live: ReturnType<typeof playOut> } {
  const live = playOut(rules, seed, seeded(seed));
  const opened = openSave([entry], makeSave(rules, seed, live.actions));
  if (!opened.ok) throw new Error(opened.message);
  return { m: openReplay('save-1', opened), live };
}

describe('replay model', () => {
  it('any walk of steps stays within the log; turn steps land on a turn\'s first position or the end', () => {
    const step = fc.tuple(fc.constantFrom('action', 'turn'), fc.constantFrom(1, -1) as fc.Arbitrary<1 | -1>);
    fc.assert(fc.property(fc.nat({ max: 1000 }), fc.array(step, { maxLength: 40 }), (seed, walk) => {
      let { m } = model(seed);
      const starts = new Set(turnStarts(m));
      for (const [unit, delta] of walk) {
        const before = m.index;
        m = unit === 'turn' ? stepTurn(m, delta) : stepAction(m, delta);
        expect(m.index).toBeGreaterThanOrEqual(0);
        expect(m.index).toBeLessThanOrEqual(lastIndex(m));
        if (unit === 'turn') expect(starts.has(m.index) || m.index === lastIndex(m)).toBe(true);
        if (delta > 0) expect(m.index).toBeGreaterThanOrEqual(before); else expect(m.index).toBeLessThanOrEqual(before);
      }
    }), { numRuns: 25 });
  }, 60_000);

  it('shows at every position the state a live game had after as many actions; only the end cannot be branched', () => {
    const { m, live } = model(31);
    let state = rules.setup(31);
    for (let i = 0; i <= lastIndex(m); i++) {
      const at = { ...m, index: i };
      expect(hashState(stateShown(at))).toBe(hashState(state));
      expect(canBranch(at)).toBe(i < lastIndex(m));
      const next = live.actions[i];
      if (next) state = (rules.apply(state, next.faction, next.action) as { state: typeof state }).state;
    }
    expect(turnStarts(m)[0]).toBe(0);
    expect(turnStarts(m).map((i) => stateShown({ ...m, index: i }).turn)).toEqual(turnStarts(m).map((_, k) => k + 1));
  });
});
