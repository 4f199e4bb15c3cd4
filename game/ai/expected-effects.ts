// The expected immediate result of playing effects, read from the card data alone: a roll moves tracks by its
// odds, a condition is tested now, a decision event follows its statechart's first transition. The easy bots'
// whole foresight, and the first sort of candidates for the others.
import { TRACKS } from '../rules';
import type { Effect, Modifier } from '../rules/types';
import { holdsIn, Sketch, TRACK_IDS, TRACK_INDEX, valuesOf, type World } from './evaluate';
import type { ScenarioModel } from './model';

/** A copy to play effects onto: spreading records of many shapes (frozen ones among them) was V8's slow generic copy. */
export function copyWorld(world: World): Sketch {
  const values = valuesOf(world).slice();
  return new Sketch(values, world.decisions, false, world.turn, world.outcome, world instanceof Sketch ? world.order : world.tracks);
}

const MIN = TRACK_IDS.map((t) => TRACKS[t].min);
const MAX = TRACK_IDS.map((t) => TRACKS[t].max);

/** Plays effects onto a world (changed in place) with a weight: the probability that they happen at all. */
export function playEffects(model: ScenarioModel, world: Sketch, effects: readonly Effect[], weight = 1): void {
  const { values } = world;
  for (const e of effects) {
    if ('track' in e) {
      const i = TRACK_INDEX[e.track];
      const v = values[i]!;
      if (v === v) values[i] = Math.max(MIN[i]!, Math.min(MAX[i]!, v + weight * e.delta)); // NaN: no such track
    } else if ('decision' in e) {
      // A state change is all or nothing: it counts when it is more likely than not.
      const now = world.decisions[e.decision];
      const to = now === undefined ? undefined : model.transitions.get(e.decision)?.get(`${now}|${e.event}`);
      if (to !== undefined && weight >= 0.5) {
        if (!world.ownDecisions) [world.decisions, world.ownDecisions] = [{ ...world.decisions }, true];
        world.decisions[e.decision] = to;
      }
    } else if ('roll' in e) {
      const p = chanceOf(values, e.roll.chance, e.roll.modifiers) / 100;
      playEffects(model, world, e.success, weight * p);
      playEffects(model, world, e.failure, weight * (1 - p));
    } else playEffects(model, world, holdsIn(model, world, e.if) ? e.then : e.else ?? [], weight);
  }
}

/** The odds the rules show before a roll (effects/run-effects.ts rollChance, which takes a whole GameState). */
function chanceOf(values: readonly number[], base: number, modifiers: readonly Modifier[] = []): number {
  const mod = modifiers.reduce((sum, m) => {
    const v = values[TRACK_INDEX[m.track]]!;
    return sum + ((v === v ? v : m.pivot) - m.pivot) * m.per;
  }, 0);
  return Math.max(0, Math.min(100, Math.round(base + mod)));
}
