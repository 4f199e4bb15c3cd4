// The game over time, from the view: each track's value at the end of every turn, and what to mark on the time
// axis (the events played and the deals accepted in each turn). Shared by the chart panel and the report.
import type { LogEntry, PlayerView, Scenario, TrackId } from '../../rules/types';
import { packageName } from '../format/bargain-log';
import { eventTitle } from '../format/names';

export interface TimeMarker { turn: number; kind: 'event' | 'deal'; label: string }

/** The track's value at the start (index 0) and at the end of each turn played so far. */
export function seriesOf(view: Pick<PlayerView, 'trackHistory'>, track: TrackId): number[] {
  return view.trackHistory.flatMap((values) => (values[track] === undefined ? [] : [values[track]]));
}

/** Events played and deals accepted, by turn, in the order they happened. Deals are read from the answers
 *  (`response` entries), so a deal offered and refused is not marked as a deal made. */
export function timeMarkers(log: readonly LogEntry[], scenario: Scenario): TimeMarker[] {
  return log.flatMap((e): TimeMarker[] => {
    if (e.kind === 'event') return [{ turn: e.turn, kind: 'event', label: eventTitle(scenario, e.cause.id) }];
    if (e.kind === 'response' && e.accepted) return [{ turn: e.turn, kind: 'deal', label: packageName(scenario, e.deal, e) }];
    return [];
  });
}

/**
 * The view as it stood when `turn` closed, for that turn's summary: by then the rules have opened the next turn, whose
 * events may already have moved the tracks (the dial read 6 beside "5 → 7" for the turn summarised). The tracks,
 * their history, the log and the entrapment dial's state are taken back to the turn's end.
 */
export function atTurnEnd(view: PlayerView, turn: number): PlayerView {
  const log = view.log.filter((e) => e.turn <= turn);
  // The dial's statechart logs a move, not every reading: its state then is where its last move up to the turn
  // went, or else where its next move came from (or, never moved, where it is).
  const moves = view.log.filter((e): e is Extract<LogEntry, { kind: 'decision' }> => e.kind === 'decision' && e.decision === 'entrapment');
  const zone = moves.filter((e) => e.turn <= turn).at(-1)?.to ?? moves.find((e) => e.turn > turn)?.from ?? view.decisions.entrapment;
  return {
    ...view, log, tracks: { ...view.tracks, ...view.trackHistory[turn] }, trackHistory: view.trackHistory.slice(0, turn + 1),
    decisions: zone === undefined ? view.decisions : { ...view.decisions, entrapment: zone },
  };
}

/** The tracks whose value changed at some point of the game, in the catalogue's order. */
export function movedTracks(view: Pick<PlayerView, 'trackHistory' | 'tracks'>): TrackId[] {
  return (Object.keys(view.tracks) as TrackId[]).filter((id) => new Set(seriesOf(view, id)).size > 1);
}
