// The composition layer with a save store in memory: the stored games reach the menu, the statechart's writes
// reach the store, and a store that fails or never answers leaves the game playable with the reason on the menu.
import { describe, expect, it, vi } from 'vitest';
import { startApp } from '../../game/app/app';
import type { SaveRecord, SaveStore } from '../../game/app/saves/save-store';
import { createUiStore, type UiState } from '../../game/store/store';

/** Rows in memory shared by every app started on it, each told of every write as BroadcastChannel would. */
function memoryStore(initial: SaveRecord[] = []) {
  const rows = new Map(initial.map((r) => [r.id, r]));
  const listeners: (() => void)[] = [];
  const changed = () => { for (const l of listeners) l(); };
  const store: SaveStore = {
    list: async () => [...rows.values()],
    put: async (r) => { rows.set(r.id, structuredClone(r)); changed(); },
    delete: async (id) => { rows.delete(id); changed(); },
    onChange: (listener) => listeners.push(listener),
  };
  return Object.assign(store, { rows });
}

async function started(saves: SaveStore) {
  const store = createUiStore();
  const downloads: string[] = [];
  const send = startApp(store, { requested: 'ultimatum', seed: 3 }, { saves, download: (name) => downloads.push(name) });
  await vi.waitFor(() => expect(store.getState().screen).toBe('menu'), { timeout: 10_000 });
  return { store, send, downloads };
}

const notice = (s: UiState) => s.savesNotice;

describe('saves through the composition layer', () => {
  it('writes a new game to the store, lists it, exports it and deletes it', async () => {
    const saves = memoryStore();
    const { store, send, downloads } = await started(saves);
    send({ type: 'hotseat.setup' });
    send({ type: 'seats.confirm' });
    await vi.waitFor(() => expect(saves.rows.has('save-1')).toBe(true));
    send({ type: 'menu.open' });
    expect(store.getState().saves.map((s) => s.id)).toEqual(['save-1']);
    send({ type: 'saves.export', id: 'save-1' });
    expect(downloads).toEqual(['union-state-ultimatum-turn1-save-1.json']);
    send({ type: 'saves.delete', id: 'save-1' });
    await vi.waitFor(() => expect(saves.rows.size).toBe(0));
    expect(store.getState().saves).toEqual([]);
  });

  it('lists what the store already holds', async () => {
    const first = memoryStore();
    const a = await started(first);
    a.send({ type: 'hotseat.setup' });
    a.send({ type: 'seats.confirm' });
    await vi.waitFor(() => expect(first.rows.size).toBe(1));
    const { store } = await started(memoryStore([...first.rows.values()]));
    expect(store.getState().saves).toMatchObject([{ id: 'save-1', scenarioTitle: 'Ultimatum', turn: 1 }]);
  });

  it('follows another tab\'s writes, so a game started there and one started here get different slots', async () => {
    const shared = memoryStore();
    const [here, there] = [await started(shared), await started(shared)];
    there.send({ type: 'hotseat.setup' });
    there.send({ type: 'seats.confirm' });
    await vi.waitFor(() => expect(here.store.getState().saves.map((s) => s.id)).toEqual(['save-1']));
    here.send({ type: 'hotseat.setup' });
    here.send({ type: 'seats.confirm' });
    await vi.waitFor(() => expect([...shared.rows.keys()].sort()).toEqual(['save-1', 'save-2']));
    await vi.waitFor(() => expect(there.store.getState().saves.map((s) => s.id).sort()).toEqual(['save-1', 'save-2']));
  });

  it('plays on without a store that refuses, and says why on the menu', async () => {
    const broken: SaveStore = {
      list: () => Promise.reject(new Error('IndexedDB is disabled')),
      put: () => Promise.reject(new Error('quota exceeded')),
      delete: () => Promise.reject(new Error('no')),
    };
    const { store, send } = await started(broken);
    expect(notice(store.getState())).toEqual({ kind: 'unavailable', message: 'IndexedDB is disabled' });
    send({ type: 'hotseat.setup' });
    send({ type: 'seats.confirm' });
    expect(store.getState().screen).toBe('handoff');
    await vi.waitFor(() => expect(notice(store.getState())).toEqual({ kind: 'unavailable', message: 'quota exceeded' }));
    expect(store.getState().crash).toBeNull();
  });

  it('does not wait for ever on a store that never answers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const silent: SaveStore = { list: () => new Promise(() => {}), put: async () => {}, delete: async () => {} };
      const store = createUiStore();
      startApp(store, { requested: null, seed: 1 }, { saves: silent, download: () => {} });
      await vi.advanceTimersByTimeAsync(6000);
      await vi.waitFor(() => expect(store.getState().screen).toBe('menu'), { timeout: 10_000 });
      expect(notice(store.getState())).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/did not answer/) });
    } finally {
      vi.useRealTimers();
    }
  });
});
