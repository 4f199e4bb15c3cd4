// Plays N headless games of a scenario and prints the end-state distribution, win rates and speed.
// Usage: npm run simulate -- --scenario ultimatum --games 1000 --seed 1 [--bots <spec>] [--from <save file>]
//        [--change <track>=<value> | deal=<id>] [--json] [--explain]
// --bots: "random" (default), "historical", or per seat, e.g. belarus=historical:standard,russia=hawk:easy,nato=random.
// --from: branch every game from a saved game (seed + action log, game/rules/save.ts); --scenario is then the save's.
// The games themselves are played by game/app/whatif/batch.ts, the same code as the browser's what-if panel.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BOT_SPEC_HELP, parseBots, seatName, seatPolicies } from '../game/ai/bot-spec';
import { playGame } from '../game/ai/play-game';
import { branchState, checkChange, runBatch, type Branch, type Change } from '../game/app/whatif/batch';
import { FACTIONS, parseSave, TRACKS, type Faction, type Rules, type TrackId } from '../game/rules';
import { rulesForScenario } from './scenario-files';

const perFaction = <T extends z.ZodType>(t: T) => z.object({ belarus: t, russia: t, nato: t }).strict();

/** The simulator's JSON (--json): one object of this shape (tests/ai/simulate.test.ts checks it). */
export const simulationResultSchema = z.object({
  scenario: z.string(),
  games: z.number().int().positive(),
  seed: z.number().int(),
  /** The --bots spec as given, and the player in each seat it names. */
  bots: z.string(),
  seats: perFaction(z.string()),
  /** Where the games start: null for the scenario start, or the branch point of --from. */
  from: z.object({ file: z.string(), actions: z.number().int().nonnegative(), turn: z.number().int().positive() }).strict().nullable(),
  /** The --change as given, or null. */
  change: z.string().nullable(),
  /** Games ending in each end state, by end-state id. */
  endStates: z.record(z.string(), z.number().int().nonnegative()),
  /** Share of games each faction won (a shared win counts in part), 0..1. */
  winRates: perFaction(z.number().min(0).max(1)),
  meanVp: perFaction(z.number()),
  meanTurns: z.number().positive(),
  /** Belarus' commitment to the alliance (the entrapment dial) averaged over games at the end of each turn;
   *  index 0 is the start, and a game that ended early keeps its last value. */
  commitmentPath: z.array(z.number()),
  gamesPerSecond: z.number().positive(),
}).strict();

export type SimulationResult = z.infer<typeof simulationResultSchema>;

export interface SimulateOptions {
  onProgress?: (done: number) => void;
  /** A saved game to branch from, and the file it came from (for the output). */
  from?: { file: string; branch: Branch; turn: number } | null;
  change?: { text: string; change: Change } | null;
}

export function simulate(rules: Rules, games: number, seed: number, bots: string, options: SimulateOptions = {}): SimulationResult {
  const seats = parseBots(bots);
  const t0 = performance.now();
  const r = runBatch(rules, { games, seed, seats, from: options.from?.branch ?? null, change: options.change?.change ?? null }, { onProgress: options.onProgress });
  const seconds = (performance.now() - t0) / 1000;
  const from = options.from ? { file: options.from.file, actions: options.from.branch.actions.length, turn: options.from.turn } : null;
  return {
    scenario: rules.scenario.id, games, seed, bots,
    seats: Object.fromEntries(FACTIONS.map((f) => [f, seatName(seats[f])])) as Record<Faction, string>,
    from, change: options.change?.text ?? null,
    endStates: r.endStates, winRates: r.winRates, meanVp: r.meanVp, meanTurns: r.meanTurns, commitmentPath: r.commitmentPath,
    gamesPerSecond: +(games / seconds).toFixed(1),
  };
}

/** "posture=3" or "deal=<id>" → a Change; throws naming what is wrong. */
export function parseChange(text: string): Change {
  const [key = '', value = ''] = text.split('=', 2).map((s) => s.trim());
  if (key === 'deal' && value) return { kind: 'deal', deal: value };
  if (key in TRACKS && /^-?\d+$/.test(value)) return { kind: 'track', track: key as TrackId, value: Number(value) };
  throw new Error(`"${text}" is not <track>=<whole number> (tracks: ${Object.keys(TRACKS).join(', ')}) or deal=<deal id>`);
}

/** Reads a save file for --from: its scenario's rules and the branch. Throws an Error that names what is wrong. */
export function readSaveFile(file: string): { rules: Rules; branch: Branch } {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new Error(`cannot read ${file}: ${(e as Error).message}`); }
  const parsed = parseSave(text);
  if (!parsed.ok) throw new Error(`${file} is not a usable save: ${parsed.message}`);
  let rules: Rules;
  try { rules = rulesForScenario(parsed.save.scenario.id); } catch (e) { throw new Error(`${file} is a save of the scenario "${parsed.save.scenario.id}", which cannot be loaded: ${(e as Error).message}`); }
  return { rules, branch: { seed: parsed.save.seed, rulesVersion: parsed.save.rulesVersion, actions: parsed.save.actions } };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'ultimatum' }, games: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' }, bots: { type: 'string', default: 'random' }, json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false }, from: { type: 'string' }, change: { type: 'string' },
    },
  });
  const games = Number(values.games);
  const seed = Number(values.seed);
  if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed)) fail('--games must be a positive integer and --seed an integer');
  try { parseBots(values.bots!); } catch (e) { fail(`--bots: ${(e as Error).message}\n--bots is ${BOT_SPEC_HELP}`); }
  let rules: Rules;
  let from: SimulateOptions['from'] = null;
  if (values.from) {
    try {
      const read = readSaveFile(values.from);
      rules = read.rules;
      const turn = branchState(rules, read.branch, seed).turn;
      from = { file: values.from, branch: read.branch, turn };
    } catch (e) { return fail(`--from: ${(e as Error).message}`); }
  } else {
    try { rules = rulesForScenario(values.scenario!); } catch (e) { return fail(`Cannot load scenario "${values.scenario}":\n${(e as Error).message}`); }
  }
  let change: SimulateOptions['change'] = null;
  if (values.change) {
    try {
      const parsed = parseChange(values.change);
      checkChange(rules, parsed);
      change = { text: values.change, change: parsed };
    } catch (e) { return fail(`--change: ${(e as Error).message}`); }
  }

  if (values.explain) return explainGame(rules, seed, values.bots!);
  const bar = process.stderr.isTTY && !values.json
    ? (done: number) => { if (done % 25 === 0 || done === games) process.stderr.write(`\r[${'#'.repeat(Math.round((done / games) * 30)).padEnd(30)}] ${done}/${games}`); }
    : undefined;
  const r = simulate(rules, games, seed, values.bots!, { onProgress: bar, from, change });
  if (bar) process.stderr.write('\n');
  if (values.json) return void console.log(JSON.stringify(r));
  console.log(`${r.scenario}: ${games} games from seed ${seed}, ${r.gamesPerSecond} games/s, mean ${r.meanTurns} turns`);
  if (r.from) console.log(`branched from ${r.from.file} after ${r.from.actions} actions (turn ${r.from.turn})`);
  if (r.change) console.log(`changed: ${r.change}`);
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
