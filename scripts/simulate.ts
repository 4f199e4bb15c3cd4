// Plays N headless games of a scenario with random legal play and prints the end-state distribution.
// Usage: npm run simulate -- --scenario ultimatum --games 1000 --seed 1 [--json]
import { parseArgs } from 'node:util';
import { FACTIONS, type Faction } from '../game/rules';
import { playOut, seeded } from '../tests/helpers/play';
import { rulesForScenario } from '../tests/helpers/scenario-files';

const { values } = parseArgs({
  options: { scenario: { type: 'string', default: 'ultimatum' }, games: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } },
});
const games = Number(values.games);
const seed = Number(values.seed);
if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed)) {
  console.error('--games must be a positive integer and --seed an integer');
  process.exit(2);
}

let rules;
try { rules = rulesForScenario(values.scenario!); } catch (e) {
  console.error(`Cannot load scenario "${values.scenario}":\n${(e as Error).message}`);
  process.exit(2);
}

const endStates: Record<string, number> = {};
const wins = Object.fromEntries(FACTIONS.map((f) => [f, 0])) as Record<Faction, number>;
let turns = 0;
const progress = process.stderr.isTTY && !values.json;
const t0 = performance.now();
for (let g = 0; g < games; g++) {
  const s = seed + g;
  const { state } = playOut(rules, s, seeded(s * 2654435761));
  const out = state.outcome!;
  endStates[out.endState] = (endStates[out.endState] ?? 0) + 1;
  for (const f of out.winners) wins[f] += 1 / out.winners.length;
  turns += out.turn;
  if (progress && g % 50 === 0) process.stderr.write(`\r[${'#'.repeat(Math.round((g / games) * 30)).padEnd(30)}] ${g}/${games}`);
}
if (progress) process.stderr.write('\r'.padEnd(50) + '\r');
const seconds = (performance.now() - t0) / 1000;
const result = {
  scenario: rules.scenario.id, games, seed, endStates,
  winRates: Object.fromEntries(FACTIONS.map((f) => [f, +(wins[f] / games).toFixed(3)])),
  meanTurns: +(turns / games).toFixed(2),
  gamesPerSecond: Math.round(games / seconds),
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`${result.scenario}: ${games} games from seed ${seed} (random legal play), ${result.gamesPerSecond} games/s, mean ${result.meanTurns} turns`);
  console.table(Object.fromEntries(Object.entries(endStates).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, { games: v, share: `${((v / games) * 100).toFixed(1)} %` }])));
  console.table(result.winRates);
}
