// Plays N headless games of a scenario and prints the end-state distribution, win rates and speed.
// Usage: npm run simulate -- --scenario ultimatum --games 1000 --seed 1 [--bots random|historical] [--json]
import { parseArgs } from 'node:util';
import { historicalAction } from '../game/ai/historical';
import { everyone, playGame, randomPolicy, type Policy } from '../game/ai/play-game';
import { FACTIONS, type Faction, type Rules } from '../game/rules';
import { rulesForScenario } from './scenario-files';

const BOTS: Record<string, (rules: Rules, seed: number) => Policy> = {
  random: (_rules, seed) => randomPolicy(seed),
  historical: (rules) => (view, faction, legal) => historicalAction(rules.scenario, view, faction, legal),
};

export interface SimulationResult {
  scenario: string; games: number; seed: number; bots: string;
  endStates: Record<string, number>; winRates: Record<Faction, number>; meanTurns: number; gamesPerSecond: number;
}

export function simulate(rules: Rules, games: number, seed: number, bots: string, onProgress?: (done: number) => void): SimulationResult {
  const endStates: Record<string, number> = {};
  const wins = Object.fromEntries(FACTIONS.map((f) => [f, 0])) as Record<Faction, number>;
  let turns = 0;
  const t0 = performance.now();
  for (let g = 0; g < games; g++) {
    const s = seed + g;
    const { state } = playGame(rules, s, everyone(BOTS[bots]!(rules, Math.imul(s, 2654435761))));
    const out = state.outcome!;
    endStates[out.endState] = (endStates[out.endState] ?? 0) + 1;
    for (const f of out.winners) wins[f] += 1 / out.winners.length;
    turns += out.turn;
    onProgress?.(g + 1);
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    scenario: rules.scenario.id, games, seed, bots, endStates,
    winRates: Object.fromEntries(FACTIONS.map((f) => [f, +(wins[f] / games).toFixed(3)])) as Record<Faction, number>,
    meanTurns: +(turns / games).toFixed(2),
    gamesPerSecond: Math.round(games / seconds),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'ultimatum' }, games: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' }, bots: { type: 'string', default: 'random' }, json: { type: 'boolean', default: false },
    },
  });
  const games = Number(values.games);
  const seed = Number(values.seed);
  if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed)) fail('--games must be a positive integer and --seed an integer');
  if (!(values.bots! in BOTS)) fail(`--bots must be one of: ${Object.keys(BOTS).join(', ')}`);
  let rules: Rules;
  try { rules = rulesForScenario(values.scenario!); } catch (e) { return fail(`Cannot load scenario "${values.scenario}":\n${(e as Error).message}`); }

  const bar = process.stderr.isTTY && !values.json
    ? (done: number) => { if (done % 25 === 0 || done === games) process.stderr.write(`\r[${'#'.repeat(Math.round((done / games) * 30)).padEnd(30)}] ${done}/${games}`); }
    : undefined;
  const r = simulate(rules, games, seed, values.bots!, bar);
  if (bar) process.stderr.write('\n');
  if (values.json) return void console.log(JSON.stringify(r));
  console.log(`${r.scenario}: ${games} games from seed ${seed}, ${r.bots} play, ${r.gamesPerSecond} games/s, mean ${r.meanTurns} turns`);
  console.table(Object.fromEntries(Object.entries(r.endStates).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, { games: v, share: `${((v / games) * 100).toFixed(1)} %` }])));
  console.table(r.winRates);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (process.argv[1]?.endsWith('simulate.ts')) main();
