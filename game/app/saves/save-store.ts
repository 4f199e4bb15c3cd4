// Where saved games live, as the application sees it: a small asynchronous interface, so the statechart and the
// tests need no browser. The browser's IndexedDB implements it in idb-save-store.ts.
import type { SaveFile } from '../../rules';
import type { SaveSummary } from '../../store/store';

/**
 * A slot: the saved-games list's line (store.ts SaveSummary: id, origin, position, last write) with the save
 * itself, whose envelope also holds the date the game began and its seats. An import or a branch always gets
 * a new id, so nothing is overwritten.
 */
export type SaveRecord = Omit<SaveSummary, 'createdAt' | 'seats' | 'ending' | 'whiteCell'> & {
  save: SaveFile;
  /** Absent from records written before they were kept: the list then says less, nothing more. */
  ending?: string | null;
  /** The game was played with the White Cell on (White Cell moves in its log say so by themselves). */
  whiteCell?: boolean;
};

export interface SaveStore {
  /** Everything stored, unchecked: the statechart reads each entry with readRecord (records.ts). */
  list(): Promise<unknown[]>;
  put(record: SaveRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** Calls back when another tab of the game changed the stored games, so this one lists them afresh. */
  onChange?(listener: () => void): void;
}
