// rulesFor(scenario): the rules contract of ARCHITECTURE.md bound to one scenario's content.
// setup / legalActions / apply / view / isOver / outcome; apply never throws on a player's mistake.
import { holds } from './conditions';
import { DECISION_MACHINES, startDecision, stateName } from './decisions';
import { record, runEffects, sendDecision, sendTurn, settle, type Work } from './effects/run-effects';
import { seedRng, shuffle } from './rng';
import { clampTrack } from './tracks';
import { turnMachine } from './turn.machine';
import { freshNegotiation } from './bargaining/catalogue';
import { recordBreaches } from './bargaining/ledger';
import { applyBargain, bargainProblem, enforceThreats, legalBargainActions, resolveTables, runTables, seatOf } from './bargaining/negotiate';
import { cardBlock, whyNot } from './bargaining/why-not';
import { outcomeFor, reachedEndState } from './victory';
import { positionOf, viewFor } from './view';
import {
  FACTIONS, type Action, type ApplyResult, type EventCard, type Faction, type GameState, type Negotiation,
  type OrderCard, type Outcome, type Phase, type PlayerView, type Reason, type RuleError, type Scenario, type TrackId, type Viewer,
} from './types';

/** Version 3 lets a faction open at a table with a package of its own making when it has no preset to offer
 *  (negotiate.ts mayCompose); games saved under version 2 replay under version 2's lists and skips. Version 4 lowers
 *  a blackmail's odds for each demanded term beyond the first (blackmail.ts); earlier games keep even odds. */
export const RULES_VERSION = 4;
/** The oldest rules version whose saved games still replay. */
export const OLDEST_RULES_VERSION = 2;
/** Bound on the remembered sets of hands per faction (its playable cards take few shapes in play). */
const HANDS_MEMO_LIMIT = 4096;
/** Orders resolve in this fixed order, after the turn's deals (GAME-DESIGN §2.3). */
export const RESOLUTION_ORDER: readonly Faction[] = ['russia', 'belarus', 'nato'];

export interface Rules {
  scenario: Scenario;
  /** A new game; `rulesVersion` for a game saved under an older version (OLDEST_RULES_VERSION on). */
  setup(seed: number, rulesVersion?: number): GameState;
  legalActions(state: GameState, faction: Faction): Action[];
  /** legalActions without the copies: the lists the rules keep (the bargaining list apply() worked out, the hands
   *  by playable cards), shared between calls and callers, who must not change them. For rollouts only. */
  leanLegalActions(state: GameState, faction: Faction): readonly Action[];
  apply(state: GameState, faction: Faction, action: Action, expectSeq?: number): ApplyResult;
  /** apply() without the log entries and track history (the state keeps those it had): the same tracks, decisions,
   *  negotiation, outcome and generator. For rollouts only, whose states no log, replay or screen reads. */
  applyLean(state: GameState, faction: Faction, action: Action): ApplyResult;
  view(state: GameState, viewer: Viewer): PlayerView;
  /** The view without what no bot reads (card blocks and odds, the map; view.ts viewFor): for bots' own moves. */
  botView(state: GameState, viewer: Viewer): PlayerView;
  /** The view without what bots never read while playing ahead (view.ts viewFor): for rollouts only. */
  leanView(state: GameState, viewer: Viewer): PlayerView;
  /** Tracks, decisions by state name, turn and outcome: what scores a position. */
  position(state: GameState): Pick<PlayerView, 'tracks' | 'decisions' | 'turn' | 'outcome'>;
  activeFactions(state: GameState): Faction[];
  isOver(state: GameState): boolean;
  outcome(state: GameState): Outcome | null;
  /** Whether a hand of cards fits the faction's budget and the most orders per turn. */
  cardCostOk(cards: readonly string[], faction: Faction): boolean;
  /** Why the faction cannot play this order card now (null: it can). */
  whyNot(state: GameState, faction: Faction, cardId: string): Reason | null;
}

/** Phase by turn-statechart state name (a handful): asked several times per step, so not split every time. */
const phases = new Map<string, Phase>();

export function phaseOf(state: GameState): Phase {
  const name = stateName(state.turnMachine.value);
  let phase = phases.get(name);
  if (phase === undefined) phases.set(name, (phase = name.split('.')[0] as Phase));
  return phase;
}

export function rulesFor(scenario: Scenario): Rules {
  const cards = new Map(scenario.cards.map((c) => [c.id, c]));
  const events = new Map(scenario.events.map((e) => [e.id, e]));

  const committed = (s: GameState) => (s.turnMachine.context.committed ?? []) as Faction[];

  function playable(s: GameState, card: OrderCard): boolean {
    return cardBlock(scenario, s, card) === null;
  }

  function cardCostOk(ids: readonly string[], faction: Faction): boolean {
    const hand = ids.map((id) => cards.get(id));
    if (hand.some((c) => !c || c.faction !== faction) || new Set(ids).size !== ids.length) return false;
    const cost = hand.reduce((sum, c) => sum + c!.cost, 0);
    return ids.length <= scenario.maxOrders && cost <= scenario.budget[faction];
  }

  function activeFactions(s: GameState): Faction[] {
    if (s.outcome) return [];
    if (phaseOf(s) === 'orders') return FACTIONS.filter((f) => !committed(s).includes(f));
    const mover = seatOf(scenario, s)?.mover;
    return mover ? [mover] : [];
  }

  /** Whether the faction is among activeFactions(s), without listing them (asked by every legalActions and apply). */
  function isActive(s: GameState, faction: Faction): boolean {
    if (s.outcome) return false;
    if (phaseOf(s) === 'orders') return FACTIONS.includes(faction) && !committed(s).includes(faction);
    const mover = seatOf(scenario, s)?.mover;
    return !!mover && mover === faction;
  }

  /** The bargaining mover's legal actions in the state apply() returned last: advance() has just worked them out, and
   *  the next question is nearly always about that state (a player's or a rollout's next move). States handed out are
   *  never changed in place, so the list stays true for that state object. Only the last state is kept: a WeakMap
   *  entry per returned state cost more than it saved (its sets, and the garbage collector's work on the entries of
   *  short-lived rollout states). */
  let atRest: { state: GameState; legal: Action[] } | null = null;

  function legalActions(s: GameState, faction: Faction): Action[] {
    if (!isActive(s, faction)) return [];
    return kept(s, faction)?.map(copyListed) ?? legalBargainActions(scenario, s, faction);
  }

  function leanLegalActions(s: GameState, faction: Faction): readonly Action[] {
    if (!isActive(s, faction)) return [];
    return kept(s, faction) ?? legalBargainActions(scenario, s, faction);
  }

  /** The legal list the rules keep for the active faction, or null for a bargaining list to be worked out afresh. */
  function kept(s: GameState, faction: Faction): readonly Action[] | null {
    if (atRest?.state === s) return atRest.legal;
    return phaseOf(s) === 'orders' ? handsOf(s, faction) : null;
  }

  const cardsOf = Object.fromEntries(FACTIONS.map((f) => [f, scenario.cards.filter((c) => c.faction === f)])) as Record<Faction, OrderCard[]>;
  /** The affordable hands as orders, by faction and which of its cards are playable, as a bit set (a few sets recur
   *  all game long); a faction with more cards than the bits of a number is not memoised. */
  const hands = Object.fromEntries(FACTIONS.map((f) => [f, new Map<number, readonly Action[]>()])) as Record<Faction, Map<number, readonly Action[]>>;

  function handsOf(s: GameState, faction: Faction): readonly Action[] {
    const own = cardsOf[faction];
    const hand: OrderCard[] = [];
    let playableSet = 0;
    for (let i = 0; i < own.length; i++) if (playable(s, own[i]!)) { hand.push(own[i]!); playableSet |= 1 << i; }
    const memo = own.length <= 30 ? hands[faction] : null;
    let known = memo?.get(playableSet);
    if (!known) {
      known = affordableHands(hand, scenario.maxOrders, scenario.budget[faction]).map((cards): Action => ({ type: 'orders.commit', cards }));
      if (memo) {
        if (memo.size >= HANDS_MEMO_LIMIT) memo.clear();
        memo.set(playableSet, known);
      }
    }
    return known;
  }

  /** What is wrong with the action, or null when it is legal. */
  function problem(s: GameState, faction: Faction, a: Action): string | null {
    if (a.type === 'orders.commit') {
      const ok = phaseOf(s) === 'orders' && Array.isArray(a.cards) && cardCostOk(a.cards, faction) && a.cards.every((id) => playable(s, cards.get(id)!));
      return ok ? null : `That hand of orders is not legal for ${faction} now.`;
    }
    return bargainProblem(scenario, s, faction, a);
  }

  function playEvent(w: Work, ev: EventCard): void {
    const cause = { kind: 'event' as const, id: ev.id };
    record(w, { kind: 'event' }, cause, ev.source);
    w.state.turnEvents.push(ev.id);
    runEffects(w, ev.effects, cause, ev.source);
  }

  /** Events phase: this turn's scheduled events, then the first drawable card of the hidden deck. */
  function startTurn(w: Work): void {
    const s = w.state;
    Object.assign(s, { pending: {}, revealed: {}, bargains: [], turnEvents: [] });
    s.negotiation!.closed = [];
    for (const ev of scenario.events) if (ev.turn === s.turn && holds(s, ev.requires)) playEvent(w, ev);
    const drawn = s.deck.findIndex((id) => holds(s, events.get(id)!.requires));
    if (drawn >= 0) {
      const id = s.deck[drawn]!;
      s.deck = s.deck.filter((_, i) => i !== drawn);
      playEvent(w, events.get(id)!);
    }
    sendTurn(w, { type: 'events.done' });
  }

  function reveal(w: Work): void {
    const s = w.state;
    s.revealed = { ...s.revealed };
    s.played = { ...s.played };
    const byClock = w.lean ? null : clockCommits(w);
    for (const f of FACTIONS) {
      const hand = s.pending[f] ?? [];
      s.revealed[f] = hand;
      for (const id of hand) s.played[id] = (s.played[id] ?? 0) + 1;
      if (!w.lean) record(w, { kind: 'reveal', faction: f, cards: hand, ...(byClock?.has(f) ? { byClock: true as const } : {}) }, { kind: 'rule', id: 'simultaneous-orders', faction: f }, { cite: [], extrapolation: 'Game procedure: orders are committed in secret and revealed together.' });
      recordBreaches(scenario, w, f, hand);
    }
    s.pending = {};
  }

  /** Walks the bargaining tables until a faction must act (returning the mover's legal actions), then resolves once
   *  bargaining closes. */
  function advance(w: Work): Action[] | null {
    const waiting = runTables(scenario, w, () => phaseOf(w.state));
    if (phaseOf(w.state) === 'resolution') resolve(w);
    return waiting;
  }

  function resolve(w: Work): void {
    const s = w.state;
    resolveTables(scenario, w);
    for (const f of RESOLUTION_ORDER) {
      for (const id of s.revealed[f] ?? []) {
        const card = cards.get(id)!;
        runEffects(w, card.effects, { kind: 'order', id, faction: f }, card.source);
      }
    }
    enforceThreats(scenario, w);
    sendTurn(w, { type: 'resolution.done' });
    assess(w);
  }

  function assess(w: Work): void {
    const s = w.state;
    sendDecision(w, 'entrapment', 'dial.assess', { kind: 'rule', id: 'entrapment-dial' }, { cite: ['securityDilemma'] });
    if (!w.lean) s.trackHistory = [...s.trackHistory, Object.freeze({ ...s.tracks })];
    const end = reachedEndState(scenario, s, s.turn >= scenario.turns);
    if (end) {
      record(w, { kind: 'end', endState: end.id }, { kind: 'rule', id: 'end-state' }, end.source);
      s.outcome = outcomeFor(scenario, s, end);
      sendTurn(w, { type: 'game.end' });
      return;
    }
    sendTurn(w, { type: 'turn.next' });
    s.turn += 1;
    startTurn(w);
  }

  function setup(seed: number, rulesVersion = RULES_VERSION): GameState {
    if (!Number.isInteger(rulesVersion) || rulesVersion < OLDEST_RULES_VERSION || rulesVersion > RULES_VERSION) {
      throw new Error(`rules version ${rulesVersion} is not one this game plays (versions ${OLDEST_RULES_VERSION} to ${RULES_VERSION})`);
    }
    const tracks: Partial<Record<TrackId, number>> = {};
    for (const [id, t] of Object.entries(scenario.tracks)) tracks[id as TrackId] = clampTrack(id as TrackId, t!.start);
    const [deck, rng] = shuffle(scenario.events.filter((e) => e.turn === undefined).map((e) => e.id), seedRng(seed));
    const state: GameState = {
      rulesVersion, scenarioId: scenario.id, seed, rng, seq: 0, turn: 1, tracks,
      turnMachine: startDecision(turnMachine).snapshot,
      decisions: Object.fromEntries(scenario.decisions.map((d) => [d, startDecision(DECISION_MACHINES[d]).snapshot])),
      deck, pending: {}, revealed: {}, played: {}, turnEvents: [], bargains: [], commitments: [], negotiation: freshNegotiation(),
      trackHistory: [Object.freeze({ ...tracks })], log: [], outcome: null,
    };
    const w: Work = { state, log: [] };
    startTurn(w);
    return settle(w);
  }

  function apply(s: GameState, faction: Faction, action: Action, expectSeq?: number, lean = false): ApplyResult {
    if (s.outcome) return fail('game-over', 'The game is over.');
    if (expectSeq !== undefined && expectSeq !== s.seq) return fail('stale', `This action was meant for move ${expectSeq}; the game is at move ${s.seq}.`);
    if (!FACTIONS.includes(faction)) return fail('unknown', `Unknown faction "${String(faction)}".`);
    if (!isActive(s, faction)) return fail('not-your-turn', `It is not ${faction}'s turn to act.`);
    if (!action || typeof action !== 'object') return fail('illegal', 'An action must be an object with a "type".');
    const wrong = problem(s, faction, action);
    if (wrong) return fail('illegal', wrong);

    const w: Work = { state: workingCopy(s), log: [], shared: { tracks: true, decisions: true, commitments: true, bargains: true }, lean };
    w.state.seq += 1;
    const st = w.state;
    let waiting: Action[] | null = null;
    switch (action.type) {
      case 'orders.commit':
        st.pending = { ...st.pending, [faction]: [...action.cards] };
        record(w, { kind: 'committed', faction, ...(action.byClock ? { byClock: true as const } : {}) }, { kind: 'order', id: 'commit', faction }, { cite: [], extrapolation: 'Game procedure: simultaneous hidden orders.' });
        sendTurn(w, { type: 'orders.commit', faction });
        if (phaseOf(st) === 'bargaining') { reveal(w); waiting = advance(w); }
        break;
      default:
        applyBargain(scenario, w, faction, action);
        waiting = advance(w);
        break;
    }
    const state = settle(w);
    if (waiting) atRest = { state, legal: waiting };
    return { ok: true, state, log: w.log };
  }

  return {
    scenario, setup, legalActions, leanLegalActions, apply: (s, faction, action, expectSeq) => apply(s, faction, action, expectSeq),
    applyLean: (s, faction, action) => apply(s, faction, action, undefined, true),
    activeFactions, cardCostOk,
    whyNot: (s, faction, cardId) => whyNot(scenario, s, faction, cardId, phaseOf(s) === 'orders' && isActive(s, faction)),
    view: (s, viewer) => viewFor(scenario, s, viewer, phaseOf(s)),
    botView: (s, viewer) => viewFor(scenario, s, viewer, phaseOf(s), 'bot'),
    leanView: (s, viewer) => viewFor(scenario, s, viewer, phaseOf(s), 'lean'),
    position: positionOf,
    isOver: (s) => s.outcome !== null,
    outcome: (s) => s.outcome,
  };
}

const fail = (code: RuleError['code'], message: string): ApplyResult => ({ ok: false, error: { code, message } });

/** The factions whose orders of this turn the phase clock committed, as their `committed` entries say (this step's,
 *  then the state's log back to the turn's start): their reveal says so too. */
function clockCommits(w: Work): Set<Faction> {
  const turn = w.state.turn;
  const found = new Set<Faction>();
  for (const log of [w.log, w.state.log]) {
    for (let i = log.length - 1; i >= 0 && log[i]!.turn === turn; i--) {
      const e = log[i]!;
      if (e.kind === 'committed' && e.byClock) found.add(e.faction);
    }
  }
  return found;
}

/** A copy whose containers changed all over the rules may be changed in place. The rest stay shared with `s` and are
 *  replaced, never changed, where they change: tracks, decisions, commitments and bargains (copied on their first
 *  change, writable()), deck and trackHistory (startTurn, assess), pending (apply), revealed and played (reveal), turnEvents
 *  (made anew by startTurn before playEvent adds to it), and the log (settle). Log entries and snapshots are
 *  immutable and shared too. Written out field by field: states come in several hidden shapes (setup's, apply's, a
 *  loaded save's, a bot's guess), and a spread of them took V8's slow generic copy (random play ~8% faster). */
function workingCopy(s: GameState): GameState {
  return {
    rulesVersion: s.rulesVersion, scenarioId: s.scenarioId, seed: s.seed, rng: s.rng, seq: s.seq, turn: s.turn, tracks: s.tracks,
    turnMachine: s.turnMachine, decisions: s.decisions, deck: s.deck, pending: s.pending, revealed: s.revealed, played: s.played,
    turnEvents: s.turnEvents, bargains: s.bargains, commitments: s.commitments, negotiation: copyNegotiation(s.negotiation ?? freshNegotiation()),
    trackHistory: s.trackHistory, log: s.log, outcome: s.outcome,
  };
}

/** A fresh copy of an action of a legal list (legalBargainActions and handsOf make them in these shapes), written out:
 *  a spread of actions of several shapes is V8's slow generic copy. A hand's cards are copied; other lists and terms
 *  stay shared, as with a spread. */
function copyListed(a: Action): Action {
  switch (a.type) {
    case 'bargain.offer': case 'bargain.counter': return { type: a.type, give: a.give, ask: a.ask };
    case 'bargain.threaten': return { type: a.type, trigger: a.trigger, response: a.response };
    case 'bargain.blackmail': return { type: a.type, threat: a.threat, demand: a.demand };
    case 'orders.commit': return { type: a.type, cards: [...a.cards] };
    default: return { type: a.type };
  }
}

/** Field by field too, for the same reason (negotiations also come from setup, apply and bots' guesses). */
function copyNegotiation(n: Negotiation): Negotiation {
  return { protocol: n.protocol, offer: n.offer, closed: n.closed, threats: n.threats, stalled: n.stalled, credibility: n.credibility };
}

/** Every hand of up to k of the cards within the budget, in the cards' order (hands are small: a dozen cards,
 *  k ≤ 4). Costs are never negative, so a hand over budget is not extended: no hand containing it is affordable. */
function affordableHands(cards: readonly OrderCard[], k: number, budget: number): string[][] {
  const out: { ids: string[]; cost: number }[] = [{ ids: [], cost: 0 }];
  for (const card of cards) {
    for (let i = 0, n = out.length; i < n; i++) {
      const { ids, cost } = out[i]!;
      if (ids.length < k && cost + card.cost <= budget) out.push({ ids: [...ids, card.id], cost: cost + card.cost });
    }
  }
  return out.map((h) => h.ids);
}
