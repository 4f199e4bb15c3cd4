// What the screens may ask of the application. Panels never touch the rules or the session: they send these.
import type { Action } from '../rules';
import type { ScenarioFiles } from './catalogue';

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
  | { type: 'summary.continue' };

export type SendIntent = (intent: Intent) => void;
