// Plays a determinized state forward through the rules with greedy players: the bot as itself, the others as
// it imagines them (their historical leaderships, choosing loosely): the rollouts of look-ahead.ts. Steps go through
// the rules' lean apply: nobody reads a rollout's log or track history.
import type { Faction, GameState } from '../rules/types';
import { sampleByValue, type OfferMemo } from './greedy';
import type { ScenarioModel } from './model';
import { personaOf, type Persona } from './personas';
import { rankRemembered } from './rank-memo';

/** How loosely the bot imagines the others' moves in a rollout (softmax temperature, in points). */
const ROLLOUT_TEMPERATURE = 0.5;

/** Plays on until turn `lastTurn` has been resolved or the game is over. */
export function playOn(model: ScenarioModel, start: GameState, faction: Faction, persona: Persona, lastTurn: number, rng: number, memo?: OfferMemo): GameState {
  const { rules } = model;
  let state = start;
  let r = rng;
  while (!state.outcome && state.turn <= lastTurn) {
    const actor = rules.activeFactions(state)[0]!;
    const ranked = rankRemembered(model, rules.leanView(state, actor), actor, rules.leanLegalActions(state, actor), actor === faction ? persona : personaOf(actor, 'historical'), memo);
    let pick = ranked[0]!;
    if (actor !== faction) [pick, r] = sampleByValue(ranked, r, ROLLOUT_TEMPERATURE);
    const next = rules.applyLean(state, actor, pick.action);
    if (!next.ok) throw new Error(`playOn: the rules refused a legal action (${next.error.message})`);
    state = next.state;
  }
  return state;
}
