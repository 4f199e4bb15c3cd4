// The registry of decision statecharts, and the one way the rules drive them: XState's pure transition().
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import type { DecisionId, MachineSnapshot, TrackId } from '../types';
import type { EffectsParams } from './decision-effects';
import { airbaseMachine } from './airbase.machine';
import { entrapmentMachine } from './entrapment.machine';
import { hybridMachine } from './hybrid.machine';
import { integrationMachine } from './integration.machine';
import { neutralityMachine } from './neutrality.machine';
import { suwalkiMachine } from './suwalki.machine';

export const DECISION_MACHINES: Record<DecisionId, AnyStateMachine> = {
  integration: integrationMachine,
  entrapment: entrapmentMachine,
  airbase: airbaseMachine,
  hybrid: hybridMachine,
  suwalki: suwalkiMachine,
  neutrality: neutralityMachine,
};

/** A snapshot as plain data: the state value and context, nothing else. */
export function persist(snapshot: { value: unknown; context: unknown }): MachineSnapshot {
  return { value: snapshot.value, context: (snapshot.context ?? {}) as Record<string, unknown> };
}

const started = new WeakMap<AnyStateMachine, { snapshot: MachineSnapshot; effects: EffectsParams[] }>();

/** The machine's initial snapshot; computed once per machine (it takes no input) and shared: treat it as read-only. */
export function startDecision(machine: AnyStateMachine): { snapshot: MachineSnapshot; effects: EffectsParams[] } {
  let start = started.get(machine);
  if (!start) {
    const [snapshot, actions] = initialTransition(machine);
    started.set(machine, (start = { snapshot: persist(snapshot), effects: effectParams(actions) }));
  }
  return start;
}

/** Dotted path of a (possibly nested) state value, e.g. "bargaining.response". */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0]!;
  return `${key}.${stateName(child)}`;
}

export interface Step { snapshot: MachineSnapshot; effects: EffectsParams[]; changed: boolean }

/** transition() is pure, so its results are memoised per machine (bounded): games revisit the same
 *  (state, event, tracks) again and again, and one transition costs tens of microseconds. Snapshots are immutable
 *  and the memo hands the same snapshot objects back, so a first level keyed by the snapshot object itself (and a
 *  cheap key of the event) answers most steps without serialising the snapshot. */
const memo = new WeakMap<AnyStateMachine, Map<string, Step>>();
const bySnapshot = new WeakMap<MachineSnapshot, Map<string, Step>>();
const MEMO_LIMIT = 20_000;

/** A key of a flat event whose values are primitives or one level of primitives (e.g. the tracks). */
function eventKey(event: Record<string, unknown>): string {
  let key = '';
  for (const k in event) {
    const v = event[k];
    if (v !== null && typeof v === 'object') {
      key += `${k}{`;
      for (const k2 in v) key += `${k2}:${typeof (v as Record<string, unknown>)[k2]}:${String((v as Record<string, unknown>)[k2])},`;
      key += '}';
    } else key += `${k}:${typeof v}:${String(v)};`;
  }
  return key;
}

/** Whether the event is flat enough for eventKey to tell it apart from every other event. */
function isFlat(event: Record<string, unknown>): boolean {
  for (const k in event) {
    const v = event[k];
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) return false;
      for (const k2 in v) { const x = (v as Record<string, unknown>)[k2]; if (x !== null && typeof x === 'object') return false; }
    }
  }
  return true;
}

/** Sends one event; `changed` is false when the statechart has no transition for it (nothing happens).
 *  Re-entering the same state still counts: its entry effects run again (a zone's cost repeats).
 *  The returned step is shared: treat it as read-only. */
export function step(machine: AnyStateMachine, from: MachineSnapshot, event: { type: string; [k: string]: unknown }): Step {
  const flat = isFlat(event);
  let local = flat ? bySnapshot.get(from) : undefined;
  const ek = flat ? eventKey(event) : '';
  const seen = local?.get(ek);
  if (seen) return seen;
  const result = stepByValue(machine, from, event);
  if (flat) {
    if (!local) bySnapshot.set(from, (local = new Map()));
    if (local.size < MEMO_LIMIT) local.set(ek, result);
  }
  return result;
}

function stepByValue(machine: AnyStateMachine, from: MachineSnapshot, event: { type: string; [k: string]: unknown }): Step {
  let cache = memo.get(machine);
  if (!cache) memo.set(machine, (cache = new Map()));
  const key = JSON.stringify([from.value, from.context, event]);
  const hit = cache.get(key);
  if (hit) return hit.changed ? hit : { ...hit, snapshot: from };
  const current = machine.resolveState(from as never);
  const [next, actions] = transition(machine, current, event as never);
  const effects = effectParams(actions);
  const changed = next !== current || effects.length > 0;
  const result = { snapshot: changed ? persist(next) : from, effects, changed };
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

export function decisionEvent(type: string, tracks: Partial<Record<TrackId, number>>) {
  return { type, tracks };
}

function effectParams(actions: readonly { type: string; params?: unknown }[]): EffectsParams[] {
  return actions.filter((a) => a.type === 'effects').map((a) => a.params as EffectsParams);
}
