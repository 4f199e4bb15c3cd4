// The saved games in the browser's IndexedDB: one object store keyed by the record's id. Used only by the
// composition root; everything else sees the SaveStore interface. Each write is announced on a BroadcastChannel,
// so another tab (a projector view, a second window) lists the same games and picks its new slots past them.
import { openDB, type DBSchema } from 'idb';
import type { SaveRecord, SaveStore } from './save-store';

interface SavesDb extends DBSchema {
  saves: { key: string; value: SaveRecord };
}

export function idbSaveStore(name = 'union-state'): SaveStore {
  const db = openDB<SavesDb>(name, 1, {
    upgrade(database) { database.createObjectStore('saves', { keyPath: 'id' }); },
  });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${name}-saves`) : null;
  const announce = () => channel?.postMessage('changed');
  return {
    list: async () => (await db).getAll('saves'),
    put: async (record) => { await (await db).put('saves', record); announce(); },
    delete: async (id) => { await (await db).delete('saves', id); announce(); },
    onChange: (listener) => channel?.addEventListener('message', listener),
  };
}
