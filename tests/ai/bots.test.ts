// The bots (game/ai): only legal moves, for every scenario, persona and difficulty; the same seed plays the same
// game; no peeking (hidden information altered, the decision stays); a readable one-line reason with every move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, DIFFICULTIES, type BotSettings, type Decision } from '../../game/ai/bot';
import { playGame, randomPolicy, type Policy } from '../../game/ai/play-game';
import { PERSONA_IDS, type PersonaId } from '../../game/ai/personas';
import { FACTIONS, rulesFor, SECTIONS, type Action, type Bargain, type Faction, type GameState, type Rules, type TableView } from '../../game/rules';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const ids = scenarioIds();
const rulesById = new Map(ids.map((id) => [id, rulesFor(loadScenario(id))]));
const rulesOf = (id: string) => rulesById.get(id)!;
const sections = Object.values(SECTIONS);

/** A move from the legal list, or a counter-offer of the bot's own making (the list is short; the rules accept
 *  any valid package, and playGame and the callers apply every move and fail on a refusal). */
function expectListedOrCounter(legal: readonly Action[], action: Action, label = ''): void {
  if (action.type === 'bargain.counter' && legal.some((a) => a.type === 'bargain.reject')) return;
  expect(legal.map((a) => JSON.stringify(a)), label).toContain(JSON.stringify(action));
}

/** A policy that checks every move against the legal list and keeps the reasons. */
function checked(rules: Rules, settings: (f: Faction) => BotSettings, said: Decision[] = []): Record<Faction, Policy> {
  const policy = (f: Faction): Policy => (view, faction, legal) => {
    const d = decide(rules.scenario, view, faction, legal, settings(f));
    expectListedOrCounter(legal, d.action);
    said.push(d);
    return d.action;
  };
  return Object.fromEntries(FACTIONS.map((f) => [f, policy(f)])) as Record<Faction, Policy>;
}

describe('bots', () => {
  it('play only legal moves, and games between them end within the turn limit (every scenario, persona, easy and standard)', () => {
    const seat = fc.record({ persona: fc.constantFrom(...PERSONA_IDS), difficulty: fc.constantFrom('easy' as const, 'standard' as const) });
    fc.assert(fc.property(fc.constantFrom(...ids), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.tuple(seat, seat, seat), (id, seed, seats) => {
      const rules = rulesOf(id);
      const { state } = playGame(rules, seed, checked(rules, (f) => ({ ...seats[FACTIONS.indexOf(f)]!, seed })));
      expect(state.outcome).not.toBeNull();
      expect(state.turn).toBeLessThanOrEqual(rules.scenario.turns);
    }), { numRuns: 25 });
  }, 120_000);

  it('covers every persona at every difficulty in every scenario (expert: a few decisions)', () => {
    for (const id of ids) {
      const rules = rulesOf(id);
      for (const persona of PERSONA_IDS) {
        for (const difficulty of DIFFICULTIES) {
          let state = rules.setup(7);
          // Expert decides the first move on a small budget (the same search; the bench times the full one);
          // easy and standard play a whole turn.
          const moves = difficulty === 'expert' ? 1 : 8;
          for (let i = 0; i < moves && !rules.isOver(state); i++) {
            const faction = rules.activeFactions(state)[0]!;
            const legal = rules.legalActions(state, faction);
            const budget = difficulty === 'expert' ? { width: 4, samples: 2, depth: 1 } : undefined;
            const d = decide(rules.scenario, rules.view(state, faction), faction, legal, { persona, difficulty, seed: i, budget });
            expectListedOrCounter(legal, d.action, `${id} ${persona}:${difficulty}`);
            const r = rules.apply(state, faction, d.action);
            expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
            if (r.ok) state = r.state;
          }
        }
      }
    }
  }, 120_000);

  it('play the same game from the same seed, reasons included', () => {
    const rules = rulesOf('ultimatum');
    const mix = (seed: number) => (f: Faction): BotSettings => ({ persona: (['historical', 'hawk', 'opportunist'] as const)[FACTIONS.indexOf(f)]!, difficulty: 'standard', seed });
    const once = (seed: number) => {
      const said: Decision[] = [];
      const { actions, state } = playGame(rules, seed, checked(rules, mix(seed), said));
      return { actions, reasons: said.map((d) => d.reason), end: state.outcome };
    };
    expect(once(11)).toEqual(once(11));
  }, 30_000);

  it('decide the same when hidden information they cannot see is altered (others\' orders, the deck, the dice)', () => {
    let checkedPoints = 0;
    for (const id of ids) {
      const rules = rulesOf(id);
      const points = decisionPoints(rules, 3);
      for (const { state, faction } of points) {
        const legal = rules.legalActions(state, faction);
        const altered: GameState = {
          ...state,
          rng: (state.rng ^ 0x5bd1e995) >>> 0,
          deck: [...state.deck].reverse(),
          pending: Object.fromEntries(Object.keys(state.pending).map((f) => [f, []])),
        };
        expect(rules.legalActions(altered, faction)).toEqual(legal);
        for (const difficulty of ['easy', 'standard'] as const) {
          const settings = { persona: 'opportunist' as PersonaId, difficulty, seed: 5 };
          expect(decide(rules.scenario, rules.view(altered, faction), faction, legal, settings))
            .toEqual(decide(rules.scenario, rules.view(state, faction), faction, legal, settings));
        }
        checkedPoints++;
      }
    }
    expect(checkedPoints).toBeGreaterThan(10);
  }, 60_000);

  it('give a one-line reason with every move, naming the faction and citing the paper or saying it extrapolates', () => {
    const rules = rulesOf('sharp-power');
    const said: Decision[] = [];
    playGame(rules, 3, checked(rules, (f) => ({ persona: f === 'belarus' ? 'historical' : 'hawk', difficulty: 'standard', seed: 3 }), said));
    for (const { reason } of said) {
      expect(reason).not.toMatch(/\n/);
      expect(reason).toMatch(/^(Belarus|Russia|NATO) /);
      const cited = reason.split(' — ').at(-1)!;
      expect([...sections, 'our extrapolation beyond the paper']).toContain(cited);
    }
  }, 30_000);
});

describe('the historical persona', () => {
  const rules = rulesOf('ultimatum');
  const script = rules.scenario.history.script!;

  it('plays history\'s orders while play is on history\'s path, and says so', () => {
    const state = rules.setup(1);
    const legal = rules.legalActions(state, 'belarus');
    const d = decide(rules.scenario, rules.view(state, 'belarus'), 'belarus', legal, { persona: 'historical', difficulty: 'standard', seed: 1 });
    expect(d.action.type === 'orders.commit' && [...d.action.cards].sort()).toEqual([...script[0]!.orders.belarus!].sort());
    expect(d.reason).toContain(`as Minsk did in ${rules.scenario.turnLabels[0]}`);
  });

  it('off history\'s path, keeps the scripted cards still playable and evaluates the rest', () => {
    const state = rules.setup(1);
    const [kept, lost] = script[0]!.orders.belarus!;
    // As if the talks history opened were no longer on offer: only hands without that card remain.
    const legal = rules.legalActions(state, 'belarus').filter((a) => a.type === 'orders.commit' && !a.cards.includes(lost!));
    const d = decide(rules.scenario, rules.view(state, 'belarus'), 'belarus', legal, { persona: 'historical', difficulty: 'standard', seed: 1 });
    expect(d.action.type === 'orders.commit' && d.action.cards).toContain(kept);
    expect(d.reason).not.toContain('as Minsk did');
  });

  it('flips when the regime is in danger: the social contract before reforms the West pays for', () => {
    const view = rules.view(rules.setup(1), 'belarus');
    const credits: Bargain = { table: 'nato-belarus', round: 1, kind: 'offer', deal: 'nato-credits-for-reforms', from: 'nato', to: 'belarus', give: ['nato-reform-credit'], ask: ['by-structural-reforms'], accepted: null };
    // The last round: no counter is left, only yes or no.
    const table: TableView = { id: 'nato-belarus', title: 'NATO ↔ Belarus', parties: ['nato', 'belarus'], state: 'offered', mover: 'belarus', round: 3, maxRounds: 3, offer: credits, blackmail: null, blackmailOdds: {}, perExtraDemand: 0, terms: {}, notNow: [], maxDemands: 3 };
    const offer = (tracks: Partial<typeof view.tracks>) => decide(rules.scenario, {
      ...view, phase: 'bargaining', tracks: { ...view.tracks, ...tracks }, bargains: [credits], negotiation: { ...view.negotiation, table },
    }, 'belarus', [{ type: 'bargain.accept' }, { type: 'bargain.reject' }], { persona: 'historical', difficulty: 'easy', seed: 1 });
    expect(offer({}).action.type).toBe('bargain.accept');
    const crisis = offer({ regimeStability: 2, economy: 1 });
    expect(crisis.action.type).toBe('bargain.reject');
    expect(crisis.reason).toContain('the social contract before sovereignty');
  });
});

/** States where a faction must decide, after another faction has already committed hidden orders when possible. */
function decisionPoints(rules: Rules, seed: number): { state: GameState; faction: Faction }[] {
  const out: { state: GameState; faction: Faction }[] = [];
  let state = rules.setup(seed);
  const random = randomPolicy(seed);
  while (!rules.isOver(state) && out.length < 6) {
    const faction = rules.activeFactions(state)[0]!;
    if (Object.keys(state.pending).length > 0 || state.bargains.length > 0) out.push({ state, faction });
    const legal = rules.legalActions(state, faction);
    state = step(rules, state, faction, random(rules.view(state, faction), faction, legal));
  }
  return out;
}

function step(rules: Rules, state: GameState, faction: Faction, action: Action): GameState {
  const r = rules.apply(state, faction, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}
