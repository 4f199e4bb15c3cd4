// Plays N headless games of a scenario and prints the end-state distribution, win rates and speed.
// Usage: npm run simulate -- --scenario ultimatum --games 1000 --seed 1 [--bots <spec>] [--json] [--explain]
// --bots: "random" (default), "historical", or per seat, e.g. belarus=historical:standard,russia=hawk:easy,nato=random.
import { parseArgs } from 'node:util';
import { BOT_SPEC_HELP, parseBots, seatName, seatPolicies } from '../game/ai/bot-spec';
import { playGame } from '../game/ai/play-game';
import { FACTIONS, type Faction, type Rules } from '../game/rules';
import { rulesForScenario } from './scenario-files';

/** The simulator's JSON (--json): one object, the shape tests/ai/simulate.test.ts checks. */
export interface SimulationResult {
  scenario: string;
  games: number;
  seed: number;
  /** The --bots spec as given, and the player in each seat it names. */
  bots: string;
  seats: Record<Faction, string>;
  /** Games ending in each end state, by end-state id. */
  endStates: Record<string, number>;
  /** Share of games each faction won (a shared win counts in part), 0..1. */
  winRates: Record<Faction, number>;
  meanVp: Record<Faction, number>;
  meanTurns: number;
  /** Belarus' commitment to the alliance (the entrapment dial) averaged over games at the end of each turn;
   *  index 0 is the start, and a game that ended early keeps its last value. */
  commitmentPath: number[];
  gamesPerSecond: number;
}

export function simulate(rules: Rules, games: number, seed: number, bots: string, onProgress?: (done: number) => void): SimulationResult {
  const seats = parseBots(bots);
  const endStates: Record<string, number> = {};
  const zero = () => Object.fromEntries(FACTIONS.map((f) => [f, 0])) as Record<Faction, number>;
  const wins = zero();
  const vp = zero();
  const path: number[] = Array.from({ length: rules.scenario.turns + 1 }, () => 0);
  let turns = 0;
  const t0 = performance.now();
  for (let g = 0; g < games; g++) {
    const s = seed + g;
    const { state } = playGame(rules, s, seatPolicies(rules.scenario, seats, s));
    const out = state.outcome!;
    endStates[out.endState] = (endStates[out.endState] ?? 0) + 1;
    for (const f of out.winners) wins[f] += 1 / out.winners.length;
    for (const f of FACTIONS) vp[f] += out.vp[f];
    turns += out.turn;
    path.forEach((_, i) => { path[i]! += (state.trackHistory[Math.min(i, state.trackHistory.length - 1)]!.allianceCommitment ?? 0); });
    onProgress?.(g + 1);
  }
  const seconds = (performance.now() - t0) / 1000;
  const mean = (x: number, digits = 3) => +(x / games).toFixed(digits);
  return {
    scenario: rules.scenario.id, games, seed, bots,
    seats: Object.fromEntries(FACTIONS.map((f) => [f, seatName(seats[f])])) as Record<Faction, string>,
    endStates,
    winRates: Object.fromEntries(FACTIONS.map((f) => [f, mean(wins[f])])) as Record<Faction, number>,
    meanVp: Object.fromEntries(FACTIONS.map((f) => [f, mean(vp[f], 2)])) as Record<Faction, number>,
    meanTurns: mean(turns, 2),
    commitmentPath: path.map((x) => mean(x, 2)),
    gamesPerSecond: +(games / seconds).toFixed(1),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'ultimatum' }, games: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' }, bots: { type: 'string', default: 'random' }, json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  const games = Number(values.games);
  const seed = Number(values.seed);
  if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed)) fail('--games must be a positive integer and --seed an integer');
  try { parseBots(values.bots!); } catch (e) { fail(`--bots: ${(e as Error).message}\n--bots is ${BOT_SPEC_HELP}`); }
  let rules: Rules;
  try { rules = rulesForScenario(values.scenario!); } catch (e) { return fail(`Cannot load scenario "${values.scenario}":\n${(e as Error).message}`); }

  if (values.explain) return explainGame(rules, seed, values.bots!);
  const bar = process.stderr.isTTY && !values.json
    ? (done: number) => { if (done % 25 === 0 || done === games) process.stderr.write(`\r[${'#'.repeat(Math.round((done / games) * 30)).padEnd(30)}] ${done}/${games}`); }
    : undefined;
  const r = simulate(rules, games, seed, values.bots!, bar);
  if (bar) process.stderr.write('\n');
  if (values.json) return void console.log(JSON.stringify(r));
  console.log(`${r.scenario}: ${games} games from seed ${seed}, ${r.gamesPerSecond} games/s, mean ${r.meanTurns} turns`);
  console.log(`seats: ${FACTIONS.map((f) => `${f} ${r.seats[f]}`).join(', ')}`);
  console.table(Object.fromEntries(Object.entries(r.endStates).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, { games: v, share: `${((v / games) * 100).toFixed(1)} %` }])));
  console.table(Object.fromEntries(FACTIONS.map((f) => [f, { winRate: r.winRates[f], meanVp: r.meanVp[f] }])));
  console.log(`entrapment dial (mean commitment by turn): ${r.commitmentPath.join(' → ')}`);
}

/** --explain: one game, every bot move printed with its reason, then the result. */
function explainGame(rules: Rules, seed: number, bots: string): void {
  const said = new Map<number, string>();
  const label = (turn: number) => rules.scenario.turnLabels[turn - 1] ?? `turn ${turn}`;
  const seats = seatPolicies(rules.scenario, parseBots(bots), seed, (_faction, decision, view) => said.set(view.seq, `${label(view.turn)}\t${decision.reason}`));
  const { state, actions } = playGame(rules, seed, seats);
  actions.forEach(({ faction, action }, seq) => console.log(said.get(seq) ?? `\t${faction}: ${JSON.stringify(action)}`));
  const out = state.outcome!;
  console.log(`end: ${out.endState} in turn ${out.turn}; VP ${FACTIONS.map((f) => `${f} ${out.vp[f]}`).join(', ')}; winners ${out.winners.join(', ')}`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (process.argv[1]?.endsWith('simulate.ts')) main();
