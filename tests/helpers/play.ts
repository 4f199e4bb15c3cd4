// Test drivers over game/ai/play-game: a game chosen by a list of numbers (fast-check shrinks it) or by a seed.
import { everyone, playGame, type PlayedGame } from '../../game/ai/play-game';
import type { GameState, Rules } from '../../game/rules';
import { nextInt } from '../../game/rules/rng';

/** Plays until the game ends (from `start`, by default the setup); `pick(n)` chooses one of n legal actions. Fails
 *  loudly on a dead end. */
export function playOut(rules: Rules, seed: number, pick: (n: number) => number, start?: GameState): PlayedGame {
  return playGame(rules, seed, everyone((_v, _f, legal) => legal[pick(legal.length) % legal.length]!), 1000, start);
}

/** A chooser driven by a list of numbers, cycling when it runs out. */
export function fromList(choices: readonly number[]): (n: number) => number {
  let i = 0;
  return (n) => (choices.length ? choices[i++ % choices.length]! % n : 0);
}

/** A chooser driven by the rules' own generator, for many-seed runs. */
export function seeded(seed: number): (n: number) => number {
  let r = seed >>> 0;
  return (n) => { let v: number; [v, r] = nextInt(r, n); return v; };
}
