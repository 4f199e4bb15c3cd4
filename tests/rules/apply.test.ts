// Unit tests of the rules on hand-built states: hidden orders, legality as values, resolution, bargaining, end states.
import { describe, expect, it } from 'vitest';
import { rulesFor, type Action, type GameState, type Scenario } from '../../game/rules';
import { miniScenario } from './fixture';

const rules = rulesFor(miniScenario());
const ok = (s: GameState, f: Parameters<typeof rules.apply>[1], a: Action) => {
  const r = rules.apply(s, f, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
};
const commit = (cards: string[]): Action => ({ type: 'orders.commit', cards });
/** Closes every table still sitting this turn without agreement: pass where one may, else reject. */
const endBargaining = (s: GameState) => {
  while (rules.view(s, 'public').phase === 'bargaining') {
    const f = rules.activeFactions(s)[0]!;
    const legal = rules.legalActions(s, f);
    s = ok(s, f, legal.find((a) => a.type === 'bargain.pass') ?? legal.find((a) => a.type === 'bargain.reject')!);
  }
  return s;
};

describe('setup', () => {
  it('starts in the orders phase of turn 1 with the scheduled event played and tracks at their start', () => {
    const s = rules.setup(1);
    expect(rules.view(s, 'public').phase).toBe('orders');
    expect(s.turn).toBe(1);
    expect(s.turnEvents[0]).toBe('ev-brest');
    expect(s.turnEvents).toHaveLength(2); // scheduled + one drawn
    expect(s.tracks.sovereignty).toBe(7);
    expect(s.tracks.economy).toBeLessThanOrEqual(4); // the Brest event cost one point
    expect(rules.activeFactions(s)).toEqual(['belarus', 'russia', 'nato']);
  });

  it('is deterministic for a seed and differs across seeds in deck order', () => {
    expect(rules.setup(5)).toEqual(rules.setup(5));
    const decks = new Set(Array.from({ length: 20 }, (_, i) => rules.setup(i).deck.join()));
    expect(decks.size).toBeGreaterThan(1);
  });
});

describe('simultaneous hidden orders', () => {
  it('keeps a committed hand out of the other factions\' views until all have committed', () => {
    let s = rules.setup(1);
    s = ok(s, 'russia', commit(['ru-ultimatum']));
    expect(JSON.stringify(rules.view(s, 'belarus'))).not.toContain('ru-ultimatum');
    expect(JSON.stringify(rules.view(s, 'public'))).not.toContain('ru-ultimatum');
    expect(rules.view(s, 'russia').ownOrders.russia).toEqual(['ru-ultimatum']);
    expect(rules.view(s, 'facilitator').ownOrders.russia).toEqual(['ru-ultimatum']);
    expect(rules.view(s, 'belarus').committed.russia).toBe(true);
    s = ok(s, 'belarus', commit([]));
    s = ok(s, 'nato', commit(['nato-engage']));
    expect(rules.view(s, 'belarus').revealed.russia).toEqual(['ru-ultimatum']);
  });

  it('never shows the generator; only the White Cell sees the deck, in its draw order', () => {
    const s = rules.setup(3);
    for (const viewer of ['facilitator', 'public', 'belarus'] as const) {
      const v = rules.view(s, viewer) as unknown as Record<string, unknown>;
      expect(v).not.toHaveProperty('rng');
      expect(v).not.toHaveProperty('deck');
      expect(v.deckSize).toBe(2);
    }
    expect(rules.view(s, 'facilitator').undrawn).toEqual(s.deck);
    expect(rules.view(s, 'public').undrawn).toBeUndefined();
  });
});

describe('the bots\' views and position', () => {
  it('agree with the full view in every state of a game, save the parts a bot\'s or lean view leaves empty', () => {
    let s = rules.setup(3);
    for (let step = 0; !rules.isOver(s); step++) {
      for (const viewer of ['belarus', 'russia', 'nato', 'public', 'facilitator'] as const) {
        const full = rules.view(s, viewer);
        const map = { units: [], flows: {}, overlays: {} };
        expect(rules.botView(s, viewer)).toEqual({ ...full, blocked: {}, odds: {}, breaks: {}, map });
        expect(rules.leanView(s, viewer)).toEqual({ ...full, blocked: {}, odds: {}, breaks: {}, log: [], trackHistory: [], map });
      }
      const { tracks, decisions, turn, outcome } = rules.view(s, 'public');
      expect(rules.position(s)).toEqual({ tracks, decisions, turn, outcome });
      const f = rules.activeFactions(s)[0]!;
      const legal = rules.legalActions(s, f);
      s = ok(s, f, legal[step % legal.length]!);
    }
    expect(rules.position(s).outcome).not.toBeNull();
  });
});

describe('bad actions are values and change nothing', () => {
  const s = rules.setup(1);
  it.each([
    ['an over-budget hand', 'belarus', commit(['by-bluff', 'by-talks']), 'illegal'],
    ['a card of another faction', 'belarus', commit(['ru-squeeze']), 'illegal'],
    ['a card whose condition fails', 'russia', commit(['ru-table31']), 'illegal'],
    ['a duplicated card', 'russia', commit(['ru-squeeze', 'ru-squeeze']), 'illegal'],
    ['an answer with no offer on the table', 'belarus', { type: 'bargain.accept' }, 'illegal'],
    ['an unknown action', 'nato', { type: 'nuke' } as unknown as Action, 'illegal'],
  ] as const)('%s', (_name, faction, action, code) => {
    const before = JSON.stringify(s);
    const r = rules.apply(s, faction, action as Action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('refuses a second commit by the same faction (a double click) as out of turn', () => {
    const once = ok(s, 'nato', commit(['nato-engage']));
    const twice = rules.apply(once, 'nato', commit(['nato-engage']));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe('not-your-turn');
  });

  it('refuses a stale action whose expected sequence number has passed', () => {
    const once = ok(s, 'nato', commit([]));
    const r = rules.apply(once, 'belarus', commit([]), s.seq);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('stale');
  });
});

describe('resolution, decisions and the log', () => {
  function toBargaining(seed = 1) {
    let s = rules.setup(seed);
    s = ok(s, 'russia', commit(['ru-ultimatum']));
    s = ok(s, 'belarus', commit([]));
    s = ok(s, 'nato', commit(['nato-reassure']));
    return s;
  }

  it('resolves orders through the integration statechart and logs cause and citation for every track change', () => {
    let s = toBargaining();
    // Russia opens the first table (cheap gas for loyalty is on offer in any state).
    expect(rules.activeFactions(s)).toEqual(['russia']);
    s = endBargaining(s);
    expect(s.decisions.integration?.value).toBe('ultimatum');
    expect(s.turn).toBe(2);
    const changes = s.log.filter((e) => e.kind === 'track' && e.turn === 1 && e.cause.kind === 'order');
    expect(changes.length).toBeGreaterThan(0);
    for (const e of changes) expect(e.source.cite.length + (e.source.extrapolation ? 1 : 0)).toBeGreaterThan(0);
    const decision = s.log.find((e) => e.kind === 'decision' && e.decision === 'integration');
    expect(decision).toMatchObject({ from: 'statusQuo', to: 'ultimatum', cause: { kind: 'order', id: 'ru-ultimatum', faction: 'russia' } });
  });

  it('clamps tracks to their range and logs a crossed threshold', () => {
    let s = rules.setup(1);
    for (let turn = 0; turn < 2; turn++) {
      s = ok(s, 'russia', commit([]));
      s = ok(s, 'belarus', commit([]));
      s = ok(s, 'nato', commit(['nato-reassure']));
      s = endBargaining(s);
    }
    expect(s.tracks.tension).toBeLessThanOrEqual(5);
    expect(s.log.some((e) => e.kind === 'threshold' && e.track === 'tension' && e.label === 'crisis')).toBe(true);
  });

  it('logs dice with their odds: base chance plus track modifiers', () => {
    let s = rules.setup(1);
    s = ok(s, 'russia', commit([]));
    s = ok(s, 'belarus', commit(['by-bluff']));
    s = ok(s, 'nato', commit([]));
    s = endBargaining(s);
    const roll = s.log.find((e) => e.kind === 'roll');
    // chance 50 + (neutralityCredibility 3 − 5) × 5 = 40
    expect(roll).toMatchObject({ label: 'bluff', chance: 40 });
  });

  it('applies an accepted deal, records the commitment and ends the game on absorption', () => {
    const s0 = rules.setup(1);
    const s: GameState = { ...s0, decisions: { ...s0.decisions, integration: { value: 'roadmap31', context: {} } } };
    let t = ok(s, 'russia', commit([]));
    t = ok(t, 'belarus', commit([]));
    t = ok(t, 'nato', commit([]));
    const loan31: Action = { type: 'bargain.offer', give: ['ru-loan'], ask: ['by-roadmap31'] };
    expect(rules.legalActions(t, 'russia')).toContainEqual(loan31);
    t = ok(t, 'russia', loan31);
    expect(rules.activeFactions(t)).toEqual(['belarus']);
    t = ok(t, 'belarus', { type: 'bargain.accept' });
    t = endBargaining(t);
    expect(rules.isOver(t)).toBe(true);
    expect(rules.outcome(t)?.endState).toBe('absorption');
    expect(t.commitments.map((c) => [c.id, c.term, c.owner, c.beneficiary, c.deal])).toEqual([
      ['russia-belarus-t1', 'ru-loan', 'russia', 'belarus', 'ru-loan31'], ['russia-belarus-t1', 'by-roadmap31', 'belarus', 'russia', 'ru-loan31'],
    ]);
    expect(rules.outcome(t)?.vp.russia).toBeGreaterThan(rules.outcome(t)!.vp.belarus);
    expect(rules.apply(t, 'belarus', commit([])).ok).toBe(false);
  });

  it('a rejected deal applies its deadlock cost and the statechart follows the refusal', () => {
    const s0 = rules.setup(1);
    let t: GameState = { ...s0, decisions: { ...s0.decisions, integration: { value: 'roadmap31', context: {} } } };
    t = ok(t, 'russia', commit([]));
    t = ok(t, 'belarus', commit([]));
    t = ok(t, 'nato', commit([]));
    t = ok(t, 'russia', { type: 'bargain.offer', give: ['ru-loan'], ask: ['by-roadmap31'] });
    t = ok(t, 'belarus', { type: 'bargain.reject' });
    t = endBargaining(t);
    expect(t.decisions.integration?.value).toBe('marketization');
    expect(t.log.some((e) => e.kind === 'deadlock' && e.table === 'russia-belarus')).toBe(true);
    expect(t.commitments).toEqual([]);
    expect(t.log.some((e) => e.kind === 'response' && e.accepted === false)).toBe(true);
  });

  it('ends with the final catch-all end state when the turns run out, with victory points and the objectives met', () => {
    let s = rules.setup(2);
    while (!rules.isOver(s)) {
      const f = rules.activeFactions(s)[0]!;
      s = ok(s, f, rules.legalActions(s, f).find((a) => a.type === 'bargain.pass' || (a.type === 'orders.commit' && a.cards.length === 0))!);
    }
    const out = rules.outcome(s)!;
    expect(out.endState).toBe('statusQuoMarketization');
    expect(out.turn).toBe(3);
    expect(out.met.belarus).toContain('by-sovereign');
    expect(out.vp.belarus).toBe(1 + 3);
    expect(out.winners).toEqual(['belarus']);
    expect(s.trackHistory).toHaveLength(4);
  });
});

describe('conditions', () => {
  it('any holds when one holds, not when none holds', () => {
    const gated = (requires: Scenario['cards'][number]['requires']) => rulesFor(miniScenario({
      cards: [...miniScenario().cards, { id: 'gated', faction: 'nato', title: 'G', text: 't', cost: 1, requires, effects: [], source: { cite: ['natoDilemmas'] } }],
    }));
    const playable = (r: ReturnType<typeof gated>) => r.legalActions(r.setup(1), 'nato').some((a) => a.type === 'orders.commit' && a.cards.includes('gated'));
    expect(playable(gated([{ any: [{ track: 'sovereignty', max: 0 }, { decision: 'integration', in: ['ultimatum', 'statusQuo'] }] }]))).toBe(true);
    expect(playable(gated([{ any: [{ track: 'sovereignty', max: 0 }, { turn: { min: 2 } }] }]))).toBe(false);
    expect(playable(gated([{ not: [{ decision: 'integration', in: ['supranational'] }] }]))).toBe(true);
    expect(playable(gated([{ not: [{ track: 'sovereignty', min: 1 }] }]))).toBe(false);
  });
});
