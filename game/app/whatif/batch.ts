// The what-if batch, shared by the browser's what-if panel (in Web Workers) and scripts/simulate.ts: N games from
// the scenario start or from a point of a saved game, with one seat spec and at most one changed parameter.
// Pure: every game's dice and bots come from its seed, so the same spec gives the same result anywhere.
import { seatPolicies, type Seat } from '../../ai/bot-spec';
import { playGame, type Policy } from '../../ai/play-game';
import { applyEntry, FACTIONS, TRACKS, type Action, type Deal, type Faction, type GameState, type Rules, type SaveFile, type TrackId } from '../../rules';
import { seedRng } from '../../rules/rng';

/** The one parameter a what-if changes: a track's value at the start (NATO's posture is the track "posture"),
 *  or a deal its proposer always offers and its addressee always accepts. */
export type Change = { kind: 'track'; track: TrackId; value: number } | { kind: 'deal'; deal: string };

/** A game to branch from: its seed, the rules version it was played under, and its moves. */
export interface Branch { seed: number; rulesVersion: number; actions: SaveFile['actions'] }

export interface BatchSpec {
  games: number;
  seed: number;
  seats: Record<Faction, Seat>;
  from: Branch | null;
  change: Change | null;
}

/** Sums over games, so the parts played by several workers add up (mergeTallies). */
export interface Tally {
  games: number;
  endStates: Record<string, number>;
  wins: Record<Faction, number>;
  vp: Record<Faction, number>;
  turns: number;
  /** Sum over games of Belarus' alliance commitment at the end of each turn (index 0: the start). */
  commitment: number[];
}

export interface BatchSummary {
  games: number;
  endStates: Record<string, number>;
  /** Share of games each faction won (a shared win counts in part), 0..1. */
  winRates: Record<Faction, number>;
  meanVp: Record<Faction, number>;
  meanTurns: number;
  /** The entrapment dial (alliance commitment) averaged over games per turn; a game that ended early keeps its last value. */
  commitmentPath: number[];
}

export interface BatchHooks {
  /** Hears the number of games finished so far in this part. */
  onProgress?: (done: number) => void;
  /** Asked between games: true stops the batch, which returns the games played so far. */
  shouldStop?: () => boolean;
}

const perFaction = (f: (faction: Faction) => number) => Object.fromEntries(FACTIONS.map((x) => [x, f(x)])) as Record<Faction, number>;

export function emptyTally(turns: number): Tally {
  return { games: 0, endStates: {}, wins: perFaction(() => 0), vp: perFaction(() => 0), turns: 0, commitment: Array.from({ length: turns + 1 }, () => 0) };
}

/** Checks a change against the scenario; throws an Error that names what is wrong. */
export function checkChange(rules: Rules, change: Change | null): void {
  if (!change) return;
  if (change.kind === 'track') {
    const def = TRACKS[change.track];
    if (!def || rules.scenario.tracks[change.track] === undefined) throw new Error(`the scenario "${rules.scenario.id}" has no track "${change.track}"`);
    if (!Number.isInteger(change.value) || change.value < def.min || change.value > def.max) throw new Error(`${change.track} must be a whole number from ${def.min} to ${def.max}, not ${change.value}`);
  } else if (!rules.scenario.deals.some((d) => d.id === change.deal)) {
    throw new Error(`the scenario "${rules.scenario.id}" has no deal "${change.deal}"`);
  }
}

/** The branch point: the saved game replayed through the rules (or the scenario start). Throws naming the first
 *  action the rules refuse. */
export function branchState(rules: Rules, from: Branch | null, seed: number): GameState {
  if (!from) return rules.setup(seed);
  let state = rules.setup(from.seed, from.rulesVersion);
  for (const [i, entry] of from.actions.entries()) {
    const r = applyEntry(rules, state, entry);
    if (!r.ok) throw new Error(`action ${i + 1} of the saved game (${entry.faction} ${entry.action.type}) is refused by the rules: ${r.error.message}`);
    state = r.state;
  }
  if (rules.isOver(state)) throw new Error('the saved game is already over: there is nothing to branch from');
  return state;
}

/** One game's start: the branch point with its own dice (so branched games differ) and the changed track. */
function gameStart(rules: Rules, spec: BatchSpec, branch: GameState | null, seed: number): GameState {
  const start = branch ? { ...branch, rng: seedRng(seed) } : rules.setup(seed);
  const change = spec.change;
  if (change?.kind !== 'track') return start;
  const history = [...start.trackHistory];
  history[history.length - 1] = { ...history[history.length - 1], [change.track]: change.value };
  return { ...start, tracks: { ...start.tracks, [change.track]: change.value }, trackHistory: history };
}

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The deal change as a policy: offer the package (a deals.json preset) whenever allowed, accept it whenever it is on the table. */
function insisting(policy: Policy, preset: Deal): Policy {
  const deal = preset.id;
  return (view, faction, legal) => {
    const offer = legal.find((a): a is Extract<Action, { type: 'bargain.offer' }> =>
      a.type === 'bargain.offer' && sameTerms(a.give, preset.give) && sameTerms(a.ask, preset.ask));
    if (offer) return offer;
    const accept = legal.find((a) => a.type === 'bargain.accept');
    if (accept && view.bargains.some((b) => b.accepted === null && b.deal === deal && b.to === faction)) return accept;
    return policy(view, faction, legal);
  };
}

/** Game g of the batch (seed spec.seed + g) from the branch point (null: the scenario start), played to its end. */
export function playOne(rules: Rules, spec: BatchSpec, branch: GameState | null, g: number): GameState {
  const seed = spec.seed + g;
  const seats = seatPolicies(rules.scenario, spec.seats, seed);
  const change = spec.change;
  const policies = change?.kind === 'deal' ? perFactionPolicy((f) => insisting(seats[f], rules.scenario.deals.find((d) => d.id === change.deal)!)) : seats;
  return playGame(rules, seed, policies, 1000, gameStart(rules, spec, branch, seed)).state;
}

/** Plays games first .. first+count-1 of the batch. */
export function playBatch(rules: Rules, spec: BatchSpec, first: number, count: number, hooks: BatchHooks = {}): Tally {
  checkChange(rules, spec.change);
  const branch = spec.from ? branchState(rules, spec.from, spec.seed) : null;
  const tally = emptyTally(rules.scenario.turns);
  for (let g = first; g < first + count; g++) {
    if (hooks.shouldStop?.()) break;
    addGame(tally, playOne(rules, spec, branch, g));
    hooks.onProgress?.(tally.games);
  }
  return tally;
}

const perFactionPolicy = (f: (faction: Faction) => Policy) => Object.fromEntries(FACTIONS.map((x) => [x, f(x)])) as Record<Faction, Policy>;

function addGame(tally: Tally, state: GameState): void {
  const out = state.outcome!;
  tally.games++;
  tally.endStates[out.endState] = (tally.endStates[out.endState] ?? 0) + 1;
  for (const f of out.winners) tally.wins[f] += 1 / out.winners.length;
  for (const f of FACTIONS) tally.vp[f] += out.vp[f];
  tally.turns += out.turn;
  const last = state.trackHistory.length - 1;
  tally.commitment.forEach((_, i) => { tally.commitment[i]! += state.trackHistory[Math.min(i, last)]!.allianceCommitment ?? 0; });
}

export function mergeTallies(a: Tally, b: Tally): Tally {
  const endStates = { ...a.endStates };
  for (const [k, v] of Object.entries(b.endStates)) endStates[k] = (endStates[k] ?? 0) + v;
  return {
    games: a.games + b.games, endStates, turns: a.turns + b.turns,
    wins: perFaction((f) => a.wins[f] + b.wins[f]), vp: perFaction((f) => a.vp[f] + b.vp[f]),
    commitment: a.commitment.map((x, i) => x + (b.commitment[i] ?? 0)),
  };
}

export function summarise(t: Tally): BatchSummary {
  const mean = (x: number, digits = 3) => (t.games ? +(x / t.games).toFixed(digits) : 0);
  return {
    games: t.games, endStates: t.endStates,
    winRates: perFaction((f) => mean(t.wins[f])), meanVp: perFaction((f) => mean(t.vp[f], 2)),
    meanTurns: mean(t.turns, 2), commitmentPath: t.commitment.map((x) => mean(x, 2)),
  };
}

export const runBatch = (rules: Rules, spec: BatchSpec, hooks?: BatchHooks): BatchSummary => summarise(playBatch(rules, spec, 0, spec.games, hooks));

/** Chunks each worker's share is cut into: the tail waits for at most one chunk, ~1/8 of a share. */
const CHUNKS_PER_WORKER = 8;

/** Cuts N games into consecutive chunks, handed out one at a time to whichever worker is free: an even split
 *  waited for the slowest worker (one sharing its core with the page, or an efficiency core). */
export function chunkGames(games: number, workers: number): { first: number; count: number }[] {
  const size = Math.max(1, Math.ceil(games / (Math.max(1, workers) * CHUNKS_PER_WORKER)));
  return Array.from({ length: Math.ceil(games / size) }, (_, i) => ({ first: i * size, count: Math.min(size, games - i * size) }));
}
