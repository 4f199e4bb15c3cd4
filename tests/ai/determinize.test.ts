// determinize rebuilds a full state from one faction's view; at the tables (public) it must rebuild the sitting
// table exactly, so that look-ahead plays the negotiation the real game is in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinize } from '../../game/ai/determinize';
import { modelOf } from '../../game/ai/model';
import { randomPolicy } from '../../game/ai/play-game';
import { rulesFor, type GameState } from '../../game/rules';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const models = scenarioIds().map((id) => modelOf(loadScenario(id)));

describe('determinize', () => {
  it('rebuilds the sitting table from the view: the same protocol state, legal moves and credibility (random games, every scenario)', () => {
    let tables = 0;
    fc.assert(fc.property(fc.constantFrom(...models), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (model, seed) => {
      const rules = model.rules;
      const random = randomPolicy(seed);
      let state: GameState = rules.setup(seed);
      while (!rules.isOver(state)) {
        const faction = rules.activeFactions(state)[0]!;
        const legal = rules.legalActions(state, faction);
        const view = rules.view(state, faction);
        if (view.phase === 'bargaining') {
          const [sampled] = determinize(model, view, faction, seed);
          expect(sampled.negotiation!.protocol).toEqual(state.negotiation!.protocol);
          expect(rules.activeFactions(sampled)).toEqual([faction]);
          expect(rules.legalActions(sampled, faction)).toEqual(legal);
          expect(sampled.negotiation!.credibility).toEqual(state.negotiation!.credibility);
          tables++;
        }
        const r = rules.apply(state, faction, random(view, faction, legal));
        if (!r.ok) throw new Error(r.error.message);
        state = r.state;
      }
    }), { numRuns: 20 });
    expect(tables).toBeGreaterThan(50);
  }, 60_000);

  it('keeps the negotiation\'s standing threats and credibility when sampling the orders phase', () => {
    const model = models[0]!;
    const state = model.rules.setup(3);
    const view = model.rules.view(state, 'belarus');
    const altered = { ...view, negotiation: { ...view.negotiation, credibility: { belarus: 2, russia: 9, nato: 5 } } };
    const [sampled] = determinize(model, altered, 'belarus', 1);
    expect(sampled.negotiation!.credibility).toEqual({ belarus: 2, russia: 9, nato: 5 });
    expect(rulesFor(model.scenario).activeFactions(sampled)).toEqual(['belarus']);
  });
});
