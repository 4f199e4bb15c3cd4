// The expected immediate result of playing effects, read from the card data alone: a roll moves tracks by its
// odds, a condition is tested now, a decision event follows its statechart's first transition. The easy bots'
// whole foresight, and the first sort of candidates for the others.
import { TRACKS } from '../rules';
import type { Effect, Modifier } from '../rules/types';
import type { World } from './evaluate';
import { holdsIn } from './evaluate';
import type { ScenarioModel } from './model';

export function copyWorld(world: World): World {
  return { tracks: { ...world.tracks }, decisions: { ...world.decisions }, turn: world.turn, outcome: world.outcome };
}

/** Plays effects onto a world (changed in place) with a weight: the probability that they happen at all. */
export function playEffects(model: ScenarioModel, world: World, effects: readonly Effect[], weight = 1): void {
  for (const e of effects) {
    if ('track' in e) {
      const v = world.tracks[e.track];
      if (v !== undefined) world.tracks[e.track] = Math.max(TRACKS[e.track].min, Math.min(TRACKS[e.track].max, v + weight * e.delta));
    } else if ('decision' in e) {
      // A state change is all or nothing: it counts when it is more likely than not.
      const now = world.decisions[e.decision];
      const to = now === undefined ? undefined : model.transitions.get(e.decision)?.get(`${now}|${e.event}`);
      if (to !== undefined && weight >= 0.5) world.decisions[e.decision] = to;
    } else if ('roll' in e) {
      const p = chanceOf(world, e.roll.chance, e.roll.modifiers) / 100;
      playEffects(model, world, e.success, weight * p);
      playEffects(model, world, e.failure, weight * (1 - p));
    } else playEffects(model, world, holdsIn(model, world, e.if) ? e.then : e.else ?? [], weight);
  }
}

/** The odds the rules show before a roll (effects/run-effects.ts rollChance, which takes a whole GameState). */
function chanceOf(world: World, base: number, modifiers: readonly Modifier[] = []): number {
  const mod = modifiers.reduce((sum, m) => sum + ((world.tracks[m.track] ?? m.pivot) - m.pivot) * m.per, 0);
  return Math.max(0, Math.min(100, Math.round(base + mod)));
}
