// Saves are the seed plus the action log (ARCHITECTURE.md "Saves and replays"); replay re-applies every
// action through the rules and compares checkpoint hashes, naming the first action that no longer applies.
// Envelope version 2 adds when the game began and who sat where, and lets an action entry come from the
// facilitator (White Cell); version 1 files are migrated on reading. A version-2 save may also carry the class's
// answers to the learning check: optional, so that older saves read as they are, and dropped if damaged (they are
// never worth losing a game for).
import { z } from 'zod';
import { FACTIONS, type Action, type Faction, type GameState, type LearningAnswers, type RuleError, type SaveEntry, type Scenario } from './types';
import { OLDEST_RULES_VERSION, phaseOf, RULES_VERSION, type Rules } from './rules';
import { applyFacilitator, facilitatorActionSchema } from './facilitator';

export const SAVE_VERSION = 2;

/** Who took an action: a faction's seat, or the facilitator (injects and overrides, rules/facilitator.ts). */
export type Actor = Faction | 'facilitator';

/**
 * One entry of the action log (types.ts `SaveEntry`). The field keeps its version-1 name `faction` so that
 * version-1 logs read as they are; version 2 widens it to 'facilitator' as well.
 */
export type { SaveEntry };

export interface SaveFile {
  format: 'union-state-save';
  version: typeof SAVE_VERSION;
  rulesVersion: number;
  scenario: { id: string; hash: string };
  seed: number;
  /** ISO date the game began; null for games migrated from version 1, which did not record it. */
  createdAt: string | null;
  /** Who sat in each faction's seat: 'human', or a bot's description. */
  seats: Record<Faction, string>;
  actions: SaveEntry[];
  /** The state hash after each action that closed a phase or a turn, or ended the game. */
  checkpoints: { seq: number; hash: string }[];
  /** The teams' answers to the scenario's learning check in this game; absent when no one has taken it. */
  learning?: LearningAnswers;
}

export type SaveOptions = Pick<SaveFile, 'createdAt' | 'seats'>;
export const ALL_HUMAN: Record<Faction, string> = { belarus: 'human', russia: 'human', nato: 'human' };

export type ReplayError = RuleError | { code: 'checkpoint' | 'scenario' | 'truncated' | 'rules'; message: string };
export type ReplayResult =
  | { ok: true; state: GameState }
  | { ok: false; state: GameState; index: number; error: ReplayError };

/** A stable text of any JSON value: object keys sorted, so equal states print equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two 32-bit FNV-1a passes with different offsets: a 64-bit fingerprint, enough to spot divergence. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 + 2);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export const hashState = (state: GameState): string => fingerprint(canonical(state));
// A loaded scenario is never changed, and every autosave names its hash: worked out once per scenario object.
const scenarioHashes = new WeakMap<Scenario, string>();
export function hashScenario(scenario: Scenario): string {
  let hash = scenarioHashes.get(scenario);
  if (hash === undefined) scenarioHashes.set(scenario, (hash = fingerprint(canonical(scenario))));
  return hash;
}

/** Whether the step from `before` to `after` closed a phase or a turn, or ended the game: a checkpoint, and an autosave. */
export function closesPhase(before: GameState, after: GameState): boolean {
  return after.turn !== before.turn || phaseOf(after) !== phaseOf(before) || (after.outcome !== null && before.outcome === null);
}

/** The one dispatch for White Cell entries (facilitator.ts); every other entry is a faction's move. */
export function applyEntry(rules: Rules, state: GameState, entry: SaveEntry) {
  return entry.faction === 'facilitator' ? applyFacilitator(rules, state, entry.action) : rules.apply(state, entry.faction, entry.action);
}

export type Checkpoint = SaveFile['checkpoints'][number];

/** The checkpoint a step leaves, if it closed a phase or a turn or ended the game: a match in play keeps these as
 *  it goes, so that saving it never replays the game. */
export function checkpointOf(before: GameState, after: GameState): Checkpoint | null {
  return closesPhase(before, after) ? { seq: after.seq, hash: hashState(after) } : null;
}

/** A game as a save needs it: a match in play (app/session.ts Session) is one. The rules version is its state's, so a
 *  game begun under an older version is saved under that version again. */
export interface SavedGame { rules: Rules; seed: number; state: GameState; actions: readonly SaveEntry[]; checkpoints: readonly Checkpoint[]; learning?: LearningAnswers }

/** The save file of a game whose checkpoints are already known. */
export function saveFile(game: SavedGame, options: SaveOptions = { createdAt: null, seats: ALL_HUMAN }): SaveFile {
  const { rules, seed, state, actions, checkpoints, learning } = game;
  return {
    format: 'union-state-save', version: SAVE_VERSION, rulesVersion: state.rulesVersion,
    scenario: { id: rules.scenario.id, hash: hashScenario(rules.scenario) }, seed,
    createdAt: options.createdAt, seats: { ...options.seats }, actions: actions.map((e) => ({ ...e })), checkpoints: checkpoints.map((c) => ({ ...c })),
    ...(learning && Object.keys(learning).length ? { learning: structuredClone(learning) } : {}),
  };
}

/** The save file of a game known only by its seed and actions: replays them to find the checkpoints. */
export function makeSave(rules: Rules, seed: number, actions: readonly SaveEntry[], options?: SaveOptions, rulesVersion = RULES_VERSION): SaveFile {
  let state = rules.setup(seed, rulesVersion);
  const checkpoints: Checkpoint[] = [];
  for (const [index, entry] of actions.entries()) {
    const r = applyEntry(rules, state, entry);
    if (!r.ok) throw new Error(`makeSave: action ${index + 1} is not legal (${r.error.message})`);
    const check = checkpointOf(state, r.state);
    if (check) checkpoints.push(check);
    state = r.state;
  }
  return saveFile({ rules, seed, state, actions, checkpoints }, options);
}

/** The state after every action: states[0] is the setup, states[i] follows action i. For the replay viewer. */
export function replaySteps(rules: Rules, save: SaveFile): { result: ReplayResult; states: GameState[] } {
  // Moves are only meaningful under the rules they were made with (version 2 brought the negotiation protocol): an
  // older version still known replays under its own rules.
  const known = save.rulesVersion >= OLDEST_RULES_VERSION && save.rulesVersion <= RULES_VERSION;
  const states = [rules.setup(save.seed, known ? save.rulesVersion : RULES_VERSION)];
  const fail = (index: number, error: ReplayError) => ({ result: { ok: false as const, state: states.at(-1)!, index, error }, states });
  if (save.scenario.id !== rules.scenario.id) {
    return fail(0, { code: 'scenario', message: `This save is for the scenario "${save.scenario.id}", not "${rules.scenario.id}".` });
  }
  if (!known) {
    return fail(0, {
      code: 'rules',
      message: `This game was played under rules version ${save.rulesVersion}; this version of the game replays rules versions ${OLDEST_RULES_VERSION} to ${RULES_VERSION}, so its moves cannot be replayed.`,
    });
  }
  const lastCheck = Math.max(0, ...save.checkpoints.map((c) => c.seq));
  if (lastCheck > save.actions.length) {
    return fail(save.actions.length, {
      code: 'truncated',
      message: `The save holds ${save.actions.length} actions but its checkpoints go up to action ${lastCheck}: the file was cut short.`,
    });
  }
  const checks = new Map(save.checkpoints.map((c) => [c.seq, c.hash]));
  for (const [index, entry] of save.actions.entries()) {
    const state = states.at(-1)!;
    const r = applyEntry(rules, state, entry);
    if (!r.ok) return fail(index, r.error);
    const expected = checks.get(r.state.seq);
    if (expected !== undefined && expected !== hashState(r.state)) {
      return fail(index, { code: 'checkpoint', message: `After action ${index + 1} the game differs from the one that was saved (checkpoint hash).` });
    }
    states.push(r.state);
  }
  return { result: { ok: true, state: states.at(-1)! }, states };
}

export function replay(rules: Rules, save: SaveFile): ReplayResult {
  return replaySteps(rules, save).result;
}

// Built on first use (a save read), not while the page starts.
function buildSchemas() {
  const ids = z.array(z.string());
  // Only the moves the phase clock makes by default may carry its mark (types.ts Action).
  const byClock = z.literal(true).optional();
  const actionSchema: z.ZodType<Action> = z.union([
    z.object({ type: z.literal('orders.commit'), cards: ids, byClock }).strict(),
    z.object({ type: z.enum(['bargain.offer', 'bargain.counter']), give: ids, ask: ids }).strict(),
    z.object({ type: z.literal('bargain.threaten'), trigger: z.string(), response: z.string() }).strict(),
    z.object({ type: z.literal('bargain.blackmail'), threat: z.string(), demand: ids }).strict(),
    z.object({ type: z.enum(['bargain.pass', 'bargain.reject']), byClock }).strict(),
    z.object({ type: z.enum(['bargain.accept', 'bargain.stall', 'bargain.call']) }).strict(),
  ]) as z.ZodType<Action>;

  const factionEntry = z.object({ faction: z.enum(FACTIONS), action: actionSchema });
  // A White Cell entry is checked against the facilitator's action schema, then replayed by its own rules.
  const facilitatorEntry = z.object({ faction: z.literal('facilitator'), action: facilitatorActionSchema });

  const envelope = {
    format: z.literal('union-state-save'),
    rulesVersion: z.number().int(),
    scenario: z.object({ id: z.string(), hash: z.string() }),
    seed: z.number().int(),
    checkpoints: z.array(z.object({ seq: z.number().int().nonnegative(), hash: z.string() })),
  };

  // Version-1 files come from rules version 1, whose moves (one-deal offers) today's rules cannot replay: their actions
  // are read as plain moves, and replay refuses them by their rules version, naming it.
  const v1Entry = z.object({ faction: z.enum(FACTIONS), action: z.looseObject({ type: z.string() }) });
  const v1Schema = z.object({ ...envelope, version: z.literal(1), actions: z.array(v1Entry) });
  const v2Schema = z.object({
    ...envelope,
    version: z.literal(2),
    createdAt: z.iso.datetime().nullable(),
    seats: z.object({ belarus: z.string(), russia: z.string(), nato: z.string() }),
    actions: z.array(z.discriminatedUnion('faction', [factionEntry, facilitatorEntry])),
  });
  const team = z.record(z.string(), z.number().int().nonnegative());
  const learningSchema = z.partialRecord(z.enum(['before', 'after']), z.partialRecord(z.enum(FACTIONS), team));
  return { v1Schema, v2Schema, learningSchema };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;
const saveSchemas = () => (schemas ??= buildSchemas());

/** Version 1 had no date and only human seats (bots came later). Its moves keep their version-1 shape: replay
 *  checks `rulesVersion` before it reads any of them. */
function migrateV1(v1: z.infer<ReturnType<typeof saveSchemas>['v1Schema']>): SaveFile {
  return { ...v1, version: 2, createdAt: null, seats: { ...ALL_HUMAN }, actions: v1.actions as SaveEntry[] };
}

/** A zod issue path as a reader would say it: `actions.3.action.cards` → action 4's "action.cards". */
function describePath(path: readonly PropertyKey[]): string {
  if (path[0] === 'actions' && typeof path[1] === 'number') {
    const rest = path.slice(2).join('.');
    return `action ${path[1] + 1}${rest ? `'s "${rest}"` : ''}`;
  }
  return path.length ? `"${path.join('.')}"` : 'top level';
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  // A union's own message ("Invalid input") says little; its closest branch names the field that is wrong.
  const inner = issue.code === 'invalid_union' ? issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0] : undefined;
  const path = [...issue.path, ...(inner?.path ?? [])];
  return `The save file's ${describePath(path)} is wrong: ${(inner ?? issue).message}.`;
}

export type ParsedSave = { ok: true; save: SaveFile; migratedFrom: number | null } | { ok: false; message: string };

/** Reads a save file's text, migrating older versions; a broken or foreign file gets a message naming what is wrong. */
export function parseSave(text: string): ParsedSave {
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) {
    return { ok: false, message: `The file is not a complete save: it is not valid JSON (${(e as Error).message}). It may have been cut short.` };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== 'union-state-save') {
    return { ok: false, message: 'This file is not a Union State save (its "format" is not "union-state-save").' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return { ok: false, message: `This save was made by a newer version of the game (save format ${version}); this version reads formats 1 to ${SAVE_VERSION}.` };
  }
  if (version === 1) {
    const r = saveSchemas().v1Schema.safeParse(json);
    return r.success ? { ok: true, save: migrateV1(r.data), migratedFrom: 1 } : { ok: false, message: firstIssue(r.error) };
  }
  const r = saveSchemas().v2Schema.safeParse(json);
  return r.success ? { ok: true, save: withLearning(r.data as SaveFile, (json as { learning?: unknown }).learning), migratedFrom: null } : { ok: false, message: firstIssue(r.error) };
}

/** The learning answers a file carries, if they read as answers; anything else in their place is left out, and the
 *  game loads without them. */
function withLearning(save: SaveFile, learning: unknown): SaveFile {
  const r = saveSchemas().learningSchema.safeParse(learning);
  return r.success && Object.keys(r.data).length ? { ...save, learning: r.data } : save;
}
