// The saves' share of the store: the saved-games list without the envelopes, the last notice, and the replay
// viewer's position with the action that led there (its cards only for a viewer entitled to see them).
import type { Action, FacilitatorAction, SaveEntry, Viewer } from '../../rules';
import type { ReplayInfo, SaveSummary, SavesNotice } from '../../store/store';
import { canBranch, lastAction, lastIndex, type ReplayModel } from './replay-model';
import type { SaveRecord } from './save-store';

export function summariseSave(r: SaveRecord): SaveSummary {
  return {
    id: r.id, origin: r.origin, from: r.from, scenarioTitle: r.scenarioTitle, turn: r.turn, turns: r.turns, over: r.over,
    ending: r.over ? r.ending ?? null : null, whiteCell: r.whiteCell === true || r.save.actions.some((e) => e.faction === 'facilitator'),
    createdAt: r.save.createdAt, updatedAt: r.updatedAt, seats: { ...r.save.seats },
  };
}

/** Newest first: the game just played is at the top of the list. */
export const savesList = (records: readonly SaveRecord[]): SaveSummary[] =>
  [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id)).map(summariseSave);

/** Committed orders are secret until revealed; the viewer sees the cards only of their own faction's entries. */
function visibleAction(entry: SaveEntry, viewer: Viewer): Action | FacilitatorAction | null {
  const secret = entry.action.type === 'orders.commit' && viewer !== 'facilitator' && viewer !== entry.faction;
  return secret ? null : entry.action;
}

export function replayInfo(m: ReplayModel): ReplayInfo {
  const entry = lastAction(m);
  return {
    recordId: m.recordId, index: m.index, total: lastIndex(m), viewer: m.viewer,
    step: entry ? { by: entry.faction, action: visibleAction(entry, m.viewer), byClock: 'byClock' in entry.action && entry.action.byClock === true } : null,
    canBranch: canBranch(m),
  };
}

export interface SavesProjection { saves: SaveSummary[]; savesNotice: SavesNotice | null; replay: ReplayInfo | null }

export function projectSaves(ctx: { saves: readonly SaveRecord[]; savesNotice: SavesNotice | null; replay: ReplayModel | null }): SavesProjection {
  return { saves: savesList(ctx.saves), savesNotice: ctx.savesNotice, replay: ctx.replay ? replayInfo(ctx.replay) : null };
}
