// The ranking memory must be invisible: a remembered ranking is the one rankActions would work out afresh, so
// bots decide the same with it as without it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankActions } from '../../game/ai/greedy';
import { modelOf } from '../../game/ai/model';
import { personaOf, PERSONA_IDS } from '../../game/ai/personas';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import { rankRemembered, type Choice } from '../../game/ai/rank-memo';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const models = scenarioIds().map((id) => modelOf(loadScenario(id)));
/** A ranking as rollouts and guesses read it: each move and its value, in order. */
const reading = (ranked: readonly Choice[]) => ranked.map(({ action, value }) => [action, value]);

describe('the ranking memory', () => {
  it('answers every position as rankActions does, from memory or afresh (random games, every scenario and persona)', () => {
    fc.assert(fc.property(fc.constantFrom(...models), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(...PERSONA_IDS), (model, seed, id) => {
      const random = randomPolicy(seed);
      playGame(model.rules, seed, everyone((view, faction, legal) => {
        const persona = personaOf(faction, id);
        const remembered = rankRemembered(model, view, faction, legal, persona);
        expect(reading(remembered)).toEqual(reading(rankActions(model, view, faction, legal, persona)));
        // Asked again about the same position (another copy of the view), it answers from memory.
        expect(rankRemembered(model, structuredClone(view), faction, legal, persona)).toBe(remembered);
        return random(view, faction, legal);
      }));
    }), { numRuns: 40, seed: 7 });
  }, 60_000);
});
