// The UI store: a read-only projection of the application for the one person now at the screen.
// Only the app runner writes it; panels and the map subscribe with selectors and answer with intents.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Action, FacilitatorAction, Condition, EndStateId, DecisionGraph, Faction, LearningAnswers, PlayerView, RuleError, SaveFile, Scenario, ScenarioIssue, Actor, Viewer } from '../rules';
import type { Facilitation } from '../app/facilitator/settings';
import type { TimeUp } from '../app/facilitator/timeout';
import type { Seats } from '../app/bots/seats';
import type { WhatIf } from '../app/whatif/state';

export type Screen = 'loading' | 'menu' | 'problems' | 'seats' | 'solo' | 'handoff' | 'turn' | 'thinking' | 'summary' | 'result' | 'replay' | 'whatif'
  // The White Cell's console (in a match) and the projector window (?view=projector).
  | 'whiteCell' | 'projector';

/** The phase clock as everyone sees it; null when no phase is timed. */
export interface TimerView {
  phase: 'orders' | 'bargaining';
  remainingMs: number;
  durationMs: number;
  status: 'running' | 'paused' | 'expired';
}

/** A bot's move as the people at the screen may know it: the reason for secret orders waits for their reveal. */
export interface BotMoveShown { seq: number; turn: number; faction: Faction; reason: string | null }

/** The what-if panel as the screen shows it. */
export type WhatIfPanel = Pick<WhatIf, 'returnTo' | 'branchTurn' | 'startTracks' | 'request' | 'done' | 'total' | 'result' | 'error'> & { running: boolean };

/** One line of the menu's scenario list. */
export interface ScenarioSummary {
  /** Names the entry in intents: bundled and loaded copies of one folder are different entries. */
  key: string;
  folder: string;
  /** Where the files came from: shipped with the game, or loaded by the facilitator. */
  origin: 'bundled' | 'loaded';
  title: string;
  subtitle: string;
  period: string;
  turns: number;
  /** Number of problems found when the files were checked; 0 means playable. */
  issueCount: number;
}

/** Something the menu must tell the user about the scenario asked for in the address. */
export type Notice =
  | { kind: 'unknown-scenario'; id: string; known: string[] }
  | { kind: 'invalid-scenario'; id: string }
  | { kind: 'unknown-play'; value: string; known: string[] };

/** What the after-action report takes from the rules once the game is over. */
export interface AfterAction {
  /** The save envelope (seed + actions + checkpoints): the JSON action log players can download and replay. */
  save: SaveFile;
  /** The reached end state's trigger conditions, each with whether it holds in the final state. */
  trigger: { condition: Condition; holds: boolean }[];
  /** Every other end state with the trigger conditions that did not hold at the end: why the game did not end there. */
  missed: { endState: EndStateId; unmet: Condition[] }[];
}

/** One line of the saved-games list. */
export interface SaveSummary {
  /** The slot's key, `save-<n>`. */
  id: string;
  /** How the slot came to be: a game's autosave, an imported file, or a branch of another save. */
  origin: 'autosave' | 'import' | 'branch';
  /** The imported file's name, or the save a branch was cut from. */
  from: string | null;
  scenarioTitle: string;
  /** The turn the game is at, and whether it has ended. */
  turn: number;
  turns: number;
  over: boolean;
  /** The end state's title, once the game has ended (null before, and for a record written before this was kept). */
  ending: string | null;
  /** A White Cell (facilitator) ran the game: it was played with the White Cell on, or its log has White Cell moves. */
  whiteCell: boolean;
  /** ISO dates: when the game began (null if the save did not record it), and the last write. */
  createdAt: string | null;
  updatedAt: string;
  seats: Record<Faction, string>;
}

/** What the saved-games section must tell the user about the last thing asked of it. */
export type SavesNotice =
  | { kind: 'imported'; fileName: string; id: string }
  /** `usable` actions from the start still replay (0: none): the file's text is kept to offer importing those. */
  | { kind: 'import-failed'; fileName: string; message: string; usable: number; text: string }
  | { kind: 'open-failed'; message: string }
  | { kind: 'unavailable'; message: string }
  /** Stored records that could not be read (damaged, or written by another version); left in storage, not listed. */
  | { kind: 'unreadable'; count: number };

/** The replay viewer's position: the view shown is `view`, seen by `viewer`. */
export interface ReplayInfo {
  recordId: string;
  /** Actions applied in the state shown (0 = the setup), and how many the save holds. */
  index: number;
  total: number;
  viewer: Viewer;
  /** The action that led here, with its content only if the viewer may know it (hidden orders stay hidden), and
   *  whether the phase clock made it when time ran out (said even of hidden orders). */
  step: { by: Actor; action: Action | FacilitatorAction | null; byClock: boolean } | null;
  canBranch: boolean;
}

export interface UiState {
  screen: Screen;
  catalogue: ScenarioSummary[];
  selected: string | null;
  notice: Notice | null;
  /** Parameters of the address that were not understood ("seed=abc: expected …"), named on the menu. */
  addressProblems: string[];
  /** The scenario folder whose problems the problems screen lists. */
  problems: { folder: string; origin: ScenarioSummary['origin']; issues: ScenarioIssue[] } | null;
  /** The scenario being played: titles and texts of cards, events, deals, briefs, history. */
  scenario: Scenario | null;
  /** Whose hand-off or turn screen this is. */
  faction: Faction | null;
  /** The rules' view for the faction at the screen, or the public view between turns. */
  view: PlayerView | null;
  /** The scenario's decision statecharts (states and transitions), drawn with view.decisions lit. */
  decisionGraphs: DecisionGraph[];
  /** What the faction at the screen may do now, straight from legalActions. */
  legal: Action[];
  /** Why the last action was refused; the game state did not change. */
  error: RuleError | null;
  /** The turn the summary screen reports on. */
  summaryTurn: number | null;
  /** Set when the application itself failed (a bug, or the scenarios could not be fetched). */
  crash: string | null;
  /** Once the game is over: the save and the end state's conditions, for the after-action report. */
  afterAction: AfterAction | null;
  /** The learning check's answers of the game in play (empty outside a game): the screens that offer the check read
   *  them when drawn, and are not drawn again for a new answer (each keeps its own copy from then on). */
  learning: LearningAnswers;
  saves: SaveSummary[];
  savesNotice: SavesNotice | null;
  replay: ReplayInfo | null;
  /** Facilitation: the settings, address parameters that were not understood, the White Cell's last refusal, and
   *  its last move the rules took (confirmed beside its button). */
  facilitation: {
    settings: Facilitation; problems: string[]; refused: { type: FacilitatorAction['type']; error: RuleError } | null; done: FacilitatorAction | null;
    /** Time the White Cell has added to the phase being played (ms; 0 when none). */
    added: number;
  };
  /** The White Cell paused the game: the clock stops and the teams' screens wait. */
  paused: boolean;
  timer: TimerView | null;
  /** The clock's timeouts in the turn the screen is about, oldest first: the screens name whose moves it made until
   *  the turn is over. */
  timeUps: TimeUp[];
  /** Person or bot in each seat. */
  seats: Seats;
  /** The bot whose move is being computed. */
  thinking: Faction | null;
  /** Every bot move of the match with its reason, oldest first. */
  botMoves: BotMoveShown[];
  whatif: WhatIfPanel | null;
}

export const initialUiState: UiState = {
  screen: 'loading', catalogue: [], selected: null, notice: null, addressProblems: [], problems: null,
  scenario: null, faction: null, view: null, decisionGraphs: [], legal: [], error: null, summaryTurn: null, crash: null,
  afterAction: null, learning: {},
  saves: [], savesNotice: null, replay: null,
  facilitation: { settings: { whiteCell: false, timer: { orders: null, bargaining: null }, onTimeout: 'commit-prepared' }, problems: [], refused: null, done: null, added: 0 },
  paused: false, timer: null, timeUps: [],
  seats: { belarus: { kind: 'human' }, russia: { kind: 'human' }, nato: { kind: 'human' } }, thinking: null, botMoves: [], whatif: null,
};

export function createUiStore() {
  return createStore<UiState>()(subscribeWithSelector(() => initialUiState));
}

export type UiStore = ReturnType<typeof createUiStore>;
