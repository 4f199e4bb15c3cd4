// Messages between the page and the bot worker. The page sends the faction's view and legal actions only, never
// the full state, so a bot in the worker knows what a player in that seat would know.
import type { BotSettings } from '../../ai/bot';
import type { Action, Faction, PlayerView, Scenario } from '../../rules';

export interface BotRequest {
  /** The scenario travels once per match; later requests name it by key. */
  scenarioKey: string;
  scenario?: Scenario;
  faction: Faction;
  view: PlayerView;
  legal: Action[];
  settings: BotSettings;
}

export type BotReply =
  | { ok: true; faction: Faction; seq: number; action: Action; reason: string }
  | { ok: false; message: string };
