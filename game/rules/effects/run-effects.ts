// Interprets effects written as data (cards, events, deals, statechart actions) against a working copy of
// the state, logging every change with its cause and the paper section behind the rule.
import { DECISION_MACHINES, decisionEvent, stateName, step } from '../decisions';
import { holds } from '../conditions';
import { nextInt } from '../rng';
import { clampTrack, crossedThresholds } from '../tracks';
import { turnMachine } from '../turn.machine';
import type { Cause, DecisionId, Effect, GameState, LogEntry, Modifier, Source, TrackId } from '../types';

/** The state being built by one apply(): mutated in place, never shared with the caller. Its new log entries
 *  gather in `log` and join the state's log once, in settle(): the state's log stays the caller's, unchanged.
 *  `shared` names the containers still shared with the state apply() started from: most steps change none of them,
 *  so writable() copies one only before its first change. A `lean` step (rules.applyLean, for bots' rollouts) keeps
 *  no log entries and no track history: nothing reads them there. */
export interface Work { state: GameState; log: LogEntry[]; shared?: Record<Shared, boolean>; lean?: boolean }

type Shared = 'tracks' | 'decisions' | 'commitments' | 'bargains';

/** The state's container, copied first if it is still shared with the state the step started from. */
export function writable<K extends Shared>(w: Work, key: K): GameState[K] {
  if (w.shared?.[key]) {
    const v = w.state[key];
    w.state[key] = (Array.isArray(v) ? [...v] : { ...v }) as GameState[K];
    w.shared[key] = false;
  }
  return w.state[key];
}

/** The finished state, with this apply's log entries appended (one copy of the log per apply). Its tracks and
 *  cards played are frozen: states are never changed in place, so views and later states share them as they are. */
export function settle(w: Work): GameState {
  const s = w.state;
  if (!w.lean) s.log = s.log.concat(w.log);
  if (!Object.isFrozen(s.tracks)) Object.freeze(s.tracks);
  if (!Object.isFrozen(s.played)) Object.freeze(s.played);
  return s;
}

type LogBody = LogEntry extends infer L ? (L extends LogEntry ? Omit<L, 'seq' | 'turn' | 'cause' | 'source' | 'visibleTo'> : never) : never;

/** Completes `body` in place into the log entry (callers pass a fresh object literal): copying it with a spread
 *  cost more than anything else in logging, as bodies come in many shapes. */
export function record(w: Work, body: LogBody, cause: Cause, source: Source, visibleTo: LogEntry['visibleTo'] = 'all'): void {
  if (w.lean) return; // the hottest callers do not build the entry at all then
  const entry = body as LogBody & Pick<LogEntry, 'seq' | 'turn' | 'cause' | 'source' | 'visibleTo'>;
  entry.seq = w.state.seq;
  entry.turn = w.state.turn;
  entry.cause = cause;
  entry.source = source;
  entry.visibleTo = visibleTo;
  w.log.push(entry as LogEntry);
}

export function runEffects(w: Work, effects: readonly Effect[], cause: Cause, source: Source): void {
  for (const e of effects) {
    if ('track' in e) changeTrack(w, e.track, e.delta, cause, source);
    else if ('decision' in e) sendDecision(w, e.decision, e.event, cause, source);
    else if ('roll' in e) {
      const chance = rollChance(w.state, e.roll.chance, e.roll.modifiers);
      const [roll, rng] = nextInt(w.state.rng, 100);
      w.state.rng = rng;
      const success = roll < chance;
      record(w, { kind: 'roll', label: e.label, chance, roll, success }, cause, source);
      runEffects(w, success ? e.success : e.failure, cause, source);
    } else runEffects(w, holds(w.state, e.if) ? e.then : e.else ?? [], cause, source);
  }
}

/** The odds shown to players before they commit: base chance plus track modifiers, within 0–100. */
export function rollChance(state: GameState, base: number, modifiers: readonly Modifier[] = []): number {
  let mod = 0; // summed in the modifiers' order, as a reduce would (views ask for every card's odds)
  for (const m of modifiers) mod += ((state.tracks[m.track] ?? m.pivot) - m.pivot) * m.per;
  return Math.max(0, Math.min(100, Math.round(base + mod)));
}

export function changeTrack(w: Work, track: TrackId, delta: number, cause: Cause, source: Source): void {
  const from = w.state.tracks[track];
  if (from === undefined) return; // the scenario does not model this track
  const to = clampTrack(track, from + delta);
  if (to === from) return;
  writable(w, 'tracks')[track] = to;
  if (w.lean) return;
  record(w, { kind: 'track', track, from, to }, cause, source);
  for (const t of crossedThresholds(track, from, to)) record(w, { kind: 'threshold', track, label: t.label }, cause, source);
}

/** Sends an event to a decision statechart; its transition's effects run with the same cause. */
export function sendDecision(w: Work, id: DecisionId, event: string, cause: Cause, source: Source): boolean {
  const snap = w.state.decisions[id];
  if (!snap) return false;
  const result = step(DECISION_MACHINES[id], snap, decisionEvent(event, w.state.tracks));
  if (!result.changed) return false;
  writable(w, 'decisions')[id] = result.snapshot;
  if (!w.lean) record(w, { kind: 'decision', decision: id, event, from: stateName(snap.value), to: stateName(result.snapshot.value) }, cause, result.effects[0]?.source ?? source);
  for (const p of result.effects) runEffects(w, p.effects, cause, p.source);
  return true;
}

/** Moves the turn statechart on (its snapshot lives in the state). */
export function sendTurn(w: Work, event: Parameters<typeof turnMachine.transition>[1]): void {
  w.state.turnMachine = step(turnMachine, w.state.turnMachine, event).snapshot;
}
