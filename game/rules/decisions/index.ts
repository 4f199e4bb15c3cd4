// The registry of decision statecharts, and the one way the rules drive them: XState's pure transition().
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import type { DecisionId, MachineSnapshot, TrackId } from '../types';
import type { EffectsParams } from './decision-effects';
import { createAirbaseMachine } from './airbase.machine';
import { createEntrapmentMachine } from './entrapment.machine';
import { createHybridMachine } from './hybrid.machine';
import { createIntegrationMachine } from './integration.machine';
import { createNeutralityMachine } from './neutrality.machine';
import { createSuwalkiMachine } from './suwalki.machine';

const CREATE: Record<DecisionId, () => AnyStateMachine> = {
  integration: createIntegrationMachine,
  entrapment: createEntrapmentMachine,
  airbase: createAirbaseMachine,
  hybrid: createHybridMachine,
  suwalki: createSuwalkiMachine,
  neutrality: createNeutralityMachine,
};
const created: Partial<Record<DecisionId, AnyStateMachine>> = {};

/** Each statechart is created on first use: a scenario plays two of the six, and creating the other four (their state
 *  nodes) was ~5 ms of a page's start. */
export const DECISION_MACHINES = Object.defineProperties({}, Object.fromEntries((Object.keys(CREATE) as DecisionId[]).map((id) => [
  id, { enumerable: true, get: () => (created[id] ??= CREATE[id]()) },
]))) as Readonly<Record<DecisionId, AnyStateMachine>>;

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

const names = new WeakMap<object, string>();

/** Dotted path of a (possibly nested) state value, e.g. "bargaining.response". State values are never changed in
 *  place, so a nested one's name is worked out once (the phase is asked for at every step). */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  let name = names.get(value as object);
  if (name === undefined) {
    const [key, child] = Object.entries(value as Record<string, unknown>)[0]!;
    names.set(value as object, (name = `${key}.${stateName(child)}`));
  }
  return name;
}

export interface Step { snapshot: MachineSnapshot; effects: EffectsParams[]; changed: boolean }

/** transition() is pure, so its results are memoised per machine (bounded): games revisit the same steps again
 *  and again, and one transition costs tens of microseconds. A decision event carries every track, but a guard reads
 *  only one or two: each memo entry keeps the tracks its transition read (through a recording proxy), and answers
 *  any later event whose tracks agree on those. Snapshots are immutable and the memo hands the same snapshot objects
 *  back, so a first level keyed by the snapshot object itself answers most steps without serialising it. */
interface Entry { reads: Read[]; step: Step }
/** One track a transition looked at: its name, its value, and whether the event had it at all. */
type Read = readonly [TrackId, number | undefined, boolean];
type Tracks = Partial<Record<TrackId, number>>;

const byValue = new WeakMap<AnyStateMachine, Map<string, Entry[]>>();
const bySnapshot = new WeakMap<MachineSnapshot, Map<string, Entry[]>>();
const MEMO_LIMIT = 20_000;
/** Most entries kept per (snapshot, event): distinct combinations of the tracks a guard reads are few. */
const READS_LIMIT = 256;

const typeKeys = new Map<string, string>();

/** A key of the event without its tracks (the other fields are strings and numbers, e.g. a faction or a count).
 *  Most events are a type and perhaps tracks: their key is built once per type and handed back as the same string,
 *  whose hash the memo's maps then need not work out again. */
function restKey(event: Record<string, unknown>): string {
  for (const k in event) if (k !== 'type' && k !== 'tracks') return fullKey(event);
  if (typeof event.type !== 'string') return fullKey(event);
  let key = typeKeys.get(event.type);
  if (key === undefined) typeKeys.set(event.type, (key = fullKey(event)));
  return key;
}

function fullKey(event: Record<string, unknown>): string {
  let key = '';
  for (const k in event) {
    if (k === 'tracks') continue;
    const v = event[k];
    key += v !== null && typeof v === 'object' ? `${k}=${JSON.stringify(v)};` : `${k}:${typeof v}:${String(v)};`;
  }
  return key;
}

const tracksOf = (event: Record<string, unknown>): Tracks | undefined => {
  const t = event.tracks;
  return t !== null && typeof t === 'object' ? (t as Tracks) : undefined;
};

function find(entries: readonly Entry[] | undefined, tracks: Tracks | undefined): Entry | undefined {
  if (!entries) return undefined;
  // Indexed loops without destructuring: this is asked at nearly every step of every game.
  outer: for (let i = 0; i < entries.length; i++) {
    const reads = entries[i]!.reads;
    for (let j = 0; j < reads.length; j++) {
      const [id, value, present] = reads[j]!;
      if (!tracks || tracks[id] !== value || (id in tracks) !== present) continue outer;
    }
    return entries[i];
  }
  return undefined;
}

/** Sends one event; `changed` is false when the statechart has no transition for it (nothing happens).
 *  Re-entering the same state still counts: its entry effects run again (a zone's cost repeats).
 *  The returned step is shared: treat it as read-only. */
export function step(machine: AnyStateMachine, from: MachineSnapshot, event: { type: string; [k: string]: unknown }): Step {
  const rest = restKey(event);
  const tracks = tracksOf(event);
  let local = bySnapshot.get(from);
  const seen = find(local?.get(rest), tracks);
  if (seen) return seen.step;
  const { step, reads } = stepByValue(machine, from, event, rest, tracks);
  if (reads) {
    if (!local) bySnapshot.set(from, (local = new Map()));
    remember(local, rest, reads, step);
  }
  return step;
}

function remember(cache: Map<string, Entry[]>, key: string, reads: Read[], step: Step): void {
  let entries = cache.get(key);
  if (!entries) cache.set(key, (entries = []));
  if (entries.length < READS_LIMIT) entries.push({ reads, step });
}

const snapshotKeys = new WeakMap<MachineSnapshot, string>();

/** A snapshot's value and context as a string, worked out once per snapshot object: a state rebuilt outside the
 *  rules (a bot's determinized guess) brings new snapshot objects, each then asked for several events. */
export function snapshotKey(snap: MachineSnapshot): string {
  let key = snapshotKeys.get(snap);
  if (key === undefined) snapshotKeys.set(snap, (key = JSON.stringify([snap.value, snap.context])));
  return key;
}

/** The memo by value: the snapshot's value and context and the event without its tracks. A transition that looked
 *  at the tracks as a whole (`reads` null) is not kept. */
function stepByValue(machine: AnyStateMachine, from: MachineSnapshot, event: Record<string, unknown>, rest: string, tracks: Tracks | undefined): { step: Step; reads: Read[] | null } {
  let cache = byValue.get(machine);
  if (!cache) byValue.set(machine, (cache = new Map()));
  const key = snapshotKey(from) + rest;
  const hit = find(cache.get(key), tracks);
  if (hit) return { reads: hit.reads, step: hit.step.changed ? hit.step : { ...hit.step, snapshot: from } };
  const done = transitionOnce(machine, from, event);
  if (done.reads) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    remember(cache, key, done.reads, done.step);
  }
  return done;
}

/** Runs XState's transition() with the event's tracks behind a proxy that records which tracks the guards read;
 *  `reads` is null when something enumerated the tracks. */
function transitionOnce(machine: AnyStateMachine, from: MachineSnapshot, event: Record<string, unknown>): { step: Step; reads: Read[] | null } {
  const tracks = tracksOf(event);
  const reads: Read[] = [];
  let whole = false;
  const note = (id: string | symbol) => {
    if (typeof id !== 'string') { whole = true; return; }
    if (!reads.some(([r]) => r === id)) reads.push([id as TrackId, tracks![id as TrackId], id in tracks!]);
  };
  const watched = tracks ? {
    ...event,
    tracks: new Proxy(tracks, {
      get: (t, id) => { note(id); return Reflect.get(t, id); },
      has: (t, id) => { note(id); return Reflect.has(t, id); },
      ownKeys: (t) => { whole = true; return Reflect.ownKeys(t); },
      getOwnPropertyDescriptor: (t, id) => { whole = true; return Reflect.getOwnPropertyDescriptor(t, id); },
    }),
  } : event;
  const current = machine.resolveState(from as never);
  const [next, actions] = transition(machine, current, watched as never);
  const effects = effectParams(actions);
  const changed = next !== current || effects.length > 0;
  return { step: { snapshot: changed ? persist(next) : from, effects, changed }, reads: whole ? null : reads };
}

export function decisionEvent(type: string, tracks: Partial<Record<TrackId, number>>) {
  return { type, tracks };
}

function effectParams(actions: readonly { type: string; params?: unknown }[]): EffectsParams[] {
  return actions.filter((a) => a.type === 'effects').map((a) => a.params as EffectsParams);
}
