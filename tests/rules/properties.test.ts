// Property tests (fast-check) over a seed and a list of choices: no crash, no dead end, the game ends within its
// turn limit, tracks stay in range, replay equals live play, and no view leaks another faction's unrevealed orders.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState, makeSave, replay, rulesFor, TRACKS, type Faction, type Scenario, type TrackId } from '../../game/rules';
import { fromList, playOut } from '../helpers/play';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { miniScenario } from './fixture';

const scenarios: [string, () => Scenario][] = [['mini', () => miniScenario()], ...scenarioIds().map((id): [string, () => Scenario] => [id, () => loadScenario(id)])];
const seedAndChoices = [fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { maxLength: 60 })] as const;

describe.each(scenarios)('scenario %s', (_id, load) => {
  const rules = rulesFor(load());

  it('always ends within its turn limit, with no dead end and tracks in range', () => {
    fc.assert(fc.property(...seedAndChoices, (seed, choices) => {
      const { state } = playOut(rules, seed, fromList(choices));
      expect(state.outcome).not.toBeNull();
      expect(state.turn).toBeLessThanOrEqual(rules.scenario.turns);
      for (const snapshot of state.trackHistory) {
        for (const [t, v] of Object.entries(snapshot) as [TrackId, number][]) {
          expect(v).toBeGreaterThanOrEqual(TRACKS[t].min);
          expect(v).toBeLessThanOrEqual(TRACKS[t].max);
          expect(Number.isInteger(v)).toBe(true);
        }
      }
      const seqs = state.log.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }), { numRuns: 150 });
  }, 60_000);

  it('replays its action log to the same state (hash), and the save is plain JSON', () => {
    fc.assert(fc.property(...seedAndChoices, (seed, choices) => {
      const live = playOut(rules, seed, fromList(choices));
      const save = JSON.parse(JSON.stringify(makeSave(rules, seed, live.actions)));
      const again = replay(rules, save);
      expect(again.ok).toBe(true);
      expect(hashState(again.state)).toBe(hashState(live.state));
      expect(again.state).toEqual(live.state);
    }), { numRuns: 60 });
  }, 60_000);

  it('never shows a faction the orders another faction has committed but not revealed', () => {
    fc.assert(fc.property(...seedAndChoices, (seed, choices) => {
      let state = rules.setup(seed);
      const pick = fromList(choices);
      while (!rules.isOver(state)) {
        const faction = rules.activeFactions(state)[0]!;
        const legal = rules.legalActions(state, faction);
        const r = rules.apply(state, faction, legal[pick(legal.length)]!);
        if (!r.ok) throw new Error(r.error.message);
        state = r.state;
        for (const f of Object.keys(state.pending) as Faction[]) {
          // Plant a canary in f's committed hand: no one else may see it, and their view must not change at all.
          const planted = { ...state, pending: { ...state.pending, [f]: [`CANARY-${f}-7f3a`] } };
          for (const viewer of ['belarus', 'russia', 'nato', 'public'] as const) {
            if (viewer === f) continue;
            const seen = rules.view(planted, viewer);
            expect(JSON.stringify(seen)).not.toContain('CANARY');
            expect(seen).toEqual(rules.view(state, viewer));
          }
          expect(JSON.stringify(rules.view(planted, f))).toContain(`CANARY-${f}-7f3a`);
        }
      }
    }), { numRuns: 60 });
  }, 60_000);
});
