// Search over the rules themselves (determinized Monte Carlo): the greedy sort's best few candidates, each played
// through the rules on the same sampled states (the hidden parts drawn from the bot's generator), scored at a
// horizon and averaged. Standard: one sample, to the end of the turn. Expert: more candidates and samples, a turn deeper.
import { nextInt } from '../rules/rng';
import type { Faction, GameState, PlayerView, TrackId } from '../rules/types';
import { evaluate, type World } from './evaluate';
import { determinize } from './determinize';
import type { OfferMemo } from './greedy';
import type { ScenarioModel } from './model';
import type { Persona } from './personas';
import { playOn } from './play-on';
import type { Choice } from './rank-memo';

export interface SearchBudget {
  /** How many of the greedy sort's best candidates are searched. */
  width: number;
  /** Determinized samples of the hidden parts; every candidate is played on each. */
  samples: number;
  /** Turns played beyond the current one before the position is scored. */
  depth: number;
}

export const STANDARD: SearchBudget = { width: 5, samples: 1, depth: 0 };
/** At a table, when the best two answers are close: those two, played to the end of the turn (a third bought no
 *  wins against easy bots). */
export const TABLE_STANDARD: SearchBudget = { width: 2, samples: 1, depth: 0 };
export const EXPERT: SearchBudget = { width: 8, samples: 8, depth: 1 };

/** A searched candidate and the mean world its rollouts reached (for the reason). */
export interface Outlook<C extends Choice = Choice> { candidate: C; world: World }
interface Searched { best: Outlook; runnerUp: Outlook | null; rollouts: number }

interface Context { model: ScenarioModel; view: PlayerView; faction: Faction; persona: Persona }

/** What the rollouts of one candidate have reached so far. As an outlook, its world is the mean of the worlds they
 *  reached, worked out when first read: only a reason reads it, and headless batches read none. */
class Tally implements Outlook {
  n = 0;
  sum = 0;
  private worlds: World[] = [];
  private averaged: World | undefined;
  constructor(readonly candidate: Choice) {}

  add(value: number, world: World): void {
    this.n += 1;
    this.sum += value;
    this.worlds.push(world);
  }

  get mean(): number { return this.sum / this.n; }

  get world(): World {
    if (!this.averaged) {
      const tracks: Partial<Record<TrackId, number>> = {};
      for (const w of this.worlds) for (const t in w.tracks) tracks[t as TrackId] = (tracks[t as TrackId] ?? 0) + w.tracks[t as TrackId]!;
      for (const t in tracks) tracks[t as TrackId]! /= this.n;
      this.averaged = { ...this.worlds[this.n - 1]!, tracks };
    }
    return this.averaged;
  }
}

/** One rollout: the candidate played on a determinized state, scored by the faction once the horizon is reached. */
function rollout(ctx: Context, state: GameState, tally: Tally, depth: number, rng: number, memo: OfferMemo): void {
  const { model, view, faction, persona } = ctx;
  const first = model.rules.applyLean(state, faction, tally.candidate.action);
  if (!first.ok) throw new Error(`look-ahead: the rules refused a legal action (${first.error.message})`);
  const end = playOn(model, first.state, faction, persona, view.turn + depth, rng, memo);
  const seen = model.rules.position(end);
  tally.add(evaluate(model, seen, faction, persona), seen);
}

/** Every candidate on the same samples (common random numbers), so that the differences are its own. */
export function lookAhead(ctx: Context, ranked: readonly Choice[], rng: number, budget: SearchBudget): Searched {
  const tallies = ranked.slice(0, budget.width).map((c) => new Tally(c));
  const memo: OfferMemo = new Map();
  let r = rng;
  for (let i = 0; i < budget.samples; i++) {
    let state: GameState;
    let dice: number;
    [state, r] = determinize(ctx.model, ctx.view, ctx.faction, r);
    [dice, r] = nextInt(r, 0x7fffffff);
    for (const t of tallies) rollout(ctx, state, t, budget.depth, dice, memo);
  }
  return result(tallies, budget.samples * tallies.length);
}

function result(tallies: readonly Tally[], rollouts: number): Searched {
  const k = argmax(tallies.map((t) => t.mean));
  const others = tallies.filter((_, j) => j !== k);
  const second = others.length ? others[argmax(others.map((t) => t.mean))]! : null;
  return { best: tallies[k]!, runnerUp: second, rollouts };
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}
