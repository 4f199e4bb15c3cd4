// A plausible full game state built from one faction's view, so the rules themselves can play ahead: what the
// view hides (the others' orders, the deck's order, the dice) is sampled from the bot's own generator.
import { FACTIONS } from '../rules';
import { nextInt, shuffle } from '../rules/rng';
import { shared } from '../rules/shared';
import { isLastSitting, type ProtocolContext } from '../rules/bargaining/protocol.machine';
import type { Faction, GameState, MachineSnapshot, Negotiation, PlayerView } from '../rules/types';
import { sampleByValue } from './greedy';
import type { ScenarioModel } from './model';
import { personaOf } from './personas';
import { rankRemembered } from './rank-memo';

/** How loosely a bot imagines the others' hidden orders: a softmax over their own expected gains, in points. */
const GUESS_TEMPERATURE = 0.5;

/** A state consistent with the view, in which it is `faction`'s move and everyone else has committed orders. */
export function determinize(model: ScenarioModel, view: PlayerView, faction: Faction, rng: number): [GameState, number] {
  let r = rng;
  const drawn = new Set<string>();
  for (const e of view.log) if (e.kind === 'event') drawn.add(e.cause.id);
  const unseen = model.scenario.events.filter((e) => e.turn === undefined && !drawn.has(e.id)).map((e) => e.id);
  let deck: string[];
  [deck, r] = shuffle(unseen, r);
  let dice: number;
  [dice, r] = nextInt(r, 0x7fffffff);
  const state: GameState = {
    rulesVersion: view.rulesVersion, scenarioId: view.scenarioId, seed: 0, rng: dice, seq: view.seq, turn: view.turn,
    // The records the view hands out frozen (tracks, cards played, ledger entries, offers, threats) are shared as they
    // are, not copied: the rules' views of the rollout states then share them too instead of copying each every step.
    tracks: shared(view.tracks),
    turnMachine: turnSnapshot('orders', []),
    decisions: Object.fromEntries(Object.entries(view.decisions).map(([id, name]) => [id, snapshotOf(id, name!)])),
    deck: deck.slice(0, view.deckSize), pending: {}, revealed: { ...view.revealed }, played: shared(view.played),
    turnEvents: [...view.turnEvents], bargains: view.bargains.map(shared), commitments: view.commitments.map(shared),
    negotiation: negotiationFrom(model, view),
    trackHistory: view.trackHistory, log: [...view.log], outcome: view.outcome,
  };
  if (view.phase === 'orders') {
    // Everyone but the bot has (or is imagined to have) committed: orders are simultaneous, so the bot's own
    // choice cannot change theirs.
    const others = FACTIONS.filter((f) => f !== faction);
    for (const f of others) {
      const legal = model.rules.leanLegalActions(state, f);
      let guess;
      [guess, r] = sampleByValue(rankRemembered(model, model.rules.leanView(state, f), f, legal, personaOf(f, 'historical')), r, GUESS_TEMPERATURE);
      if (guess.action.type === 'orders.commit') state.pending[f] = guess.action.cards;
    }
    state.turnMachine = turnSnapshot('orders', others);
  } else {
    // Orders are revealed by now: only the deck and the dice stay hidden, and the sitting table is public.
    const table = model.scenario.tables.findIndex((t) => t.id === view.negotiation.table?.id);
    state.turnMachine = turnSnapshot('bargaining', FACTIONS, Math.max(0, table));
  }
  return [state, r];
}

/** The negotiation rebuilt from its public view: the sitting table's protocol snapshot is a plain state name and
 *  context, each field of which the view shows or implies. */
function negotiationFrom(model: ScenarioModel, view: PlayerView): Negotiation {
  const n = view.negotiation;
  const table = n.table;
  const rules = table ? model.scenario.tables.find((t) => t.id === table.id) : undefined;
  let protocol: MachineSnapshot | null = null;
  if (table && rules && table.mover !== null) {
    const other = rules.parties[0] === rules.opener ? rules.parties[1] : rules.parties[0];
    const offer = table.offer;
    const thisTurn = (e: PlayerView['log'][number]) => e.turn === view.turn && 'table' in e && e.table === table.id;
    const context: ProtocolContext = {
      table: table.id, opener: rules.opener, other, maxRounds: table.maxRounds, blackmailBy: rules.blackmail?.by ?? null,
      offerer: offer?.from ?? rules.opener, receiver: offer?.to ?? other, round: table.round,
      threatened: n.threats.filter((t) => t.table === table.id && t.turn === view.turn).map((t) => t.by),
      // An offer on the table that nobody made this turn was stalled last turn: it must be answered now.
      resumed: offer !== null && !view.log.some((e) => (e.kind === 'offer' || e.kind === 'blackmail') && thisTurn(e)),
      ...(isLastSitting(view.rulesVersion, view.turn, view.turns) ? { lastSitting: true as const } : {}),
    };
    protocol = { value: table.state, context: context as unknown as Record<string, unknown> };
  }
  return {
    protocol, offer: table?.offer ? shared(table.offer) : null,
    closed: n.closed.map(shared), threats: n.threats.map(shared),
    credibility: { ...n.credibility }, stalled: n.stalled.map(shared),
  };
}

const snapshots = new Map<string, MachineSnapshot>();
const turnSnapshots = new Map<string, MachineSnapshot>();

/** The turn statechart's snapshot, one frozen object per phase, committed factions and sitting table, for the same
 *  reason as decisions' (snapshotOf). */
function turnSnapshot(phase: 'orders' | 'bargaining', committed: readonly Faction[], table?: number): MachineSnapshot {
  const key = `${phase}|${committed.join()}|${table}`;
  let snap = turnSnapshots.get(key);
  if (!snap) {
    const context = table === undefined ? { committed: Object.freeze([...committed]) } : { committed: Object.freeze([...committed]), table };
    turnSnapshots.set(key, (snap = Object.freeze({ value: phase, context: Object.freeze(context) })));
  }
  return snap;
}

/** A decision's snapshot for a state name, one frozen object per decision and name: the rules memoise their steps
 *  by snapshot object, which a fresh object per sample would miss every time. */
function snapshotOf(decision: string, name: string): MachineSnapshot {
  const key = `${decision}|${name}`;
  let snap = snapshots.get(key);
  if (!snap) snapshots.set(key, (snap = Object.freeze({ value: Object.freeze(stateValue(name)), context: Object.freeze({}) })));
  return snap;
}

/** "a.b.c" → { a: { b: 'c' } }: a decision's state name back into an XState state value. */
function stateValue(name: string): MachineSnapshot['value'] {
  const [head, ...rest] = name.split('.');
  return rest.length ? { [head!]: stateValue(rest.join('.')) } : head!;
}
