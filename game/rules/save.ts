// Saves are the seed plus the action log (ARCHITECTURE.md "Saves and replays"); replay re-applies every
// action through the rules and compares checkpoint hashes, naming the first action that no longer applies.
import { z } from 'zod';
import { FACTIONS, type Action, type GameState, type RuleError, type SaveFile, type Scenario } from './types';
import { RULES_VERSION, type Rules } from './rules';

export type ReplayResult =
  | { ok: true; state: GameState }
  | { ok: false; state: GameState; index: number; error: RuleError | { code: 'checkpoint' | 'scenario'; message: string } };

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
export const hashScenario = (scenario: Scenario): string => fingerprint(canonical(scenario));

export function makeSave(rules: Rules, seed: number, actions: SaveFile['actions']): SaveFile {
  let state = rules.setup(seed);
  const checkpoints: SaveFile['checkpoints'] = [];
  for (const { faction, action } of actions) {
    const r = rules.apply(state, faction, action);
    if (!r.ok) throw new Error(`makeSave: action ${state.seq} is not legal (${r.error.message})`);
    if (r.state.turn !== state.turn || r.state.outcome) checkpoints.push({ seq: r.state.seq, hash: hashState(r.state) });
    state = r.state;
  }
  return {
    format: 'union-state-save', version: 1, rulesVersion: RULES_VERSION,
    scenario: { id: rules.scenario.id, hash: hashScenario(rules.scenario) }, seed, actions, checkpoints,
  };
}

export function replay(rules: Rules, save: SaveFile): ReplayResult {
  let state = rules.setup(save.seed);
  if (save.scenario.id !== rules.scenario.id) {
    return { ok: false, state, index: 0, error: { code: 'scenario', message: `This save is for the scenario "${save.scenario.id}", not "${rules.scenario.id}".` } };
  }
  const checks = new Map(save.checkpoints.map((c) => [c.seq, c.hash]));
  for (const [index, { faction, action }] of save.actions.entries()) {
    const r = rules.apply(state, faction, action);
    if (!r.ok) return { ok: false, state, index, error: r.error };
    const expected = checks.get(r.state.seq);
    if (expected !== undefined && expected !== hashState(r.state)) {
      return { ok: false, state, index, error: { code: 'checkpoint', message: `After action ${index + 1} the game differs from the one that was saved.` } };
    }
    state = r.state;
  }
  return { ok: true, state };
}

const ids = z.array(z.string());
const actionSchema: z.ZodType<Action> = z.union([
  z.object({ type: z.literal('orders.commit'), cards: ids }).strict(),
  z.object({ type: z.enum(['bargain.offer', 'bargain.counter']), give: ids, ask: ids }).strict(),
  z.object({ type: z.literal('bargain.threaten'), trigger: z.string(), response: z.string() }).strict(),
  z.object({ type: z.literal('bargain.blackmail'), threat: z.string(), demand: ids }).strict(),
  z.object({ type: z.enum(['bargain.pass', 'bargain.accept', 'bargain.reject', 'bargain.stall', 'bargain.call']) }).strict(),
]) as z.ZodType<Action>;

const saveSchema = z.object({
  format: z.literal('union-state-save'),
  version: z.literal(1),
  rulesVersion: z.number().int(),
  scenario: z.object({ id: z.string(), hash: z.string() }),
  seed: z.number().int(),
  actions: z.array(z.object({ faction: z.enum(FACTIONS), action: actionSchema })),
  checkpoints: z.array(z.object({ seq: z.number().int(), hash: z.string() })),
});

/** Reads a save file's text; a broken file gets a message naming what is wrong. */
export function parseSave(text: string): { ok: true; save: SaveFile } | { ok: false; message: string } {
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { return { ok: false, message: `The file is not valid JSON (${(e as Error).message}).` }; }
  const r = saveSchema.safeParse(json);
  if (r.success) return { ok: true, save: r.data as SaveFile };
  const issue = r.error.issues[0]!;
  return { ok: false, message: `The save file's "${issue.path.join('.') || 'top level'}" is wrong: ${issue.message}.` };
}
