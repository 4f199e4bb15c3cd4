// The UI store: a read-only projection of the application for the one person now at the screen.
// Only the app runner writes it; panels and the map subscribe with selectors and answer with intents.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Action, DecisionGraph, Faction, PlayerView, RuleError, Scenario, ScenarioIssue } from '../rules';
import type { Seats } from '../app/bots/seats';
import type { WhatIf } from '../app/whatif/state';

export type Screen = 'loading' | 'menu' | 'problems' | 'seats' | 'handoff' | 'turn' | 'thinking' | 'summary' | 'result' | 'whatif';

/** A bot's move as the people at the screen may know it: the reason for secret orders waits for their reveal. */
export interface BotMoveShown { seq: number; turn: number; faction: Faction; reason: string | null }

/** The what-if panel as the screen shows it. */
export type WhatIfPanel = Pick<WhatIf, 'returnTo' | 'branchTurn' | 'request' | 'done' | 'total' | 'result' | 'error'> & { running: boolean };

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

export interface UiState {
  screen: Screen;
  catalogue: ScenarioSummary[];
  selected: string | null;
  notice: Notice | null;
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
  /** Person or bot in each seat. */
  seats: Seats;
  /** The bot whose move is being computed. */
  thinking: Faction | null;
  /** Every bot move of the match with its reason, oldest first. */
  botMoves: BotMoveShown[];
  whatif: WhatIfPanel | null;
}

export const initialUiState: UiState = {
  screen: 'loading', catalogue: [], selected: null, notice: null, problems: null,
  scenario: null, faction: null, view: null, decisionGraphs: [], legal: [], error: null, summaryTurn: null, crash: null,
  seats: { belarus: { kind: 'human' }, russia: { kind: 'human' }, nato: { kind: 'human' } }, thinking: null, botMoves: [], whatif: null,
};

export function createUiStore() {
  return createStore<UiState>()(subscribeWithSelector(() => initialUiState));
}

export type UiStore = ReturnType<typeof createUiStore>;
