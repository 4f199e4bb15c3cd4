// applyLean (bots' rollouts) against apply: two games played side by side on the same choices, one through each,
// reach the same state at every step apart from the log and the track history, which the lean one leaves as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulesFor, type GameState, type Scenario } from '../../game/rules';
import { fromList } from '../helpers/play';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { miniScenario } from './fixture';

const scenarios: [string, () => Scenario][] = [['mini', () => miniScenario()], ...scenarioIds().map((id): [string, () => Scenario] => [id, () => loadScenario(id)])];

const withoutRecords = ({ log: _log, trackHistory: _history, ...rest }: GameState) => rest;

describe.each(scenarios)('scenario %s', (_id, load) => {
  const rules = rulesFor(load());

  it('applyLean reaches the state apply does, without log entries or track history', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { maxLength: 80 }), (seed, choices) => {
      const pick = fromList(choices);
      let full = rules.setup(seed);
      let lean = full;
      while (!rules.isOver(full)) {
        const faction = rules.activeFactions(full)[0]!;
        expect(rules.activeFactions(lean)).toEqual(rules.activeFactions(full));
        const legal = rules.legalActions(full, faction);
        expect(rules.legalActions(lean, faction)).toEqual(legal);
        expect(rules.leanLegalActions(lean, faction)).toEqual(legal);
        const action = legal[pick(legal.length)]!;
        const [a, b] = [rules.apply(full, faction, action), rules.applyLean(lean, faction, action)];
        if (!a.ok || !b.ok) throw new Error('a legal action was refused');
        expect(b.log).toEqual([]);
        expect(b.state.log).toBe(lean.log);
        expect(b.state.trackHistory).toBe(lean.trackHistory);
        expect(withoutRecords(b.state)).toEqual(withoutRecords(a.state));
        expect(rules.leanView(b.state, faction)).toEqual(rules.leanView(a.state, faction));
        [full, lean] = [a.state, b.state];
      }
      expect(rules.isOver(lean)).toBe(true);
      expect(rules.outcome(lean)).toEqual(rules.outcome(full));
    }), { numRuns: 40 });
  }, 60_000);
});
