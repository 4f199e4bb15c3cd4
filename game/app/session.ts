// A match in progress as a plain value: the scenario's rules, the game state and the list of applied actions
// (which, with the seed, is the save, together with the checkpoints kept as it goes). Every change goes through
// rules.apply with the move number it was shown.
import { checkpointOf, describeDecision, hashScenario, rulesFor, type Action, type Checkpoint, type CheckPhase, type DecisionGraph, type Faction, type GameState, type LearningAnswers, type RuleError, type Rules, type SaveEntry, type Scenario, type TeamAnswers } from '../rules';

export interface Session {
  rules: Rules;
  seed: number;
  state: GameState;
  actions: SaveEntry[];
  /** The save's checkpoints so far (a hash at every phase's close), so that autosaving never replays the game. */
  checkpoints: Checkpoint[];
  /** The scenario's decision statecharts as data, for drawing them with the current state lit. */
  graphs: DecisionGraph[];
  /** The teams' answers to the learning check in this game, saved with it (not moves: the rules never see them). */
  learning?: LearningAnswers;
}

export function startSession(scenario: Scenario, seed: number): Session {
  const rules = rulesFor(scenario);
  return { rules, seed, state: rules.setup(seed), actions: [], checkpoints: [], graphs: scenario.decisions.map(describeDecision) };
}

export type Applied = { ok: true; session: Session } | { ok: false; error: RuleError };

/** Applies one intent; `seq` is the move the player saw, so an intent built on an older screen is refused. */
export function act(session: Session, faction: Faction, action: Action, seq: number): Applied {
  const early = prepared.get(session);
  if (early && early.faction === faction && early.action === action && early.seq === seq) return early.applied;
  const result = session.rules.apply(session.state, faction, action, seq);
  return result.ok ? { ok: true, session: advanced(session, { faction, action }, result.state) } : result;
}

// A bot's move arrives from its worker some time before it is applied (the thinking pause): the rules work it out
// then, in a task of their own, so that the task applying it only redraws. The same result either way.
const prepared = new WeakMap<Session, { faction: Faction; action: Action; seq: number; applied: Applied }>();

/** Works out act(session, faction, action, seq) ahead of time, with the autosave's scenario hash. */
export function prepare(session: Session, faction: Faction, action: Action, seq: number): void {
  if (prepared.get(session)?.action === action) return;
  hashScenario(session.rules.scenario);
  prepared.set(session, { faction, action, seq, applied: act(session, faction, action, seq) });
}

/** The session after an entry the rules have applied. */
export function advanced(session: Session, entry: SaveEntry, state: GameState): Session {
  const check = checkpointOf(session.state, state);
  return { ...session, state, actions: [...session.actions, entry], checkpoints: check ? [...session.checkpoints, check] : session.checkpoints };
}

/** The session with one team's answers to the learning check; answering again replaces that team's answers. */
export function answered(session: Session, phase: CheckPhase, team: Faction, answers: TeamAnswers): Session {
  const learning = session.learning ?? {};
  return { ...session, learning: { ...learning, [phase]: { ...learning[phase], [team]: { ...answers } } } };
}

/** Who must act next on this device; null once the game is over. */
export function nextFaction(session: Session): Faction | null {
  return session.rules.activeFactions(session.state)[0] ?? null;
}
