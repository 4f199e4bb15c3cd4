// The projector's log: the latest turns' public entries, for a room that reads the top of a wall: the newest turn
// first and, inside a turn, the newest item first. Grouped in the order things happened (a card, an event or a
// White Cell move heads the changes it made) before the items are turned round, so that each shows once.
import type { LogEntry, PlayerView, Scenario } from '../../rules';
import { groupLog, type LogGroup } from './log-entry';

export function recentLog(view: PlayerView, scenario: Scenario, turns = 2): { turn: number; groups: LogGroup[] }[] {
  const recent = view.log.filter((e: LogEntry) => e.visibleTo === 'all' && e.turn > view.turn - turns && e.kind !== 'committed');
  return [...new Set(recent.map((e) => e.turn))].sort((a, b) => b - a)
    .map((turn) => ({ turn, groups: groupLog(recent.filter((e) => e.turn === turn), scenario).reverse() }));
}
