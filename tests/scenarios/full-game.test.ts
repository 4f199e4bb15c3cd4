// Every scenario in scenarios/: valid on load, content cited, and played headless to its end with random
// legal play for many seeds; every integration state the scenario can reach shows up in play.
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../game/rules';
import { everyone, playGame } from '../../game/ai/play-game';
import { historicalAction } from '../../game/ai/historical';
import { playOut, seeded } from '../helpers/play';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const ids = scenarioIds();
const GAMES = 300;

describe('scenario folders', () => {
  it.runIf(!process.env.SCENARIOS)('include the ultimatum scenario', () => expect(ids).toContain('ultimatum'));
});

describe.each(ids)('scenario %s', (id) => {
  const scenario = loadScenario(id);
  const rules = rulesFor(scenario);

  it('cites the paper (or says it extrapolates) for every card, event, term, deal, table, objective, end state and starting track', () => {
    const items = [...scenario.cards, ...scenario.events, ...scenario.terms, ...scenario.deals, ...scenario.tables, ...scenario.tables.map((t) => t.deadlock), ...scenario.objectives, ...scenario.endStates, ...Object.values(scenario.tracks)];
    for (const item of items) expect(item!.source.cite.length > 0 || Boolean(item!.source.extrapolation)).toBe(true);
  });

  it('gives every faction cards to play and a brief', () => {
    for (const f of ['belarus', 'russia', 'nato'] as const) {
      expect(scenario.cards.filter((c) => c.faction === f).length).toBeGreaterThanOrEqual(8);
      expect(scenario.briefs[f].length).toBeGreaterThan(200);
    }
  });

  it(`plays ${GAMES} random legal games to an end within ${scenario.turns} turns`, () => {
    const ends = new Map<string, number>();
    for (let seed = 1; seed <= GAMES; seed++) {
      const { state } = playOut(rules, seed, seeded(seed * 7919));
      expect(state.turn).toBeLessThanOrEqual(scenario.turns);
      const out = rules.outcome(state)!;
      expect(scenario.endStates.map((e) => e.id)).toContain(out.endState);
      ends.set(out.endState, (ends.get(out.endState) ?? 0) + 1);
    }
    // Random play should not be stuck on one ending: the decisions matter.
    expect(ends.size).toBeGreaterThan(1);
  }, 60_000);

  it('ends most often where history went when played as the leaders did (calibration)', () => {
    const ends = new Map<string, number>();
    for (let seed = 1; seed <= 100; seed++) {
      const { state } = playGame(rules, seed, everyone((view, faction, legal) => historicalAction(scenario, view, faction, legal)));
      ends.set(state.outcome!.endState, (ends.get(state.outcome!.endState) ?? 0) + 1);
    }
    const mostFrequent = [...ends].sort((a, b) => b[1] - a[1])[0]![0];
    expect(mostFrequent).toBe(scenario.history.endState);
  }, 60_000);
});
