// Plays every scenario with the historical players and sets the most frequent end beside history's own.
// Usage: npm run calibrate [-- --games 1000 --json]. Balance uses random legal play until the bots exist.
import { parseArgs } from 'node:util';
import { FACTIONS, rulesFor } from '../game/rules';
import { loadScenario, scenarioIds } from './scenario-files';
import { simulate } from './simulate';

const { values } = parseArgs({ options: { games: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false } } });
const games = Number(values.games);

const scenarios: Record<string, { historical: string; mostFrequent: string; distribution: Record<string, number> }> = {};
const balance = Object.fromEntries(FACTIONS.map((f) => [f, 0]));
const seen = new Set<string>();
const ids = scenarioIds();
for (const id of ids) {
  const rules = rulesFor(loadScenario(id));
  const hist = simulate(rules, games, 1, 'historical');
  const random = simulate(rules, games, 1, 'random');
  const mostFrequent = Object.entries(hist.endStates).sort((a, b) => b[1] - a[1])[0]![0];
  scenarios[id] = { historical: rules.scenario.history.endState, mostFrequent, distribution: hist.endStates };
  for (const f of FACTIONS) balance[f]! += random.winRates[f] / ids.length;
  for (const e of [...Object.keys(hist.endStates), ...Object.keys(random.endStates)]) seen.add(e);
}
const result = {
  scenarios,
  balance: Object.fromEntries(Object.entries(balance).map(([f, v]) => [f, +v.toFixed(3)])),
  balanceNote: 'win rates under random legal play for all factions (the standard bots do not exist yet)',
  endStatesSeen: [...seen].sort(),
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.table(Object.fromEntries(Object.entries(scenarios).map(([id, s]) => [id, { historical: s.historical, mostFrequent: s.mostFrequent, match: s.historical === s.mostFrequent ? 'yes' : 'NO', share: `${((s.distribution[s.mostFrequent]! / games) * 100).toFixed(1)} %` }])));
  console.log('balance (random play):', result.balance);
  console.log('end states seen:', result.endStatesSeen.join(', '));
}
process.exit(Object.values(scenarios).every((s) => s.historical === s.mostFrequent) ? 0 : 1);
