// The tables at work: which table sits, whose move it is, which bargaining actions are legal (a short list for
// bots, any valid package accepted), applying them through the protocol statechart, closing tables, and what
// closed tables do when the turn resolves.
import { initialTransition } from 'xstate';
import { holds } from '../conditions';
import { persist, snapshotKey, stateName, step } from '../decisions';
import { shared } from '../shared';
import { record, runEffects, sendTurn, writable, type Work } from '../effects/run-effects';
import { nextInt } from '../rng';
import type { Action, Bargain, BargainTable, Cause, Deal, Faction, GameState, MachineSnapshot, Package, Scenario, TableView, Term } from '../types';
import { allBlackmailOdds, blackmailOdds, perExtraDemand } from './blackmail';
import { catalogueOf, MAX_DEMANDS, otherParty, packageProblem, presetOf, presetsOfBits, sitsAt, termProblem, validPresetBits, validPresets } from './catalogue';
import { changeCredibility, commitPackage } from './ledger';
import { isLastSitting, moverOf, protocolMachine, type ProtocolContext, type ProtocolEvent } from './protocol.machine';

export interface Seat { table: BargainTable; state: string; context: ProtocolContext; mover: Faction | null }

/** The sitting table, its protocol state and whose move it is; null outside bargaining or between tables. */
export function seatOf(scenario: Scenario, s: GameState): Seat | null {
  const snap = s.negotiation?.protocol;
  if (!snap) return null;
  const context = snap.context as unknown as ProtocolContext;
  const state = stateName(snap.value);
  return { table: catalogueOf(scenario).tables.get(context.table)!, state, context, mover: moverOf(state, context) };
}

function protocolEvent(a: Action, faction: Faction): ProtocolEvent | null {
  switch (a.type) {
    case 'bargain.offer': return { type: 'offer', by: faction };
    case 'bargain.blackmail': return { type: 'blackmail', by: faction };
    case 'bargain.call': return { type: 'call.held' };
    case 'bargain.pass': case 'bargain.accept': case 'bargain.reject': case 'bargain.stall': case 'bargain.counter': case 'bargain.threaten':
      return { type: a.type.slice('bargain.'.length) } as ProtocolEvent;
    default: return null;
  }
}

/** Why this bargaining action is not legal for `faction` now, or null when it is. */
export function bargainProblem(scenario: Scenario, s: GameState, faction: Faction, a: Action): string | null {
  const seat = seatOf(scenario, s);
  if (!seat || seat.mover !== faction) return `It is not ${faction}'s move at a bargaining table.`;
  const event = protocolEvent(a, faction);
  if (!event) return `"${String(a.type)}" is not a bargaining action.`;
  if (!allowedTypes(s.negotiation!.protocol!, faction).has(a.type)) {
    if (a.type === 'bargain.stall' && seat.context.lastSitting) return 'Nothing can be stalled at the game’s last sitting: no sitting follows it.';
    if (a.type === 'bargain.stall' && seat.context.resumed) return 'This offer was stalled at the last sitting: it must be answered now.';
    return `"${a.type}" is not possible at this point of the negotiation (${seat.state}, round ${seat.context.round} of ${seat.context.maxRounds}).`;
  }
  const other = otherParty(seat.table, faction);
  switch (a.type) {
    case 'bargain.offer': case 'bargain.counter':
      return packageProblem(scenario, s, seat.table, faction, other, a);
    case 'bargain.threaten': {
      const t = catalogueOf(scenario).terms.get(a.response);
      if (!t || t.category !== 'threat' || t.owner !== faction) return `"${String(a.response)}" is not a threat ${faction} can make.`;
      if (!holds(s, t.requires)) return `The threat "${t.id}" cannot be made now: its conditions do not hold.`;
      if (!isCardOf(scenario, a.trigger, other)) return `"${String(a.trigger)}" is not an order card of ${other}.`;
      return null;
    }
    case 'bargain.blackmail': {
      if (!seat.table.blackmail?.threats.some((t) => t.id === a.threat)) return `"${String(a.threat)}" is not a threat of this table.`;
      if (!Array.isArray(a.demand) || a.demand.length < 1 || a.demand.length > MAX_DEMANDS || new Set(a.demand).size !== a.demand.length) return `A blackmail demands 1 to ${MAX_DEMANDS} different terms.`;
      for (const id of a.demand) { const p = termProblem(scenario, s, seat.table, id, other); if (p) return p; }
      return null;
    }
    default: return null;
  }
}

const BARGAIN_TYPES = ['bargain.offer', 'bargain.counter', 'bargain.pass', 'bargain.accept', 'bargain.reject', 'bargain.stall', 'bargain.call', 'bargain.threaten', 'bargain.blackmail'] as const;
type AllowedByFaction = Partial<Record<Faction, ReadonlySet<string>>>;
const allowedMemo = new WeakMap<MachineSnapshot, AllowedByFaction>();
const allowedByValue = new Map<string, AllowedByFaction>();
const ALLOWED_MEMO_LIMIT = 10_000;

/** The bargaining action types the protocol lets `faction` take from this snapshot. It depends only on the snapshot
 *  and the faction (protocol events carry no tracks), and snapshots are shared and never changed in place, so it is
 *  worked out once per snapshot and faction rather than once per candidate action; by the snapshot's value too, for
 *  snapshots rebuilt outside the rules (bots' guesses), which are new objects each time. */
function allowedTypes(protocol: MachineSnapshot, faction: Faction): ReadonlySet<string> {
  let byFaction = allowedMemo.get(protocol);
  if (!byFaction) {
    const key = snapshotKey(protocol);
    byFaction = allowedByValue.get(key);
    if (!byFaction) {
      if (allowedByValue.size >= ALLOWED_MEMO_LIMIT) allowedByValue.clear();
      allowedByValue.set(key, (byFaction = {}));
    }
    allowedMemo.set(protocol, byFaction);
  }
  let types = byFaction[faction];
  if (!types) {
    types = byFaction[faction] = new Set(BARGAIN_TYPES.filter((type) => step(protocolMachine, protocol, protocolEvent({ type } as Action, faction)!).changed));
  }
  return types;
}

/** How many presets and variations the legal list offers at most: enough for bots, small enough to search. */
const LIST_PRESETS = 4;
const LIST_VARIATIONS = 2;

const ANSWERS = ['bargain.pass', 'bargain.accept', 'bargain.reject', 'bargain.stall', 'bargain.call'] as const;

/** A short list of the legal bargaining actions: presets valid now, a few one-term variations, the answers. */
export function legalBargainActions(scenario: Scenario, s: GameState, faction: Faction): Action[] {
  const seat = seatOf(scenario, s);
  if (!seat || seat.mover !== faction) return [];
  const other = otherParty(seat.table, faction);
  // The protocol's answer depends only on the action's type (and the mover): ask it once per type, and build only
  // the candidates of types it allows. The list keeps the order offers, counters, answers, threats, blackmail.
  const types = allowedTypes(s.negotiation!.protocol!, faction);
  const legal: Action[] = [];
  const offer = types.has('bargain.offer');
  const counter = types.has('bargain.counter');
  // Rules version 2 listed no offers of Belarus': no scenario had presets of its own then (a game saved under it
  // replays only with the same lists, runTables).
  if ((offer || counter) && !(s.rulesVersion < 3 && faction === 'belarus')) {
    // Presets valid now, and a preset less one term is valid too (every term still valid, at least one left):
    // these need no further check.
    const packages = offerPackagesNow(scenario, s, seat.table, faction, other);
    if (offer) for (const p of packages) legal.push({ type: 'bargain.offer', give: p.give, ask: p.ask });
    if (counter) for (const p of packages) legal.push({ type: 'bargain.counter', give: p.give, ask: p.ask });
  }
  for (const type of ANSWERS) if (types.has(type)) legal.push({ type });
  if (types.has('bargain.threaten')) {
    // What bargainProblem asks of a threat, the mover and type being known: its conditions hold (the trigger being a
    // card of the other side is known beforehand).
    for (const { term, triggers } of threatMovesOf(scenario, faction, other)) {
      if (!holds(s, term.requires)) continue;
      for (const trigger of triggers) legal.push({ type: 'bargain.threaten', trigger, response: term.id });
    }
  }
  if (seat.table.blackmail?.by === faction && types.has('bargain.blackmail')) {
    // Demand what the other side's presets would give now, or else its first term that may be asked for.
    const demand = validPresets(scenario, s, seat.table, other, faction, 1)[0]?.give
      ?? scenario.terms.filter((t) => termProblem(scenario, s, seat.table, t.id, other) === null).slice(0, 1).map((t) => t.id);
    const threats = seat.table.blackmail.threats;
    // bargainProblem checks the demand, and that the threat is the table's: one answer for all of them.
    if (demand.length && threats.length && bargainProblem(scenario, s, faction, { type: 'bargain.blackmail', threat: threats[0]!.id, demand }) === null) {
      threats.forEach((th, i) => { if (threats.findIndex((t) => t.id === th.id) === i) legal.push({ type: 'bargain.blackmail', threat: th.id, demand }); });
    }
  }
  return legal;
}

const packageLists = new WeakMap<Scenario, WeakMap<BargainTable, Partial<Record<Faction, Map<number, readonly Package[]>>>>>();

/** The offers' packages of a legal list: by the presets valid now, as a bit set (a few sets recur all game long), each
 *  list built once per table and mover and shared (read-only; actions share their term lists as before). */
function offerPackagesNow(scenario: Scenario, s: GameState, table: BargainTable, from: Faction, to: Faction): readonly Package[] {
  const bits = validPresetBits(scenario, s, table, from, to, LIST_PRESETS);
  if (bits < 0) return offerPackages(validPresets(scenario, s, table, from, to, LIST_PRESETS));
  // The bits index the presets valid at this table in this scenario (presetsAt), hence the scenario in the key.
  const memo = (perTable(packageLists, scenario, table, () => ({}) as Partial<Record<Faction, Map<number, readonly Package[]>>>)[from] ??= new Map());
  let list = memo.get(bits);
  if (!list) memo.set(bits, (list = offerPackages(presetsOfBits(scenario, table, from, to, bits))));
  return list;
}

/** A threat term and the triggers it may name against the other side: each an order card of that side, once. */
interface ThreatMoves { term: Term; triggers: string[] }
const threatMoves = new WeakMap<Scenario, Partial<Record<Faction, Partial<Record<Faction, ThreatMoves[]>>>>>();

/** The threats `faction` may make against `other` when their conditions hold, in catalogue and trigger order. */
function threatMovesOf(scenario: Scenario, faction: Faction, other: Faction): readonly ThreatMoves[] {
  let byDirection = threatMoves.get(scenario);
  if (!byDirection) threatMoves.set(scenario, (byDirection = {}));
  return ((byDirection[faction] ??= {})[other] ??= threatsOf(scenario, faction).flatMap((term) => {
    const triggers = [...new Set(term.triggers ?? [])].filter((id) => isCardOf(scenario, id, other));
    return triggers.length ? [{ term, triggers }] : [];
  }));
}

const threatTerms = new WeakMap<Scenario, Partial<Record<Faction, Term[]>>>();

/** The faction's threat terms, in catalogue order (the catalogue's own lookup is by id). */
function threatsOf(scenario: Scenario, faction: Faction): readonly Term[] {
  let byFaction = threatTerms.get(scenario);
  if (!byFaction) threatTerms.set(scenario, (byFaction = {}));
  return (byFaction[faction] ??= scenario.terms.filter((t) => t.category === 'threat' && t.owner === faction));
}

const cardOwners = new WeakMap<Scenario, Map<string, Faction>>();

function isCardOf(scenario: Scenario, id: unknown, faction: Faction): boolean {
  let owners = cardOwners.get(scenario);
  if (!owners) cardOwners.set(scenario, (owners = new Map(scenario.cards.map((c) => [c.id, c.faction]))));
  return typeof id === 'string' && owners.get(id) === faction;
}

/** The presets' packages, then variations: a preset without its last term (a smaller deal), for the first presets
 *  that have room. A package listed already (a variation may be another preset) is left out. */
function offerPackages(presets: readonly Deal[]): Package[] {
  const candidates: Package[] = presets.map((d) => ({ give: d.give, ask: d.ask }));
  for (const d of presets) {
    if (d.give.length + d.ask.length < 2) continue;
    const drop = d.ask.length ? d.ask[d.ask.length - 1] : d.give[d.give.length - 1];
    candidates.push(d.ask.length ? { give: d.give, ask: d.ask.filter((x) => x !== drop) } : { give: d.give.filter((x) => x !== drop), ask: d.ask });
    if (candidates.length >= presets.length + LIST_VARIATIONS) break;
  }
  const seen = new Set<string>();
  return candidates.filter((p) => {
    const key = `${p.give.join(',')}|${p.ask.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sendProtocol(w: Work, event: ProtocolEvent): void {
  const neg = w.state.negotiation!;
  neg.protocol = step(protocolMachine, neg.protocol!, event).snapshot;
}

const tableCause = (table: BargainTable, faction?: Faction): Cause => (faction ? { kind: 'deal', id: table.id, faction } : { kind: 'deal', id: table.id });

/** Marks the offer awaiting an answer as answered (or superseded). */
function settleOffer(w: Work, accepted: boolean): Bargain | null {
  const neg = w.state.negotiation!;
  if (!neg.offer) return null;
  const settled = Object.freeze({ ...neg.offer, accepted });
  // The offer awaiting an answer is always the last one made this turn.
  const bargains = writable(w, 'bargains');
  bargains[bargains.length - 1] = settled;
  neg.offer = null;
  return settled;
}

/** Offers, threats and closed tables are frozen when made (a change makes a new one), so views share them. */
function putOnTable(w: Work, b: Bargain): void {
  Object.freeze(b);
  writable(w, 'bargains').push(b);
  w.state.negotiation!.offer = b;
}

/** Applies a legal bargaining action (checked by bargainProblem) and closes the table if the protocol has ended. */
export function applyBargain(scenario: Scenario, w: Work, faction: Faction, a: Action): void {
  const s = w.state;
  const neg = s.negotiation!;
  const seat = seatOf(scenario, s)!;
  const { table } = seat;
  const other = otherParty(table, faction);
  const cause = tableCause(table, faction);
  let last: Bargain | null = neg.offer;
  switch (a.type) {
    case 'bargain.offer': case 'bargain.counter': {
      const pkg = { give: [...a.give], ask: [...a.ask] };
      const deal = presetOf(scenario, faction, other, pkg);
      if (a.type === 'bargain.counter') settleOffer(w, false);
      const b: Bargain = { table: table.id, round: seat.context.round + 1, kind: a.type === 'bargain.offer' ? 'offer' : 'counter', deal, from: faction, to: other, ...pkg, accepted: null };
      putOnTable(w, b);
      if (!w.lean) {
        const source = scenario.deals.find((d) => d.id === deal)?.source ?? table.source;
        record(w, { kind: 'offer', deal, table: table.id, round: b.round, counter: a.type === 'bargain.counter', ...pkg }, cause, source);
      }
      break;
    }
    case 'bargain.accept': case 'bargain.reject': {
      last = settleOffer(w, a.type === 'bargain.accept');
      record(w, {
        kind: 'response', deal: last?.deal ?? '', table: table.id, accepted: a.type === 'bargain.accept', give: [...(last?.give ?? [])], ask: [...(last?.ask ?? [])],
        ...(a.type === 'bargain.reject' && a.byClock ? { byClock: true as const } : {}),
      }, cause, table.source);
      break;
    }
    case 'bargain.stall':
      record(w, { kind: 'stall', table: table.id, deal: neg.offer?.deal ?? '' }, cause, table.source);
      break;
    case 'bargain.threaten': {
      const threat = { id: `${table.id}-t${s.turn}-${faction}`, table: table.id, by: faction, against: other, trigger: a.trigger, response: a.response, turn: s.turn, status: 'pending' as const };
      neg.threats = [...neg.threats, Object.freeze(threat)];
      record(w, { kind: 'threat', table: table.id, by: faction, against: other, trigger: a.trigger, response: a.response, outcome: 'made' }, cause, catalogueOf(scenario).terms.get(a.response)!.source);
      break;
    }
    case 'bargain.blackmail': {
      settleOffer(w, false);
      const b: Bargain = { table: table.id, round: seat.context.round + 1, kind: 'blackmail', deal: '', from: faction, to: other, give: [], ask: [...a.demand], threat: a.threat, accepted: null };
      putOnTable(w, b);
      record(w, { kind: 'blackmail', table: table.id, threat: a.threat, demand: [...a.demand], odds: blackmailOdds(s, table, a.threat, a.demand.length)! }, cause, table.blackmail!.source);
      break;
    }
    case 'bargain.call': {
      const bm = neg.offer!;
      const odds = blackmailOdds(s, table, bm.threat!, bm.ask.length)!;
      const [roll, rng] = nextInt(s.rng, 100);
      s.rng = rng;
      const held = roll < odds;
      record(w, { kind: 'call', table: table.id, threat: bm.threat!, odds, roll, held }, cause, table.blackmail!.source);
      last = settleOffer(w, held);
      sendProtocol(w, { type: held ? 'call.held' : 'call.failed' });
      closeTable(scenario, w, last, held);
      return;
    }
    default: break;
  }
  sendProtocol(w, protocolEvent(a, faction)!);
  closeTable(scenario, w, last, undefined);
}

/** When the protocol has reached an end: the table's result is kept for resolution, agreements enter the
 *  ledger, a stalled offer waits for the next sitting, and the next table sits. */
function closeTable(scenario: Scenario, w: Work, last: Bargain | null, called: boolean | undefined): void {
  const seat = seatOf(scenario, w.state);
  if (!seat || seat.mover !== null) return;
  const neg = w.state.negotiation!;
  const result = seat.state as 'agreed' | 'deadlock' | 'stalled' | 'passed' | 'backedDown';
  if (result === 'stalled' && neg.offer) neg.stalled = [...neg.stalled, neg.offer];
  const offer = result === 'stalled' ? settleOffer(w, false) : last;
  neg.closed = [...neg.closed, Object.freeze({ table: seat.table.id, result, offer, ...(called !== undefined ? { called } : {}) })];
  if (result === 'agreed' && offer) commitPackage(scenario, w, offer);
  if (result === 'deadlock') record(w, { kind: 'deadlock', table: seat.table.id }, tableCause(seat.table), seat.table.deadlock.source);
  neg.protocol = null;
  neg.offer = null;
  sendTurn(w, { type: 'table.closed', tables: scenario.tables.length });
}

const freshProtocols = new WeakMap<BargainTable, { last?: MachineSnapshot; before?: MachineSnapshot }>();

/** A table's protocol before anyone moves: it depends only on the table and whether this is the last sitting, so it
 *  is built once of each and shared (snapshots are never changed in place). */
function freshProtocol(table: BargainTable, lastSitting: boolean): MachineSnapshot {
  let byLast = freshProtocols.get(table);
  if (!byLast) freshProtocols.set(table, (byLast = {}));
  return (byLast[lastSitting ? 'last' : 'before'] ??= persist(initialTransition(protocolMachine, {
    table: table.id, opener: table.opener, other: otherParty(table, table.opener), maxRounds: table.maxRounds, blackmailBy: table.blackmail?.by ?? null,
    ...(lastSitting ? { lastSitting: true as const } : {}),
  })[0]));
}

/** Seats the table the turn statechart has reached: a fresh protocol, or last sitting's stalled offer resumed. */
export function openTable(scenario: Scenario, w: Work): void {
  const neg = w.state.negotiation!;
  const index = (w.state.turnMachine.context.table ?? 0) as number;
  const table = scenario.tables[index]!;
  neg.protocol = freshProtocol(table, isLastSitting(w.state.rulesVersion, w.state.turn, scenario.turns));
  const stalled = neg.stalled.find((b) => b.table === table.id);
  if (!stalled) return;
  neg.stalled = neg.stalled.filter((b) => b !== stalled);
  // A term committed since the stall, or no longer available, voids the offer. From rules version 4 on the log says
  // so: its maker had been told it would come back.
  const problem = packageProblem(scenario, w.state, table, stalled.from, stalled.to, stalled);
  if (problem !== null) {
    if (w.state.rulesVersion >= 4) record(w, { kind: 'voided', table: table.id, deal: stalled.deal, give: [...stalled.give], ask: [...stalled.ask], why: problem }, tableCause(table, stalled.from), table.source);
    return;
  }
  sendProtocol(w, { type: 'resume', by: stalled.from });
  putOnTable(w, { ...stalled, round: 1, accepted: null });
}

/** Walks the tables: seats the next one, skips a mover who can do nothing but pass. Returns when a faction must act
 *  (with that mover's legal actions, already worked out) or bargaining is over (null). */
export function runTables(scenario: Scenario, w: Work, phase: () => string): Action[] | null {
  while (phase() === 'bargaining') {
    if (!w.state.negotiation!.protocol) { openTable(scenario, w); continue; }
    const seat = seatOf(scenario, w.state)!;
    const legal = legalBargainActions(scenario, w.state, seat.mover!);
    if (legal.length === 1 && legal[0]!.type === 'bargain.pass' && !mayCompose(scenario, w.state, seat)) { applyBargain(scenario, w, seat.mover!, legal[0]!); continue; }
    return legal;
  }
  return null;
}

/** Whether the mover, free to open, could put a package of its own making on the table: one term it may give or
 *  ask for is enough. The legal list holds presets only; a player may compose any valid package (bargainProblem).
 *  Rules version 2 skipped such a mover whenever its list held only a pass, so Belarus, with no presets, never
 *  opened at the NATO table. */
function mayCompose(scenario: Scenario, s: GameState, seat: Seat): boolean {
  if (s.rulesVersion < 3 || (seat.state !== 'opening' && seat.state !== 'secondChance')) return false;
  const mover = seat.mover!;
  const other = otherParty(seat.table, mover);
  return scenario.terms.some((t) => (t.owner === mover || t.owner === other) && termProblem(scenario, s, seat.table, t.id, t.owner) === null);
}

const RULE = (id: string, faction?: Faction): Cause => ({ kind: 'rule', id, ...(faction ? { faction } : {}) });

/** At resolution, before the orders: what each table that closed this turn does. */
export function resolveTables(scenario: Scenario, w: Work): void {
  const { terms, tables } = catalogueOf(scenario);
  const neg = w.state.negotiation!;
  for (const c of neg.closed) {
    const table = tables.get(c.table)!;
    const offered = c.offer ? [...c.offer.give, ...c.offer.ask].map((id) => terms.get(id)!) : [];
    if (c.result === 'agreed') {
      for (const t of offered) runEffects(w, t.effects, { kind: 'deal', id: t.id, faction: t.owner }, t.source);
      if (c.called && table.blackmail) runEffects(w, table.blackmail.held, RULE('blackmail-held', c.offer!.to), table.blackmail.source);
    } else if (c.result === 'deadlock') {
      runEffects(w, table.deadlock.effects, RULE('deadlock'), table.deadlock.source);
      for (const t of offered) runEffects(w, t.refused ?? [], { kind: 'deal', id: t.id, faction: t.owner }, t.source);
    } else if (c.result === 'backedDown' && table.blackmail) {
      const by = table.blackmail.by;
      runEffects(w, table.blackmail.failed, RULE('blackmail-failed', by), table.blackmail.source);
      changeCredibility(w, by, -table.blackmail.failedCredibility, RULE('blackmail-failed', by), table.blackmail.source);
    }
  }
  neg.closed = [];
}

/** At resolution, after the orders: threats whose trigger was revealed are carried out; older ones lapse. */
export function enforceThreats(scenario: Scenario, w: Work): void {
  const { terms } = catalogueOf(scenario);
  const neg = w.state.negotiation!;
  neg.threats = neg.threats.map((t) => {
    if (t.status !== 'pending') return t;
    const cause: Cause = { kind: 'deal', id: t.response, faction: t.by };
    const term = terms.get(t.response)!;
    const body = { kind: 'threat' as const, table: t.table, by: t.by, against: t.against, trigger: t.trigger, response: t.response };
    if ((w.state.revealed[t.against] ?? []).includes(t.trigger)) {
      record(w, { ...body, outcome: 'carried-out' }, cause, term.source);
      runEffects(w, term.effects, cause, term.source);
      return Object.freeze({ ...t, status: 'carried-out' as const });
    }
    if (w.state.turn > t.turn) {
      record(w, { ...body, outcome: 'lapsed' }, cause, term.source);
      return Object.freeze({ ...t, status: 'lapsed' as const });
    }
    return t;
  });
}

/** The sitting table for the view. */
export function tableView(scenario: Scenario, s: GameState): TableView | null {
  const seat = seatOf(scenario, s);
  if (!seat) return null;
  const offer = s.negotiation!.offer;
  const blackmail = offer?.kind === 'blackmail' && offer.accepted === null
    ? { threat: offer.threat!, demand: [...offer.ask], odds: blackmailOdds(s, seat.table, offer.threat!, offer.ask.length)! } : null;
  return {
    id: seat.table.id, title: seat.table.title, parties: [...seat.table.parties] as [Faction, Faction], state: seat.state, mover: seat.mover,
    round: seat.context.round, maxRounds: seat.context.maxRounds, offer: offer ? shared(offer) : null, blackmail,
    blackmailOdds: seat.table.blackmail && seat.mover === seat.table.blackmail.by ? allBlackmailOdds(s, seat.table) : {},
    perExtraDemand: perExtraDemand(s, seat.table),
    terms: termsAt(scenario, seat.table),
    notNow: conditionalTerms(scenario, seat.table).filter((t) => !holds(s, t.requires)).map((t) => t.id),
    maxDemands: MAX_DEMANDS,
  };
}

/** What is fixed per scenario and table, worked out once and shared (read-only): asked of every view at a table.
 *  Keyed by the scenario too, since a table may be shared by scenarios with other terms. */
function perTable<T>(memo: WeakMap<Scenario, WeakMap<BargainTable, T>>, scenario: Scenario, table: BargainTable, make: () => T): T {
  let byTable = memo.get(scenario);
  if (!byTable) memo.set(scenario, (byTable = new WeakMap()));
  let value = byTable.get(table);
  if (value === undefined) byTable.set(table, (value = make()));
  return value;
}

const sitting = new WeakMap<Scenario, WeakMap<BargainTable, Partial<Record<Faction, string[]>>>>();

/** The terms each party may ever put on this table, by owner. */
const termsAt = (scenario: Scenario, table: BargainTable) => perTable(sitting, scenario, table, () =>
  Object.fromEntries(table.parties.map((f) => [f, scenario.terms.filter((t) => t.owner === f && sitsAt(t, table)).map((t) => t.id)])) as Partial<Record<Faction, string[]>>);

const conditional = new WeakMap<Scenario, WeakMap<BargainTable, readonly Term[]>>();

/** The terms that may sit at this table under conditions (most have none). */
const conditionalTerms = (scenario: Scenario, table: BargainTable) => perTable(conditional, scenario, table, () =>
  scenario.terms.filter((t) => t.requires?.length && sitsAt(t, table)));
