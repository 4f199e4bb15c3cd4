// The performance benchmark of issue 5: headless games per second with standard bots (one core, then one worker
// per core, each a process pinned to its core), bot decision times per difficulty, first-load JavaScript beside a bare Phaser page, and in headless
// Chromium the map's first frame and frame rate beside that page's and the longest task during a bot game.
// Usage: npm run bench [-- --json] [--games 200] [--bots opportunist:standard] [--expert 24]. Figures, not tests.
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { botPolicy, DIFFICULTIES, type Difficulty } from '../../game/ai/bot';
import { parseBots, seatPolicies } from '../../game/ai/bot-spec';
import { chunkGames } from '../../game/app/whatif/batch';
import { playGame, type Policy } from '../../game/ai/play-game';
import { FACTIONS, type Faction, type Rules } from '../../game/rules';
import { rulesForScenario, scenarioIds } from '../scenario-files';
import { measureBrowser, median, RUNS } from './browser-figures';
import { measureBundles } from './bundle-size';

/** Games `first` to `first + games - 1` of a batch: game k is scenario k round the list, on seed `seed + k`. */
interface Job { games: number; first: number; bots: string; seed: number }

/** Plays a job's games, each seat as the spec says; returns the games played. */
function playRound(all: Rules[], { games, first, bots, seed }: Job): number {
  const seats = parseBots(bots);
  for (let k = first; k < first + games; k++) {
    const rules = all[k % all.length]!;
    playGame(rules, seed + k, seatPolicies(rules.scenario, seats, seed + k));
  }
  return games;
}

const loadAll = () => scenarioIds().map(rulesForScenario);

/** As many games as are timed, on other seeds, so that timing starts at the steady speed of a long batch (a
 *  what-if run): with one game per scenario the JIT was still tiering up and the first 40 games ran ~35 % slower. */
const warmUp = (all: Rules[], job: Job) => playRound(all, { ...job, seed: 9_000 });

/** A worker process: warmed up on a batch as long as `job` (other seeds), it says "ready", then plays each job it
 *  is sent (a line of JSON) and prints how many games it played. Pinned to one core with taskset where there is one, so that its
 *  garbage collector and JIT threads share that core too: "one core" means one core, and the figure with one
 *  worker per core measures real scaling. */
interface GameWorker { ready: Promise<void>; play(job: Job): Promise<number>; stop(): void }

const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function gameWorker(job: Job, core: number): GameWorker {
  const node = [...process.execArgv, import.meta.filename, '--worker', JSON.stringify(job)];
  const child = pinned ? spawn('taskset', ['-c', String(core), process.execPath, ...node]) : spawn(process.execPath, node);
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench worker exited (${code}) before answering`)));
  });
  const ready = next().then(() => undefined);
  return {
    ready,
    play: (games) => { const answer = next(); child.stdin.write(`${JSON.stringify(games)}\n`); return answer.then(Number); },
    stop: () => child.stdin.end(),
  };
}

/** Games per second of wall time for one batch of games played by `count` fresh workers (on cores 0..count-1),
 *  handed out in chunks to whichever is free (as a what-if run hands out its batch), counted from when every worker
 *  has warmed up to when the last chunk is done. Fresh workers each time: a worker remembers the rankings of the
 *  games it has played (rank-memo.ts), and one that had played the batch before replayed much of it from memory. */
async function gamesPerSecondOn(count: number, job: Job): Promise<number> {
  const workers = Array.from({ length: count }, (_, core) => gameWorker(job, core));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const chunks = chunkGames(job.games, count);
    let next = 0;
    const playChunks = async (worker: GameWorker): Promise<number> => {
      let played = 0;
      while (next < chunks.length) {
        const { first, count: games } = chunks[next++]!;
        played += await worker.play({ ...job, first, games });
      }
      return played;
    };
    const t0 = performance.now();
    const played = await Promise.all(workers.map(playChunks));
    return +(played.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000)).toFixed(1);
  } finally {
    for (const w of workers) w.stop();
  }
}

/** Rounds of the games figures: single runs of one build put the all-cores ratio anywhere from 1.55 to 2.05 on
 *  this shared machine. */
const ROUNDS = 3;

/** Games per second on one core and on all, each the median of ROUNDS rounds of the same batch: on one worker, then
 *  shared by one worker per core (the same games: batches of other seeds ran up to 30 % faster or slower, and the
 *  ratio would measure that instead of the scaling). */
async function gamesPerSecond(job: Job, cores: number): Promise<{ oneCore: number; allCores: number; rounds: { oneCore: number[]; allCores: number[] } }> {
  const rounds = { oneCore: [] as number[], allCores: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.oneCore.push(await gamesPerSecondOn(1, job));
    rounds.allCores.push(await gamesPerSecondOn(cores, job));
  }
  return { oneCore: median(rounds.oneCore), allCores: median(rounds.allCores), rounds };
}

/** Decision times of one difficulty: every decision of `games` games in which all three seats play it, or, for
 *  expert, the first `limit` decisions of one expert seat per game among standard bots. */
function decisionTimes(all: Rules[], difficulty: Difficulty, games: number, limit = Infinity): { p50: number; p95: number; n: number } {
  const times: number[] = [];
  for (let g = 0; g < games && times.length < limit; g++) {
    const rules = all[g % all.length]!;
    const expertSeat: Faction = FACTIONS[g % FACTIONS.length]!;
    const seat = (f: Faction): Policy => {
      const timed = difficulty !== 'expert' || f === expertSeat;
      const bot = botPolicy(rules.scenario, { persona: 'opportunist', difficulty: timed ? difficulty : 'standard', seed: g });
      return timed ? (view, faction, legal) => {
        if (times.length >= limit) return botPolicy(rules.scenario, { persona: 'opportunist', difficulty: 'easy', seed: g })(view, faction, legal);
        const t0 = performance.now();
        const action = bot(view, faction, legal);
        times.push(performance.now() - t0);
        return action;
      } : bot;
    };
    playGame(rules, 500 + g, Object.fromEntries(FACTIONS.map((f) => [f, seat(f)])) as Record<Faction, Policy>);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => +times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  return { p50: at(0.5), p95: at(0.95), n: times.length };
}

async function main(): Promise<void> {
  // A batch of 200 games: at ~50-80 games/s, 40 timed games were under a second.
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false }, games: { type: 'string', default: '200' },
      bots: { type: 'string', default: 'opportunist:standard' }, expert: { type: 'string', default: '24' },
    },
  });
  const all = loadAll();
  const job: Job = { games: Number(values.games), first: 0, bots: values.bots!, seed: 1 };
  parseBots(job.bots);
  const load = loadavg()[0]!;
  const cores = availableParallelism();
  const games = await gamesPerSecond(job, cores);
  warmUp(all, job);
  const botDecisionMs = Object.fromEntries(DIFFICULTIES.map((d) => [d, d === 'expert'
    ? decisionTimes(all, d, 30, Number(values.expert))
    : decisionTimes(all, d, d === 'easy' ? 20 : 10)])) as Record<Difficulty, { p50: number; p95: number; n: number }>;
  const bundles = await measureBundles();
  const browser = await measureBrowser(bundles.gameOut, bundles.baseOut);
  const result = {
    gamesPerSecondOneCore: games.oneCore,
    gamesPerSecondAllCores: games.allCores,
    workers: cores,
    gamesRounds: games.rounds,
    botDecisionMs,
    bundleGzipBytes: bundles.bundleGzipBytes,
    phaserBaselineGzipBytes: bundles.phaserBaselineGzipBytes,
    firstFrameMs: browser.firstFrameMs,
    phaserBaselineFirstFrameMs: browser.phaserBaselineFirstFrameMs,
    fpsRatio: browser.fpsRatio,
    longestTaskMs: browser.longestTaskMs,
    browser: { renderer: browser.renderer, mapFps: browser.mapFps, baselineFps: browser.baselineFps, botGame: browser.botGame, errors: browser.errors },
    notes: `games: medians of ${ROUNDS} rounds (gamesRounds) of one batch of ${job.games} games round ${all.length} scenarios, seats "${job.bots}", played by one fresh worker process, then handed in chunks to ${cores} fresh ones (each warmed up on as many games of other seeds first); each worker `
      + (pinned ? 'pinned to its own core with taskset (its GC and JIT threads too)' : 'unpinned (taskset not found)') + '; decision times are wall-clock in the main process '
      + `(easy and standard: every decision of games with three such bots; expert: ${values.expert} decisions of one expert seat among standard bots); `
      + `1-minute load average ${load.toFixed(2)} on ${availableParallelism()} cores when timing began. Browser figures from the production `
      + `builds in headless Chromium: first frame = median of ${RUNS} loads from navigation to the first rendered frame (the game: ultimatum `
      + 'solo as Belarus, whose turn screen shows the map; the bare page with the renderer the map chose); fpsRatio = frames per second '
      + 'of the map during a 3 s pointer drag over those of the bare page; longestTaskMs = longest "longtask" while three bots play '
      + 'ultimatum in the page (moves in a worker), summaries clicked through, until 1 s after the result screen.',
  };
  if (values.json) console.log(JSON.stringify(result));
  else console.log(JSON.stringify(result, null, 2));
}

const asWorker = process.argv.indexOf('--worker');
if (asWorker > 0) {
  const job = JSON.parse(process.argv[asWorker + 1]!) as Job;
  const all = loadAll();
  warmUp(all, job);
  console.log('ready');
  createInterface({ input: process.stdin }).on('line', (line) => console.log(playRound(all, JSON.parse(line) as Job)));
}
else if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();
