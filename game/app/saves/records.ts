// Pure helpers between a match and its saved record: building a record, opening one (or an imported file) by
// replaying every action against the scenario it names, and explaining in words why one cannot be opened.
import {
  hashScenario, parseSave, saveFile, replaySteps, type GameState, type Rules, type SaveEntry, type SaveFile,
} from '../../rules';
import type { CatalogueEntry } from '../catalogue';
import { startSession, type Session } from '../session';
import type { SaveRecord } from './save-store';

const ORIGINS: readonly SaveRecord['origin'][] = ['autosave', 'import', 'branch'];

/**
 * A stored record as read back from the browser: checked field by field and its save parsed (and migrated) like
 * an imported file, because storage written by another version, or damaged, is input like any other. Null if
 * it cannot be used.
 */
export function readRecord(raw: unknown): SaveRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const texts = ['id', 'scenarioTitle', 'updatedAt'].every((k) => typeof r[k] === 'string');
  const numbers = ['turn', 'turns'].every((k) => Number.isInteger(r[k]));
  if (!texts || !numbers || typeof r.over !== 'boolean' || !ORIGINS.includes(r.origin as SaveRecord['origin'])) return null;
  if (r.from !== null && typeof r.from !== 'string') return null;
  const parsed = parseSave(JSON.stringify(r.save ?? null));
  // What the list says beside the game (its ending, the White Cell) is kept only if it reads right.
  const extras = { ending: typeof r.ending === 'string' ? r.ending : null, whiteCell: r.whiteCell === true };
  return parsed.ok ? { ...(r as unknown as SaveRecord), ...extras, save: parsed.save } : null;
}

/** The next free slot: one past the highest number in use, so a new slot never lands on an existing one. */
export function nextSaveId(ids: readonly string[]): string {
  const used = ids.map((id) => Number(/^save-(\d+)$/.exec(id)?.[1] ?? 0));
  return `save-${Math.max(0, ...used) + 1}`;
}

export interface SlotInfo {
  id: string;
  origin: SaveRecord['origin'];
  from: string | null;
  createdAt: string | null;
  seats: SaveFile['seats'];
  /** Played with the White Cell on (the facilitation setting when the slot was made or resumed). */
  whiteCell?: boolean;
}

export function recordOf(slot: SlotInfo, session: Session, now: string): SaveRecord {
  const { rules, state } = session;
  const end = state.outcome && rules.scenario.endStates.find((e) => e.id === state.outcome!.endState);
  return {
    id: slot.id, origin: slot.origin, from: slot.from, scenarioTitle: rules.scenario.title,
    turn: state.turn, turns: rules.scenario.turns, over: rules.isOver(state), updatedAt: now,
    ending: state.outcome ? end?.title ?? state.outcome.endState : null, whiteCell: slot.whiteCell === true,
    save: saveFile(session, { createdAt: slot.createdAt, seats: slot.seats }),
  };
}

/** A failure says why, and how many actions from the start still replay (ARCHITECTURE.md: "offers the game up to there"). */
export type Opened = { ok: true; rules: Rules; save: SaveFile; states: GameState[] } | { ok: false; message: string; usable?: number };

/** The playable scenario a save names; with two copies (shipped and loaded), the one whose content matches. */
function rulesFor(catalogue: readonly CatalogueEntry[], save: SaveFile): Rules | string {
  const candidates = catalogue.flatMap((e) => (e.ok && e.scenario.id === save.scenario.id ? [e.scenario] : []));
  if (!candidates.length) {
    const known = catalogue.flatMap((e) => (e.ok ? [e.scenario.id] : []));
    return `This save is for the scenario "${save.scenario.id}", which is not among the scenarios here (${known.join(', ')}). Load that scenario's files first.`;
  }
  const scenario = candidates.find((s) => hashScenario(s) === save.scenario.hash) ?? candidates[0]!;
  return startSession(scenario, save.seed).rules;
}

function actorName(entry: SaveEntry | undefined): string {
  return entry ? `${entry.faction}: ${entry.action.type}` : 'none';
}

/** Replays a save against the catalogue's scenario; any action that no longer applies is named with its number. */
export function openSave(catalogue: readonly CatalogueEntry[], save: SaveFile): Opened {
  const rules = rulesFor(catalogue, save);
  if (typeof rules === 'string') return { ok: false, message: rules };
  const { result, states } = replaySteps(rules, save);
  if (result.ok) return { ok: true, rules, save, states };
  // Likely reasons a save that once replayed no longer does.
  const changed = hashScenario(rules.scenario) !== save.scenario.hash ? ' The scenario\'s files have changed since this game was saved.' : '';
  if (result.error.code === 'scenario') return { ok: false, message: result.error.message };
  if (result.error.code === 'rules') return { ok: false, message: result.error.message };
  if (result.error.code === 'truncated') return { ok: false, message: result.error.message + changed, usable: save.actions.length };
  const entry = save.actions[result.index];
  return {
    ok: false,
    message: `Action ${result.index + 1} of ${save.actions.length} (${actorName(entry)}) cannot be replayed: ${result.error.message}${changed}`,
    usable: result.index,
  };
}

/** The save's first `actions` actions, with the checkpoints that fall among them. */
const cutSave = (save: SaveFile, actions: number): SaveFile =>
  ({ ...save, actions: save.actions.slice(0, actions), checkpoints: save.checkpoints.filter((c) => c.seq <= actions) });

/** A file's text, checked all the way: the envelope, then every action replayed (only the first `upTo`, if given). */
export function openSaveText(catalogue: readonly CatalogueEntry[], text: string, upTo?: number): Opened {
  const parsed = parseSave(text);
  if (!parsed.ok) return parsed;
  return openSave(catalogue, upTo === undefined ? parsed.save : cutSave(parsed.save, upTo));
}

/** A match at the end of a replayed log (or a prefix of it, for a branch). Facilitator entries never get here:
 *  replay refuses them (save.ts), so every entry is a faction's. */
export function sessionAt(opened: Extract<Opened, { ok: true }>, actions: number): Session {
  return {
    ...startSession(opened.rules.scenario, opened.save.seed),
    rules: opened.rules,
    state: opened.states[actions]!,
    actions: opened.save.actions.slice(0, actions) as Session['actions'],
    checkpoints: opened.save.checkpoints.filter((c) => c.seq <= actions),
    ...(opened.save.learning ? { learning: opened.save.learning } : {}),
  };
}

/** What a downloaded save file is called: scenario, turn and slot, safe for any file system. */
export function exportFileName(record: SaveRecord): string {
  return `union-state-${record.save.scenario.id}-turn${record.turn}-${record.id}.json`;
}
