// What the screens may ask of the application. Panels never touch the rules or the session: they send these.
import type { Action, CheckPhase, Viewer, Faction, FacilitatorAction, TeamAnswers } from '../rules';
import type { ScenarioFiles } from './catalogue';
import type { Facilitation } from './facilitator/settings';
import type { SeatChoice } from './bots/seats';
import type { WhatIfRequest } from './whatif/request';

export type Intent =
  | { type: 'scenario.select'; key: string }
  /** A facilitator's own scenario files, read from the file picker. */
  | { type: 'scenario.load'; files: ScenarioFiles }
  | { type: 'scenario.problems'; key: string }
  | { type: 'menu.open' }
  /** Several players on this device: every seat starts as a team here, and each may be made a computer player. */
  | { type: 'hotseat.setup' }
  /** Solo against the computer: the player's side, and two computer players with the default persona and difficulty. */
  | { type: 'solo.setup' }
  /** On the solo screen: the side the player takes (the other two are computer players). */
  | { type: 'solo.side'; faction: Faction }
  /** A seat becomes a person or a bot (persona and difficulty). */
  | { type: 'seats.set'; faction: Faction; seat: SeatChoice }
  | { type: 'seats.confirm' }
  | { type: 'handoff.ready' }
  /** `seq` is the move number the screen showed: a second click on a stale screen is ignored. */
  | { type: 'turn.act'; action: Action; seq: number }
  | { type: 'summary.continue' }
  /** A team's answers to the learning check, before its first turn or after the result: kept with the game's save. */
  | { type: 'learning.answer'; phase: CheckPhase; team: Faction; answers: TeamAnswers }
  /** Saved games (game/app/saves): resume, watch, export, delete a slot; import a file's text into a new slot. */
  | { type: 'saves.resume'; id: string }
  | { type: 'saves.delete'; id: string }
  | { type: 'saves.export'; id: string }
  /** `upTo` imports only the first actions of a file whose later actions no longer replay. */
  | { type: 'saves.import'; fileName: string; text: string; upTo?: number }
  /** The save to watch; without an id, the game that has just ended. */
  | { type: 'replay.open'; id?: string }
  /** Steps the replay by actions or by whole turns, forward (+) or back (-). */
  | { type: 'replay.step'; unit: 'action' | 'turn'; delta: 1 | -1 }
  | { type: 'replay.viewer'; viewer: Viewer }
  /** Continues as a new game (a new save) from the position the replay shows. */
  | { type: 'replay.branch' }
  // Facilitation (game/app/facilitator): the seats screen's settings, the orders a team has ticked (what the
  // clock commits when time runs out), the White Cell console and its moves, and pausing the game.
  | { type: 'facilitation.configure'; settings: Facilitation }
  | { type: 'orders.draft'; faction: Faction; cards: string[] }
  | { type: 'whitecell.open' }
  | { type: 'whitecell.close' }
  | { type: 'whitecell.act'; action: FacilitatorAction; seq: number }
  | { type: 'clock.pause' }
  | { type: 'clock.resume' }
  /** More time for the phase being timed (`round`, "turn.phase", as the console showed it); none for another. */
  | { type: 'clock.addTime'; round: string; seconds: number }
  /** The what-if panel: opened from the menu (scenario start) or from a game ("branch from here"). */
  | { type: 'whatif.open' }
  | { type: 'whatif.run'; request: WhatIfRequest }
  | { type: 'whatif.cancel' }
  | { type: 'whatif.close' };

export type SendIntent = (intent: Intent) => void;
