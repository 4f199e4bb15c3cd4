// What the screens may ask of the application. Panels never touch the rules or the session: they send these.
import type { Action, Faction, FacilitatorAction } from '../rules';
import type { ScenarioFiles } from './catalogue';
import type { Facilitation } from './facilitator/settings';

export type Intent =
  | { type: 'scenario.select'; key: string }
  /** A facilitator's own scenario files, read from the file picker. */
  | { type: 'scenario.load'; files: ScenarioFiles }
  | { type: 'scenario.problems'; key: string }
  | { type: 'menu.open' }
  | { type: 'hotseat.setup' }
  | { type: 'seats.confirm' }
  | { type: 'handoff.ready' }
  /** `seq` is the move number the screen showed: a second click on a stale screen is ignored. */
  | { type: 'turn.act'; action: Action; seq: number }
  | { type: 'summary.continue' }
  // Facilitation (game/app/facilitator): the seats screen's settings, the orders a team has ticked (what the
  // clock commits when time runs out), the White Cell console and its moves, and pausing the game.
  | { type: 'facilitation.configure'; settings: Facilitation }
  | { type: 'orders.draft'; faction: Faction; cards: string[] }
  | { type: 'whitecell.open' }
  | { type: 'whitecell.close' }
  | { type: 'whitecell.act'; action: FacilitatorAction; seq: number }
  | { type: 'clock.pause' }
  | { type: 'clock.resume' };

export type SendIntent = (intent: Intent) => void;
