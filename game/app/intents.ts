// What the screens may ask of the application. Panels never touch the rules or the session: they send these.
import type { Action, Faction } from '../rules';
import type { SeatChoice } from './bots/seats';
import type { ScenarioFiles } from './catalogue';
import type { WhatIfRequest } from './whatif/request';

export type Intent =
  | { type: 'scenario.select'; key: string }
  /** A facilitator's own scenario files, read from the file picker. */
  | { type: 'scenario.load'; files: ScenarioFiles }
  | { type: 'scenario.problems'; key: string }
  | { type: 'menu.open' }
  | { type: 'hotseat.setup' }
  /** A seat becomes a person or a bot (persona and difficulty). */
  | { type: 'seats.set'; faction: Faction; seat: SeatChoice }
  /** One click: play `faction` against two bots, starting at once. */
  | { type: 'seats.solo'; faction: Faction }
  | { type: 'seats.confirm' }
  | { type: 'handoff.ready' }
  /** `seq` is the move number the screen showed: a second click on a stale screen is ignored. */
  | { type: 'turn.act'; action: Action; seq: number }
  | { type: 'summary.continue' }
  /** The what-if panel: opened from the menu (scenario start) or from a game ("branch from here"). */
  | { type: 'whatif.open' }
  | { type: 'whatif.run'; request: WhatIfRequest }
  | { type: 'whatif.cancel' }
  | { type: 'whatif.close' };

export type SendIntent = (intent: Intent) => void;
