// Whether the White Cell imposed the game's end, read from its outcome override in the log: the report and the
// projector then say so, with the written reason, rather than present the end state as reached.
import type { LogEntry, PlayerView } from '../../rules/types';

export function imposedEnding(view: PlayerView): { reason: string } | null {
  const override = view.log.find((e): e is Extract<LogEntry, { kind: 'override' }> => e.kind === 'override' && e.target.startsWith('outcome:'));
  return view.outcome && override ? { reason: override.reason } : null;
}
