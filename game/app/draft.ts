// A faction's orders before they are committed: the cards ticked so far and every earlier selection, so Undo
// (and Ctrl+Z) can step back. Pure values; the orders panel keeps one per move it shows and starts a fresh one
// whenever the game moves on (a new move number: a commit, a reveal, a roll), so no draft or history outlives
// its seat and move.
export interface Draft {
  /** The ticked cards, in the order they were ticked. */
  selected: readonly string[];
  /** Earlier selections, oldest first. */
  past: readonly (readonly string[])[];
}

export const emptyDraft: Draft = { selected: [], past: [] };

/** Ticks or unticks a card; a change that changes nothing leaves no step to undo. */
export function toggle(draft: Draft, card: string, on: boolean): Draft {
  const has = draft.selected.includes(card);
  if (has === on) return draft;
  const selected = on ? [...draft.selected, card] : draft.selected.filter((c) => c !== card);
  return { selected, past: [...draft.past, draft.selected] };
}

export const canUndo = (draft: Draft) => draft.past.length > 0;

/** Back to the selection before the last change. */
export function undo(draft: Draft): Draft {
  if (!canUndo(draft)) return draft;
  return { selected: draft.past.at(-1)!, past: draft.past.slice(0, -1) };
}
