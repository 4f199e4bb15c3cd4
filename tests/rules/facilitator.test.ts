// The White Cell's moves: injects from the deck and custom ones at shown odds with the seeded dice, overrides only
// with a written reason, all logged with cause "facilitator", valid in any phase but over, and replayed from a save.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFacilitator, hashState, makeSave, parseSave, replay, rulesFor,
  type Action, type FacilitatorAction, type Faction, type GameState, type SaveEntry,
} from '../../game/rules';
import { miniScenario } from './fixture';

const rules = rulesFor(miniScenario());
const white = (s: GameState, a: FacilitatorAction) => {
  const r = applyFacilitator(rules, s, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
};
const play = (s: GameState, f: Faction, a: Action) => {
  const r = rules.apply(s, f, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
};
const reasonError = (s: GameState, a: FacilitatorAction) => {
  const r = applyFacilitator(rules, s, a);
  return r.ok ? null : r.error.message;
};

describe('facilitator view', () => {
  it('sees every faction\'s committed hidden orders and the undrawn events in draw order; the others do not', () => {
    const s = play(play(rules.setup(3), 'russia', { type: 'orders.commit', cards: ['ru-squeeze'] }), 'nato', { type: 'orders.commit', cards: ['nato-engage'] });
    const fac = rules.view(s, 'facilitator');
    expect(fac.ownOrders).toEqual({ russia: ['ru-squeeze'], nato: ['nato-engage'] });
    expect(fac.undrawn).toEqual(s.deck);
    expect(rules.view(s, 'public').ownOrders).toEqual({});
    expect(rules.view(s, 'public').undrawn).toBeUndefined();
    expect(rules.view(s, 'belarus').ownOrders).toEqual({});
  });
});

describe('injects', () => {
  it('plays an event from the deck now: its effects, logged as an inject, and it leaves the deck', () => {
    const s0 = rules.setup(1);
    const next = s0.deck.find((id) => id === 'ev-a' || id === 'ev-b')!;
    const s = white(s0, { type: 'inject.event', event: next });
    expect(s.deck).not.toContain(next);
    expect(s.turnEvents).toContain(next);
    expect(s.seq).toBe(s0.seq + 1);
    const added = s.log.slice(s0.log.length);
    expect(added[0]).toMatchObject({ kind: 'inject', event: next, cause: { kind: 'facilitator', id: next } });
    expect(added.some((e) => e.kind === 'track' && e.cause.kind === 'facilitator')).toBe(true);
  });

  it('refuses an event that is not in the deck, naming it', () => {
    const r = applyFacilitator(rules, rules.setup(1), { type: 'inject.event', event: 'ev-brest' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('ev-brest');
  });

  it('applies a custom inject\'s effects and logs a matrix argument with its three fields', () => {
    const s0 = rules.setup(1);
    const argument = { action: 'Belarus courts China', result: 'a loan arrives', reasons: 'Beijing wants a Belt and Road foothold' };
    const s = white(s0, { type: 'inject.custom', title: 'Chinese loan', text: 'A loan from Beijing', argument, effects: [{ track: 'economy', delta: 1 }] });
    expect(s.tracks.economy).toBe(s0.tracks.economy! + 1);
    expect(s.log[s0.log.length]).toMatchObject({ kind: 'inject', title: 'Chinese loan', argument });
  });

  it('adjudicates at the shown odds with the seeded dice: the same seed rolls the same, and the roll decides', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 100 }), (seed, odds) => {
      const a: FacilitatorAction = { type: 'inject.custom', title: 'Gambit', text: '', odds, success: [{ track: 'sovereignty', delta: 1 }], failure: [{ track: 'sovereignty', delta: -1 }] };
      const s0 = rules.setup(seed);
      const once = white(s0, a);
      expect(white(s0, a)).toEqual(once);
      const roll = once.log.find((e) => e.kind === 'roll' && e.seq === once.seq)!;
      if (roll.kind !== 'roll') throw new Error('no roll logged');
      expect(roll.chance).toBe(odds);
      expect(roll.success).toBe(roll.roll < odds);
      expect(once.tracks.sovereignty).toBe(Math.min(10, s0.tracks.sovereignty! + (roll.success ? 1 : -1)));
      expect(once.rng).not.toBe(s0.rng);
    }), { numRuns: 60 });
  });

  it('rejects odds outside 0–100 with an error naming the field', () => {
    const r = applyFacilitator(rules, rules.setup(1), { type: 'inject.custom', title: 'x', text: '', odds: 140 });
    expect(!r.ok && r.error.message).toMatch(/odds/);
  });
});

describe('overrides', () => {
  it('refuses an override without a written reason, empty or blank, and changes nothing', () => {
    const s = rules.setup(1);
    for (const reason of ['', '   ', '\n\t']) {
      expect(reasonError(s, { type: 'override', track: 'economy', value: 9, reason })).toMatch(/reason/);
      expect(reasonError(s, { type: 'override.outcome', endState: 'absorption', reason })).toMatch(/reason/);
      expect(reasonError(s, { type: 'override.decision', decision: 'integration', event: 'ultimatum.issue', reason })).toMatch(/reason/);
    }
    expect(reasonError(s, { type: 'override', track: 'economy', value: 9 } as unknown as FacilitatorAction)).toMatch(/reason/);
  });

  it('sets a track with the reason in the log, before the change it caused', () => {
    const s0 = rules.setup(1);
    const s = white(s0, { type: 'override', track: 'economy', value: 9, reason: '  The IMF loan came through  ' });
    expect(s.tracks.economy).toBe(9);
    const [note, change] = s.log.slice(s0.log.length);
    expect(note).toMatchObject({ kind: 'override', target: 'track:economy', reason: 'The IMF loan came through', cause: { kind: 'facilitator', id: 'override' }, visibleTo: 'all' });
    expect(change).toMatchObject({ kind: 'track', track: 'economy', to: 9, cause: { kind: 'facilitator' } });
  });

  it('refuses a value outside the track\'s range or a track the scenario does not use', () => {
    const s = rules.setup(1);
    expect(reasonError(s, { type: 'override', track: 'economy', value: 11, reason: 'r' })).toMatch(/0 to 10/);
    expect(reasonError(s, { type: 'override', track: 'posture', value: 1, reason: 'r' })).toMatch(/does not use/);
  });

  it('forces a decision point\'s move through its statechart, and refuses a move it does not have', () => {
    const s0 = rules.setup(1);
    const s = white(s0, { type: 'override.decision', decision: 'integration', event: 'ultimatum.issue', reason: 'Moscow moved early' });
    expect(rules.view(s, 'public').decisions.integration).toBe('ultimatum');
    expect(reasonError(s0, { type: 'override.decision', decision: 'integration', event: 'roadmap31.accept', reason: 'r' })).toMatch(/no move/);
  });

  it('ends the game with an outcome override: the outcome, the final turn state, and no more moves', () => {
    const s = white(rules.setup(1), { type: 'override.outcome', endState: 'absorption', reason: 'Seminar time is up' });
    expect(rules.isOver(s)).toBe(true);
    expect(s.outcome?.endState).toBe('absorption');
    expect(rules.view(s, 'public').phase).toBe('over');
    expect(rules.activeFactions(s)).toEqual([]);
    expect(applyFacilitator(rules, s, { type: 'inject.custom', title: 't', text: '' })).toMatchObject({ ok: false, error: { code: 'game-over' } });
  });

  it('is refused when stale, like the players\' moves', () => {
    const s = rules.setup(1);
    expect(applyFacilitator(rules, s, { type: 'override', track: 'economy', value: 9, reason: 'r' }, s.seq + 1)).toMatchObject({ ok: false, error: { code: 'stale' } });
  });
});

describe('in every phase, and in saves', () => {
  /** A game with White Cell moves between the players' own, in orders and in bargaining. */
  function session(seed: number, picks: number[]): SaveEntry[] {
    let s = rules.setup(seed);
    const entries: SaveEntry[] = [];
    const push = (e: SaveEntry) => {
      const r = e.faction === 'facilitator' ? applyFacilitator(rules, s, e.action) : rules.apply(s, e.faction, e.action);
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
      entries.push(e);
    };
    for (let i = 0; !rules.isOver(s) && i < 200; i++) {
      const pick = picks[i % picks.length]!;
      if (pick % 4 === 0) {
        push({ faction: 'facilitator', action: { type: 'inject.custom', title: `roll ${i}`, text: '', odds: 40, success: [{ track: 'tension', delta: 1 }], failure: [{ track: 'economy', delta: -1 }] } });
        const track = pick % 8 === 0 ? 'sovereignty' : 'leverage';
        const value = (s.tracks[track]! + 1) % 10;
        push({ faction: 'facilitator', action: { type: 'override', track, value, reason: `turn ${s.turn}` } });
      }
      const f = rules.activeFactions(s)[0]!;
      const legal = rules.legalActions(s, f);
      push({ faction: f, action: legal[pick % legal.length]! });
    }
    return entries;
  }

  it('never breaks the turn statechart, and a save with them replays to the live game by hash', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e5 }), fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }), (seed, picks) => {
      const entries = session(seed, picks);
      let live = rules.setup(seed);
      for (const e of entries) {
        const phase = rules.view(live, 'public').phase;
        const r = e.faction === 'facilitator' ? applyFacilitator(rules, live, e.action) : rules.apply(live, e.faction, e.action);
        if (!r.ok) throw new Error(r.error.message);
        if (e.faction === 'facilitator') expect(['orders', 'bargaining']).toContain(phase);
        live = r.state;
      }
      expect(rules.isOver(live) || rules.activeFactions(live).length > 0).toBe(true);
      const text = JSON.stringify(makeSave(rules, seed, entries));
      const parsed = parseSave(text);
      if (!parsed.ok) throw new Error(parsed.message);
      const again = replay(rules, parsed.save);
      expect(again.ok).toBe(true);
      expect(hashState(again.state)).toBe(hashState(live));
    }), { numRuns: 25 });
  });

  it('names a broken White Cell entry in a save file', () => {
    const save = makeSave(rules, 1, []);
    const bad = { ...save, actions: [{ faction: 'facilitator', action: { type: 'override', track: 'economy', value: 'high', reason: 'r' } }] };
    const parsed = parseSave(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('action 1\'s "action.value"');
  });
});
