// Games per second through the rules on one core: random play (the rules alone) and standard bots (as bench.ts),
// per second of wall time and of CPU time, best of --repeat runs since other work shares the machine.
// Usage: tsx scripts/bench/rules-speed.ts [--random 300] [--bots 40] [--repeat 3]. Figures, not tests; pair with
// `node --cpu-prof` to find where the time goes.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseBots, seatPolicies } from '../../game/ai/bot-spec';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import type { Rules } from '../../game/rules';
import { rulesForScenario, scenarioIds } from '../scenario-files';

const { values } = parseArgs({ options: { random: { type: 'string', default: '300' }, bots: { type: 'string', default: '40' }, repeat: { type: 'string', default: '3' } } });
const all = scenarioIds().map(rulesForScenario);
const seats = parseBots('opportunist:standard');

/** Games per second of wall time and of this process's CPU time (user + system): on a shared machine wall time
 *  also counts the waits for a core. */
function rate(games: number, play: (rules: Rules, seed: number) => void, firstSeed = 1): { wall: number; cpu: number } {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  for (let g = 0; g < games; g++) play(all[g % all.length]!, firstSeed + g);
  const { user, system } = process.cpuUsage(c0);
  return { wall: games / ((performance.now() - t0) / 1000), cpu: games / ((user + system) / 1e6) };
}
const random = (rules: Rules, seed: number) => { playGame(rules, seed, everyone(randomPolicy(seed))); };
const standard = (rules: Rules, seed: number) => { playGame(rules, seed, seatPolicies(rules.scenario, seats, seed)); };

rate(all.length * 2, random, 9000);
rate(all.length, standard, 9000);
function best(games: number, play: typeof random): { wall: number; cpu: number } {
  // Each run plays games of its own seeds: the bots remember rankings across games, and a repeat of the same games
  // would find them all in memory.
  const runs = Array.from({ length: Number(values.repeat) }, (_, r) => rate(games, play, 1 + r * games));
  return { wall: +Math.max(...runs.map((r) => r.wall)).toFixed(1), cpu: +Math.max(...runs.map((r) => r.cpu)).toFixed(1) };
}
const load1 = loadavg()[0]!.toFixed(2);
console.log(JSON.stringify({ randomGamesPerSecond: best(Number(values.random), random), standardGamesPerSecond: best(Number(values.bots), standard), load1 }));
