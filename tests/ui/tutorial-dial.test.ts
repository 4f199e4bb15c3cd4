// The tutorial's "read the dial" card explains the dial's move in the turn just played from the public log.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, rulesFor } from '../../game/rules';
import { initialUiState } from '../../game/store/store';
import { dialExplanation } from '../../game/ui/tutorial/tutorial';
import { zoneReading } from '../../game/ui/panels/entrapment-dial';

const dir = new URL('../../scenarios/ultimatum/', import.meta.url);
const parsed = parseScenario('scenarios/ultimatum', Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(new URL(n, dir), 'utf8')])));
if (!parsed.ok) throw new Error('ultimatum does not load');
const scenario = parsed.scenario;
const rules = rulesFor(scenario);

/** Plays turn 1 with the given choices among the legal actions; returns the public view after it. */
function afterTurnOne(seed: number, picks: number[]) {
  let state = rules.setup(seed);
  for (let i = 0; state.turn === 1 && !rules.isOver(state); i++) {
    const faction = rules.activeFactions(state)[0]!;
    const legal = rules.legalActions(state, faction);
    const result = rules.apply(state, faction, legal[(picks[i % picks.length] ?? 0) % legal.length]!, state.seq);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  return rules.view(state, 'public');
}

describe('the dial explanation', () => {
  it('says how far the dial moved and names every cause, or that it stayed', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), (seed, picks) => {
      const view = afterTurnOne(seed, picks);
      const from = view.trackHistory[0]!.allianceCommitment!;
      const to = view.trackHistory[1]!.allianceCommitment!;
      const text = dialExplanation({ ...initialUiState, screen: 'summary', scenario, view, summaryTurn: 1 });
      if (from === to) expect(text).toMatch(new RegExp(`^It stayed at ${to}:`));
      else {
        expect(text).toMatch(new RegExp(`^It moved from ${from} to ${to} because of: `));
        const causes = view.log.filter((e) => e.turn === 1 && e.kind === 'track' && e.track === 'allianceCommitment').map((e) => e.cause.id);
        for (const id of causes) {
          const title = [...scenario.cards, ...scenario.events, ...scenario.deals].find((x) => x.id === id)?.title;
          if (title) expect(text).toContain(title);
        }
      }
    }), { numRuns: 40 });
  });

  it('is empty outside a turn summary', () => {
    expect(dialExplanation(initialUiState)).toBe('');
  });
});

describe('the dial\'s reading', () => {
  it('says the state last read is the state now only while the value stays in its band', () => {
    expect(zoneReading('hedging', 'hedge')).toBe('Now: Hedging');
    expect(zoneReading('hedging', 'entrap')).toBe('Last read: Hedging; read again when the turn ends');
    expect(zoneReading('entrapped', 'entrap')).toMatch(/^Now: /);
  });
});
