// A faction's reading of a position: the victory points it can expect from the scenario's objectives and end
// states (graded by how near each condition is), a rival's expected points held against it, and its persona's weights.
import { FACTIONS, TRACKS } from '../rules';
import type { Condition, DecisionId, Faction, Outcome, TrackId } from '../rules/types';
import type { ScenarioModel } from './model';
import type { Persona, Stance } from './personas';

/** The part of a view that evaluation reads; tracks may hold fractions (expected values). */
export interface World {
  tracks: Partial<Record<TrackId, number>>;
  decisions: Partial<Record<DecisionId, string>>;
  turn: number;
  outcome: Outcome | null;
}

/** Tracks by index (TRACK_INDEX), NaN where the scenario has none: conditions and weights, compiled to indices,
 *  read them without a lookup by name on records of many shapes (one per scenario, frozen or not). */
export const TRACK_IDS = Object.keys(TRACKS) as TrackId[];
export const TRACK_INDEX = Object.fromEntries(TRACK_IDS.map((t, i) => [t, i])) as Record<TrackId, number>;

/** A world that bots play effects onto (see copyWorld): its tracks as values by index. Its `tracks` record, for
 *  reasons only, is written out on each read with the keys of the world it was copied from, in their order. */
export class Sketch implements World {
  constructor(
    readonly values: number[],
    public decisions: Partial<Record<DecisionId, string>>,
    /** Whether `decisions` is this sketch's own copy or still the copied world's (copied on the first change). */
    public ownDecisions: boolean,
    readonly turn: number,
    readonly outcome: Outcome | null,
    readonly order: World['tracks'],
  ) {}

  get tracks(): Partial<Record<TrackId, number>> {
    const tracks: Partial<Record<TrackId, number>> = {};
    for (const t in this.order) tracks[t as TrackId] = this.values[TRACK_INDEX[t as TrackId]];
    return tracks;
  }
}

const NONE: readonly number[] = TRACK_IDS.map(() => NaN);
/** The last frozen tracks record gathered, and its values: a ranking copies and scores the same view again and again. */
let lastTracks: World['tracks'] | undefined;
let lastValues: readonly number[] = NONE;

/** A world's track values by index, not to be changed. */
export function valuesOf(world: World): readonly number[] {
  if (world instanceof Sketch) return world.values;
  const { tracks } = world;
  if (tracks === lastTracks) return lastValues;
  const values = NONE.slice();
  for (const t in tracks) values[TRACK_INDEX[t as TrackId]] = tracks[t as TrackId] ?? NaN;
  if (Object.isFrozen(tracks)) [lastTracks, lastValues] = [tracks, values];
  return values;
}

/** One reason a position is worth what it is, for explanations. */
export interface Term { kind: 'objective' | 'end' | 'track'; id: string; value: number }

/** A decision state one event away counts this much of being there; two events away, its square. */
const DECISION_NEARNESS = 0.3;

/** A condition compiled for one scenario model: how nearly it holds in a world (its track values passed by
 *  index), from 0 to 1 (1: it holds). */
type Near = (values: readonly number[], world: World) => number;

// Conditions are compiled once per model into closures: evaluation runs for every candidate of every decision of
// every rollout, and the generic reading of a condition (which kind, which step, which distances) dominated it.
const compiledByModel = new WeakMap<ScenarioModel, WeakMap<object, Near>>();

function compiled(model: ScenarioModel): WeakMap<object, Near> {
  let byCondition = compiledByModel.get(model);
  if (!byCondition) compiledByModel.set(model, (byCondition = new WeakMap()));
  return byCondition;
}

/** How nearly all the conditions hold: the product of each one's nearness. A track's shortfall is graded in its typical moves. */
function nearness(model: ScenarioModel, world: World, conditions: readonly Condition[]): number {
  const cache = compiled(model);
  let near = cache.get(conditions);
  if (!near) cache.set(conditions, (near = compileAll(model, conditions)));
  return near(valuesOf(world), world);
}

function compileAll(model: ScenarioModel, conditions: readonly Condition[]): Near {
  const parts = conditions.map((c) => compileOne(model, c));
  if (parts.length === 1) return parts[0]!;
  return (values, world) => {
    let product = 1;
    for (const part of parts) {
      product *= part(values, world);
      if (product === 0) break;
    }
    return product;
  };
}

function compileOne(model: ScenarioModel, c: Condition): Near {
  if ('track' in c) {
    const { track, min, max } = c;
    const scale = 1.5 * model.step(track);
    const index = TRACK_INDEX[track];
    // Whole gaps (most: views hold whole values) read the same figures worked out once.
    const whole = Array.from({ length: 101 }, (_, gap) => Math.exp(-gap / scale));
    return (values) => {
      const v = values[index]!;
      if (v !== v) return 0; // NaN: no such track
      const gap = min !== undefined && v < min ? min - v : max !== undefined && v > max ? v - max : 0;
      return gap === 0 ? 1 : (gap | 0) === gap && gap <= 100 ? whole[gap]! : Math.exp(-gap / scale);
    };
  }
  if ('decision' in c) {
    const { decision, in: targets } = c;
    // The nearness from each state the decision has been seen in, computed on first sight.
    const fromState = new Map<string, number>();
    return (_, world) => {
      const now = world.decisions[decision];
      if (now === undefined) return 0;
      let near = fromState.get(now);
      if (near === undefined) {
        let nearest = Infinity;
        for (const target of targets) nearest = Math.min(nearest, model.distance(decision, now, target) ?? Infinity);
        near = nearest === Infinity ? 0 : DECISION_NEARNESS ** nearest;
        fromState.set(now, near);
      }
      return near;
    };
  }
  if ('any' in c || 'not' in c) {
    const any = 'any' in c;
    const parts = (any ? c.any : c.not).map((x) => compileOne(model, x));
    return (values, world) => {
      let best = 0;
      for (const part of parts) best = Math.max(best, part(values, world));
      return any ? best : 1 - best;
    };
  }
  const { min, max } = c.turn;
  return (_, world) => ((min === undefined || world.turn >= min) && (max === undefined || world.turn <= max) ? 1 : 0);
}

export const holdsIn = (model: ScenarioModel, world: World, conditions: readonly Condition[]) => nearness(model, world, conditions) === 1;

/** A scenario's objectives and end chain with their conditions compiled, and each weighting as a list of terms. */
interface Scoring {
  objectives: { id: string; faction: Faction; index: number; vp: number; near: Near }[];
  ends: { id: string; vp: Record<Faction, number>; near: Near }[];
  personas: WeakMap<Persona, Compiled>;
}

const scoringByModel = new WeakMap<ScenarioModel, Scoring>();

function scoringOf(model: ScenarioModel): Scoring {
  let s = scoringByModel.get(model);
  if (!s) {
    s = {
      objectives: model.scenario.objectives.map((o) => ({ id: o.id, faction: o.faction, index: FACTION_INDEX[o.faction], vp: o.vp, near: compileAll(model, o.condition) })),
      ends: model.endChain.map((e) => ({ id: e.id, vp: e.vp, near: compileAll(model, e.trigger) })),
      personas: new WeakMap(),
    };
    scoringByModel.set(model, s);
  }
  return s;
}

const FACTION_INDEX: Record<Faction, number> = { belarus: 0, russia: 1, nato: 2 };
/** expectedVp's answer, reused: evaluation runs thousands of times a game and reads it at once. */
const VP = new Float64Array(3);

/** Every faction's expected victory points (in VP, by FACTIONS' order): objectives by nearness, and end states as a
 *  chain in the rules' order of checking (immediate ones first, then final ones by priority), each taking its share
 *  of what the earlier left. `explain` collects the terms behind one faction's figure. */
function expectedVp(scoring: Scoring, values: readonly number[], world: World, explain?: { faction: Faction; terms: Term[] }): Float64Array {
  if (world.outcome) {
    const { vp } = world.outcome;
    VP[0] = vp.belarus; VP[1] = vp.russia; VP[2] = vp.nato;
    return VP;
  }
  VP.fill(0);
  for (const o of scoring.objectives) {
    const v = o.vp * o.near(values, world);
    VP[o.index] = VP[o.index]! + v;
    if (explain?.faction === o.faction) explain.terms.push({ kind: 'objective', id: o.id, value: v });
  }
  let left = 1;
  for (const e of scoring.ends) {
    const share = left * e.near(values, world) ** 2;
    left -= share;
    VP[0] = VP[0]! + share * e.vp.belarus;
    VP[1] = VP[1]! + share * e.vp.russia;
    VP[2] = VP[2]! + share * e.vp.nato;
    explain?.terms.push({ kind: 'end', id: e.id, value: share * e.vp[explain.faction] });
    if (left <= 0) break;
  }
  return VP;
}

type Lean = { track: TrackId; index: number; weight: number; min: number; range: number }[];
/** A persona compiled for one model: its stances' thresholds, and each weighting (its own and each stance's) as
 *  a lean: the non-zero weights in their key order, each with its track's range. */
interface Compiled { stances: { stance: Stance; holds: Near; lean: Lean }[]; lean: Lean }

function compiledPersona(scoring: Scoring, model: ScenarioModel, persona: Persona): Compiled {
  let c = scoring.personas.get(persona);
  if (!c) {
    const stances = persona.stances.map((stance) => ({ stance, holds: compileAll(model, stance.when), lean: leanOf(stance.weights) }));
    scoring.personas.set(persona, (c = { stances, lean: leanOf(persona.weights) }));
  }
  return c;
}

function leanOf(weights: Persona['weights']): Lean {
  const lean: Lean = [];
  for (const key in weights) {
    const track = key as TrackId;
    if (weights[track]) lean.push({ track, index: TRACK_INDEX[track], weight: weights[track], min: TRACKS[track].min, range: TRACKS[track].max - TRACKS[track].min });
  }
  return lean;
}

/** The persona's stance in this world (first whose threshold holds), or none (its default line). */
function stanceIn(c: Compiled, values: readonly number[], world: World): Compiled['stances'][number] | null {
  for (const s of c.stances) if (s.holds(values, world) === 1) return s;
  return null;
}

export function stanceOf(model: ScenarioModel, world: World, persona: Persona): Stance | null {
  const scoring = scoringOf(model);
  return stanceIn(compiledPersona(scoring, model, persona), valuesOf(world), world)?.stance ?? null;
}

/** A faction's score of a world under a persona: its expected points, minus a rival's, plus its persona's weights. */
export function evaluate(model: ScenarioModel, world: World, faction: Faction, persona: Persona, terms?: Term[]): number {
  const scoring = scoringOf(model);
  const values = valuesOf(world);
  const vp = expectedVp(scoring, values, world, terms && { faction, terms });
  const mine = FACTION_INDEX[faction];
  let rival = -Infinity;
  for (let i = 0; i < 3; i++) if (i !== mine) rival = Math.max(rival, vp[i]!);
  const c = compiledPersona(scoring, model, persona);
  let lean = 0;
  for (const { track, index, weight, min, range } of (stanceIn(c, values, world) ?? c).lean) {
    const v = values[index]!;
    if (v !== v) continue;
    const value = (weight * (v - min)) / range;
    lean += value;
    terms?.push({ kind: 'track', id: track, value });
  }
  return vp[mine]! - persona.rivalry * rival + lean;
}
