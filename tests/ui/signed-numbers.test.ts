// Signed numbers as players read them: one formatter (rules/tracks.ts signed) with the minus sign U+2212, used by the
// effects of every card, event and term, the odds modifiers, the State of play's changes and the bots' reasons. A
// hyphen-minus before a digit ("Sovereignty -1") is what this guards against.
import { describe, expect, it } from 'vitest';
import { change } from '../../game/ai/words';
import type { Effect } from '../../game/rules';
import { signed } from '../../game/rules/tracks';
import { describeEffects } from '../../game/ui/format/effects';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

/** A hyphen-minus before a digit that is not inside a name or a range ("Su-27", "2013-2014"). */
const HYPHEN_MINUS = /(?<![\p{L}\p{N}])-\d/u;

/** Every effect written anywhere in a scenario's data (cards, events, terms, deals, tables, end states), nested ones too. */
function effectsIn(value: unknown, found: Effect[] = []): Effect[] {
  if (Array.isArray(value)) for (const v of value) effectsIn(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (('track' in o && typeof o.delta === 'number') || ('roll' in o && 'success' in o)) found.push(o as unknown as Effect);
    for (const v of Object.values(o)) effectsIn(v, found);
  }
  return found;
}

describe('signed numbers', () => {
  it('are written with a plus or the minus sign U+2212, never a hyphen', () => {
    expect([signed(2), signed(-1), signed(0), signed(-15)]).toEqual(['+2', '−1', '0', '−15']);
    expect([change('sovereignty', -2), change('tension', 1), change('economy', -2.4), change('independenceSupport', -3)]).toEqual(['−2', '+1', 'about −2', '−3%']);
  });

  it('read with the minus sign in the effects of every card, event and term, and in odds modifiers, in every scenario', () => {
    for (const id of scenarioIds()) {
      const effects = effectsIn(loadScenario(id));
      const text = effects.map((e) => describeEffects([e]));
      expect(text.filter((line) => HYPHEN_MINUS.test(line)), id).toEqual([]);
      // The check reads negative changes: every scenario has some.
      expect(text.some((line) => /−\d/.test(line)), id).toBe(true);
    }
  });
});
