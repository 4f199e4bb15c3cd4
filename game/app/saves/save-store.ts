// Where saved games live, as the application sees it: a small asynchronous interface, so the statechart and the
// tests need no browser. The browser's IndexedDB implements it in idb-save-store.ts.
import type { SaveFile } from '../../rules';

export interface SaveRecord {
  /** The slot's key: `save-<n>`; an import or a branch always gets a new one, so nothing is overwritten. */
  id: string;
  /** How the slot came to be: a game's autosave, an imported file, or a branch of another save. */
  origin: 'autosave' | 'import' | 'branch';
  /** For an import, the file name; for a branch, the id of the save it was cut from. */
  from: string | null;
  scenarioTitle: string;
  /** The turn the game is at, and whether it has ended. */
  turn: number;
  turns: number;
  over: boolean;
  /** ISO date of the last write. */
  updatedAt: string;
  save: SaveFile;
}

export interface SaveStore {
  list(): Promise<SaveRecord[]>;
  put(record: SaveRecord): Promise<void>;
  delete(id: string): Promise<void>;
}
