// The app statechart's saved games, driven with XState's pure transition(): autosave after every phase (the
// writes are emitted for the composition root to carry out), resume at the same turn, export → import in a new
// slot, broken imports refused with the list unchanged, delete, the replay viewer (steps, points of view) and
// branching into a new game while the original save stays as it was.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { appMachine, type AppEffect, type AppEvent } from '../../game/app/app.machine';
import type { SaveRecord } from '../../game/app/saves/save-store';
import { project } from '../../game/app/projection';
import { stateName } from '../../game/rules/decisions';
import { closesPhase, hashState, parseSave, saveFile, type SaveFile } from '../../game/rules';
import { DEFAULT_FACILITATION } from '../../game/app/facilitator/settings';
import { whiteCellGame } from '../ui/games';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));
type Snap = ReturnType<typeof initialTransition<typeof appMachine>>[0];
const NOW = '2026-11-25T03:00:00.000Z';
const at = (s: Snap) => stateName(s.value);

/** One step, with what it asked of the save store and the browser. */
function step(s: Snap, e: AppEvent): [Snap, AppEffect[]] {
  const [next, actions] = transition(appMachine, s, e);
  // transition() returns the emit actions unexecuted; their params carry the emitted event.
  const effects = actions.filter((a) => (a.type as string) === 'xstate.emit').map((a) => (a.params as unknown as { event: AppEffect }).event);
  return [next, effects];
}
const send = (s: Snap, e: AppEvent) => step(s, e)[0];

function menu(saves: SaveRecord[] = [], requested = 'ultimatum'): Snap {
  const [s0] = initialTransition(appMachine, { requested, seed: 11, now: () => NOW });
  return send(s0, { type: 'catalogue.loaded', folders, saves });
}

/** Plays from the current match state until `until` holds, collecting every write. */
function playUntil(start: Snap, until: (s: Snap) => boolean, seed = 4): { s: Snap; writes: SaveRecord[]; checks: boolean[] } {
  let s = start;
  const writes: SaveRecord[] = [];
  const checks: boolean[] = [];
  const pick = seeded(seed);
  for (let guard = 0; guard < 600 && !until(s); guard++) {
    if (at(s) === 'match.handoff') { s = send(s, { type: 'handoff.ready' }); continue; }
    if (at(s) === 'match.summary') { s = send(s, { type: 'summary.continue' }); continue; }
    if (at(s) !== 'match.turn') break;
    const { rules, state } = s.context.session!;
    const legal = rules.legalActions(state, s.context.faction!);
    const [next, effects] = step(s, { type: 'turn.act', action: legal[pick(legal.length)]!, seq: state.seq });
    const written = effects.filter((e) => e.type === 'saves.write').map((e) => e.record);
    // A write happens exactly when the action closed a phase or a turn, or ended the game.
    checks.push(closesPhase(state, next.context.session!.state) === (written.length === 1));
    writes.push(...written);
    s = next;
  }
  return { s, writes, checks };
}

function newMatch(saves: SaveRecord[] = [], scenario = 'ultimatum'): [Snap, SaveRecord] {
  const [s, effects] = step(send(menu(saves, scenario), { type: 'hotseat.setup' }), { type: 'seats.confirm' });
  const first = effects.find((e) => e.type === 'saves.write');
  if (first?.type !== 'saves.write') throw new Error('a new match is saved at once');
  return [s, first.record];
}

/** A whole finished ultimatum game's autosave, and the app back on the menu with it listed. */
function finishedGame(): { s: Snap; record: SaveRecord } {
  const [s0] = newMatch();
  const { s, writes } = playUntil(s0, (x) => at(x) === 'result');
  return { s: send(s, { type: 'menu.open' }), record: writes.at(-1)! };
}

describe('autosave', () => {
  it('writes the new match to a slot at once, then after exactly the actions that close a phase or turn', () => {
    const [s0, first] = newMatch();
    expect(first).toMatchObject({ id: 'save-1', origin: 'autosave', turn: 1, over: false, updatedAt: NOW });
    expect(first.save).toMatchObject({ version: 2, createdAt: NOW, actions: [] });
    const { s, writes, checks } = playUntil(s0, (x) => (x.context.session?.state.turn ?? 0) >= 3);
    expect(checks.length).toBeGreaterThan(5);
    expect(checks.every(Boolean)).toBe(true);
    expect(writes.every((w) => w.id === 'save-1')).toBe(true);
    expect(writes.at(-1)!.turn).toBe(3);
    expect(s.context.saves).toEqual([writes.at(-1)]);
  });

  it('lists only the stored records it can read, and says how many it left out', () => {
    const { record } = finishedGame();
    const newer = { ...record, id: 'save-5', save: { ...record.save, version: 3 } };
    const [s0] = initialTransition(appMachine, { requested: null, seed: 1, now: () => NOW });
    const s = send(s0, { type: 'catalogue.loaded', folders, saves: [null, { id: 4 }, 'x', record, newer, { ...record, id: 'save-6', updatedAt: 7 }] });
    expect(s.context.saves.map((r) => r.id)).toEqual(['save-1']);
    expect(s.context.savesNotice).toEqual({ kind: 'unreadable', count: 5 });
    expect(project(s).saves).toHaveLength(1);
    // The unreadable ones keep their slots: a new game goes past them.
    const [, effects] = step(send(s, { type: 'hotseat.setup' }), { type: 'seats.confirm' });
    expect(effects).toMatchObject([{ type: 'saves.write', record: { id: 'save-7' } }]);
  });

  it('gives a new game the slot after the highest stored one, so no stored game is overwritten', () => {
    const { record } = finishedGame();
    const stored = [{ ...record, id: 'save-7' }, { ...record, id: 'save-2' }];
    const [, first] = newMatch(stored);
    expect(first.id).toBe('save-8');
  });
});

describe.each(scenarioIds())('export and import: %s', (id) => {
  it('a finished game exported and imported resumes at the same state hash, on the result screen', () => {
    const [s0] = newMatch([], id);
    const { s: end } = playUntil(s0, (x) => at(x) === 'result', 21);
    const s = send(end, { type: 'menu.open' });
    const [, [download]] = step(s, { type: 'saves.export', id: 'save-1' });
    if (download?.type !== 'saves.download') throw new Error('expected a download');
    const imported = send(s, { type: 'saves.import', fileName: download.fileName, text: download.text });
    const resumed = send(imported, { type: 'saves.resume', id: 'save-2' });
    expect(at(resumed)).toBe('result');
    expect(hashState(resumed.context.session!.state)).toBe(hashState(end.context.session!.state));
  });
});

describe('resume, export, import, delete', () => {
  it('resumes a stored game at the same turn and state, on the hand-off to whoever acts next', () => {
    const [s0] = newMatch();
    const { s: mid, writes } = playUntil(s0, (x) => (x.context.session?.state.turn ?? 0) >= 3 && at(x) === 'match.handoff');
    const last = writes.at(-1)!;
    const s = send(menu([last]), { type: 'saves.resume', id: last.id });
    expect(at(s)).toBe('match.handoff');
    expect(hashState(s.context.session!.state)).toBe(hashState(mid.context.session!.state));
    expect(s.context.faction).toBe(mid.context.faction);
    // It goes on saving to its own slot.
    const [, effects] = step(send(s, { type: 'handoff.ready' }), { type: 'menu.open' });
    expect(effects).toEqual([]);
    expect(s.context.slot?.id).toBe(last.id);
  });

  it('opens the game just finished in the replay viewer from the result screen', () => {
    const [s0] = newMatch();
    const { s } = playUntil(s0, (x) => at(x) === 'result');
    const r = send(s, { type: 'replay.open' });
    expect(at(r)).toBe('replay');
    expect(r.context.session).toBeNull();
    expect(r.context.replay!.opened.save.actions).toEqual(s.context.session!.actions);
  });

  it('resumes a finished game on its result screen', () => {
    const { s, record } = finishedGame();
    expect(at(send(s, { type: 'saves.resume', id: record.id }))).toBe('result');
  });

  it('exports a save file that imports into a new slot with the same final state, leaving the original as it was', () => {
    const { s, record } = finishedGame();
    const [, exported] = step(s, { type: 'saves.export', id: record.id });
    expect(exported).toHaveLength(1);
    const download = exported[0]!;
    if (download.type !== 'saves.download') throw new Error('expected a download');
    expect(download.fileName).toMatch(/^union-state-ultimatum-turn\d+-save-1\.json$/);
    const [after, effects] = step(s, { type: 'saves.import', fileName: download.fileName, text: download.text });
    expect(after.context.savesNotice).toEqual({ kind: 'imported', fileName: download.fileName, id: 'save-2' });
    expect(effects).toHaveLength(1);
    const imported = (effects[0] as Extract<AppEffect, { type: 'saves.write' }>).record;
    expect(imported).toMatchObject({ id: 'save-2', origin: 'import', from: download.fileName });
    expect(imported.save.actions).toEqual(record.save.actions);
    expect(imported.save.checkpoints).toEqual(record.save.checkpoints);
    expect(after.context.saves.find((r) => r.id === record.id)).toBe(record);
    // Importing the same file again makes a third slot; nothing is replaced.
    const again = send(after, { type: 'saves.import', fileName: download.fileName, text: download.text });
    expect(again.context.saves.map((r) => r.id).sort()).toEqual(['save-1', 'save-2', 'save-3']);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length - 40), /cut short/],
    ['not a save', () => '{"hello": "world"}', /not a Union State save/],
    ['another, unknown scenario', (text: string) => text.replace('"id":"ultimatum"', '"id":"atlantis"'), /scenario "atlantis", which is not among the scenarios here/],
    ['a tampered action', (text: string) => {
      const save = JSON.parse(text) as SaveFile;
      (save.actions[1]!.action as { cards: string[] }).cards = ['by-no-such-card'];
      return JSON.stringify(save);
    }, /^Action 2 of \d+ \(russia: orders\.commit\) cannot be replayed: .*not legal/],
    ['a wrong field', (text: string) => text.replace('"seed":11', '"seed":"eleven"'), /"seed" is wrong/],
    ['from other rules and scenario files', (text: string) => {
      const save = JSON.parse(text) as SaveFile;
      return JSON.stringify({ ...save, rulesVersion: 0, scenario: { ...save.scenario, hash: 'other' }, checkpoints: [{ seq: 1, hash: 'x' }] });
    }, /^This game was played under rules version 0; this version of the game replays rules versions \d+ to \d+, so its moves cannot be replayed\.$/],
  ])('refuses a file that is %s, naming the problem, and leaves the list unchanged', (_kind, corrupt, message) => {
    const { s, record } = finishedGame();
    const text = JSON.stringify(record.save);
    const [after, effects] = step(s, { type: 'saves.import', fileName: 'bad.json', text: corrupt(text) });
    expect(effects).toEqual([]);
    expect(after.context.saves).toBe(s.context.saves);
    expect(after.context.savesNotice).toMatchObject({ kind: 'import-failed', fileName: 'bad.json', message: expect.stringMatching(message) });
    expect(project(after).savesNotice).toEqual(after.context.savesNotice);
  });

  it('offers to import the actions before the first that no longer replays, as a new slot', () => {
    const { s, record } = finishedGame();
    const save = structuredClone(record.save);
    (save.actions[4]!.action as { cards?: string[] }) = { type: 'orders.commit', cards: ['no-such-card'] } as never;
    const text = JSON.stringify(save);
    const failed = send(s, { type: 'saves.import', fileName: 'half.json', text });
    expect(failed.context.savesNotice).toMatchObject({ kind: 'import-failed', usable: 4, message: expect.stringMatching(/^Action 5 of/) });
    const [after, effects] = step(failed, { type: 'saves.import', fileName: 'half.json', text, upTo: 4 });
    expect(after.context.savesNotice).toMatchObject({ kind: 'imported', id: 'save-2' });
    const salvaged = (effects[0] as Extract<AppEffect, { type: 'saves.write' }>).record;
    expect(salvaged.save.actions).toEqual(record.save.actions.slice(0, 4));
    expect(after.context.saves.find((r) => r.id === record.id)).toBe(record);
    // Nothing replays from a file that is not JSON: nothing to offer.
    expect(send(s, { type: 'saves.import', fileName: 'x.json', text: 'x' }).context.savesNotice).toMatchObject({ usable: 0 });
  });

  it('a version-1 file is imported as a version-2 save', () => {
    const { s, record } = finishedGame();
    const v1 = { ...record.save, version: 1, createdAt: undefined, seats: undefined };
    const after = send(s, { type: 'saves.import', fileName: 'old.json', text: JSON.stringify(v1) });
    const imported = after.context.saves.find((r) => r.id === 'save-2')!;
    expect(imported.save).toMatchObject({ version: 2, createdAt: null, seats: { belarus: 'human', russia: 'human', nato: 'human' } });
  });

  it('deletes a slot and asks the store to remove it', () => {
    const { s, record } = finishedGame();
    const [after, effects] = step(s, { type: 'saves.delete', id: record.id });
    expect(after.context.saves).toEqual([]);
    expect(effects).toEqual([{ type: 'saves.remove', id: record.id }]);
  });

  it('says so when a stored save no longer replays, and stays on the menu', () => {
    const { s, record } = finishedGame();
    const broken = { ...record, save: { ...record.save, checkpoints: record.save.checkpoints.map((c) => ({ ...c, hash: 'ffffffffffffffff' })) } };
    const after = send(menu([broken]), { type: 'saves.resume', id: broken.id });
    expect(at(after)).toBe('menu');
    expect(after.context.savesNotice).toMatchObject({ kind: 'open-failed', message: expect.stringMatching(/checkpoint/) });
    expect(at(send(s, { type: 'replay.open', id: 'save-99' }))).toBe('menu');
  });
});

describe('replay viewer and branching', () => {
  it('steps by action and by turn, forward and back, within the log', () => {
    const { s, record } = finishedGame();
    let r = send(s, { type: 'replay.open', id: record.id });
    expect(at(r)).toBe('replay');
    const total = record.save.actions.length;
    expect(project(r).replay).toMatchObject({ index: 0, total, step: null, viewer: 'public' });
    r = send(r, { type: 'replay.step', unit: 'action', delta: -1 });
    expect(r.context.replay!.index).toBe(0);
    r = send(r, { type: 'replay.step', unit: 'turn', delta: 1 });
    const turn2 = r.context.replay!.index;
    expect(project(r).view!.turn).toBe(2);
    r = send(r, { type: 'replay.step', unit: 'action', delta: 1 });
    expect(r.context.replay!.index).toBe(turn2 + 1);
    r = send(r, { type: 'replay.step', unit: 'turn', delta: -1 });
    expect(r.context.replay!.index).toBe(turn2);
    r = send(r, { type: 'replay.step', unit: 'turn', delta: -1 });
    expect(r.context.replay!.index).toBe(0);
    for (let i = 0; i < 20; i++) r = send(r, { type: 'replay.step', unit: 'turn', delta: 1 });
    expect(r.context.replay!.index).toBe(total);
    expect(project(r).view!.outcome).not.toBeNull();
    expect(project(r).replay!.canBranch).toBe(false);
    expect(at(send(r, { type: 'replay.branch' }))).toBe('replay');
    expect(at(send(r, { type: 'menu.open' }))).toBe('menu');
  });

  it('shows each point of view only what it may know: others\' committed orders stay hidden until revealed', () => {
    const { s, record } = finishedGame();
    let r = send(s, { type: 'replay.open', id: record.id });
    // After the first commit (Belarus), before anyone else has committed: nothing revealed yet.
    r = send(r, { type: 'replay.step', unit: 'action', delta: 1 });
    const first = record.save.actions[0]!;
    expect(first.action.type).toBe('orders.commit');
    for (const viewer of ['public', 'russia', 'nato'] as const) {
      const v = send(r, { type: 'replay.viewer', viewer });
      const p = project(v);
      expect(p.view!.viewer).toBe(viewer);
      expect(p.view!.ownOrders[first.faction as 'belarus']).toBeUndefined();
      expect(p.replay!.step).toEqual({ by: first.faction, action: null, byClock: false });
    }
    for (const viewer of [first.faction, 'facilitator'] as const) {
      const p = project(send(r, { type: 'replay.viewer', viewer }));
      expect(p.view!.ownOrders[first.faction as 'belarus']).toEqual((first.action as { cards: string[] }).cards);
      expect(p.replay!.step).toEqual({ by: first.faction, action: first.action, byClock: false });
    }
  });

  it('continues from the start of turn 2 as a new game in a new slot, equal to the original there; the original stays', () => {
    const { s, record } = finishedGame();
    let r = send(s, { type: 'replay.open', id: record.id });
    r = send(r, { type: 'replay.step', unit: 'turn', delta: 1 });
    const cut = r.context.replay!.index;
    const there = r.context.replay!.opened.states[cut]!;
    const [b, effects] = step(r, { type: 'replay.branch' });
    expect(at(b)).toBe('match.handoff');
    expect(hashState(b.context.session!.state)).toBe(hashState(there));
    expect(b.context.session!.state.turn).toBe(2);
    expect(effects).toHaveLength(1);
    const branch = (effects[0] as Extract<AppEffect, { type: 'saves.write' }>).record;
    expect(branch).toMatchObject({ id: 'save-2', origin: 'branch', from: record.id, turn: 2 });
    expect(branch.save.actions).toEqual(record.save.actions.slice(0, cut));
    expect(b.context.saves.find((x) => x.id === record.id)).toBe(record);
    // The branch plays on, writing only to its own slot.
    const { s: end, writes } = playUntil(b, (x) => at(x) === 'result', 99);
    expect(writes.every((w) => w.id === 'save-2')).toBe(true);
    expect(end.context.session!.rules.isOver(end.context.session!.state)).toBe(true);
    const reread = parseSave(JSON.stringify(writes.at(-1)!.save));
    expect(reread.ok && reread.save.actions.slice(0, cut)).toEqual(record.save.actions.slice(0, cut));
  });
});

describe('learning-check answers belong to their game', () => {
  const BEFORE = { q1: 0, q2: 1 };
  /** The saves.write an intent asked for (there must be exactly one). */
  function written(s: Snap, e: AppEvent): [Snap, SaveRecord] {
    const [next, effects] = step(s, e);
    const writes = effects.flatMap((x) => (x.type === 'saves.write' ? [x.record] : []));
    expect(writes).toHaveLength(1);
    return [next, writes[0]!];
  }

  it('are kept with the game\'s save at once, survive a reload and export and import, and are never another game\'s', () => {
    const { s: withFinished, record: finished } = finishedGame();
    // A new game on the same page: Belarus takes the check on its hand-off, then the class quits to the menu.
    const [s0] = step(send(withFinished, { type: 'hotseat.setup' }), { type: 'seats.confirm' });
    expect(at(s0)).toBe('match.handoff');
    const [answeredMatch, live] = written(s0, { type: 'learning.answer', phase: 'before', team: 'belarus', answers: BEFORE });
    expect(live.id).toBe('save-2');
    expect(live.save.learning).toEqual({ before: { belarus: BEFORE } });
    expect(project(answeredMatch).learning).toEqual({ before: { belarus: BEFORE } });
    const back = send(answeredMatch, { type: 'menu.open' });
    // The finished game's result knows nothing of them.
    const result = send(back, { type: 'saves.resume', id: finished.id });
    expect(at(result)).toBe('result');
    expect(project(result).learning).toEqual({});
    // After a reload (the stored records read back), the new game still has them.
    const reloaded = menu(back.context.saves.map((r) => JSON.parse(JSON.stringify(r)) as unknown as SaveRecord));
    const resumed = send(reloaded, { type: 'saves.resume', id: 'save-2' });
    expect(project(resumed).learning).toEqual({ before: { belarus: BEFORE } });
    // Exported and imported, as a file.
    const [, [download]] = step(reloaded, { type: 'saves.export', id: 'save-2' });
    if (download?.type !== 'saves.download') throw new Error('expected a download');
    const imported = send(send(reloaded, { type: 'saves.import', fileName: 'class.json', text: download.text }), { type: 'saves.resume', id: 'save-3' });
    expect(project(imported).learning).toEqual({ before: { belarus: BEFORE } });
  });

  it('on the result screen: a team\'s answers after the game are saved; answering again replaces them', () => {
    const { s, record } = finishedGame();
    const result = send(s, { type: 'saves.resume', id: record.id });
    const [once] = written(result, { type: 'learning.answer', phase: 'after', team: 'nato', answers: { q1: 2 } });
    const [twice, saved] = written(once, { type: 'learning.answer', phase: 'after', team: 'nato', answers: { q1: 1 } });
    expect(at(twice)).toBe('result');
    expect(saved).toMatchObject({ id: record.id, save: { learning: { after: { nato: { q1: 1 } } } } });
    // Moves and checkpoints are untouched: the answers are not game actions.
    expect(saved.save.actions).toEqual(record.save.actions);
    expect(saved.save.checkpoints).toEqual(record.save.checkpoints);
  });

  it('ignores answers that are not a team\'s, and starts a branch with none', () => {
    const { s, record } = finishedGame();
    const result = send(s, { type: 'saves.resume', id: record.id });
    for (const bad of [
      { type: 'learning.answer', phase: 'during', team: 'nato', answers: {} },
      { type: 'learning.answer', phase: 'after', team: 'martians', answers: {} },
      { type: 'learning.answer', phase: 'after', team: 'nato', answers: { q1: -1 } },
    ]) expect(step(result, bad as AppEvent)).toEqual([result, []]);
    const [withAnswers, saved] = written(result, { type: 'learning.answer', phase: 'after', team: 'nato', answers: { q1: 1 } });
    const r = send(send(send(withAnswers, { type: 'menu.open' }), { type: 'replay.open', id: saved.id }), { type: 'replay.step', unit: 'turn', delta: 1 });
    const [branch, first] = written(r, { type: 'replay.branch' });
    expect(first.save.learning).toBeUndefined();
    expect(project(branch).learning).toEqual({});
  });

  it('a save without answers, or with damaged ones, still loads: the answers are left out, never the game', () => {
    const { s, record } = finishedGame();
    const text = JSON.stringify(record.save);
    expect(record.save.learning).toBeUndefined();
    for (const learning of ['yes', { before: { belarus: { q1: -2 } } }, { during: {} }, { after: { martians: { q1: 1 } } }, null]) {
      const parsed = parseSave(JSON.stringify({ ...JSON.parse(text), learning }));
      expect(parsed.ok && parsed.save.learning).toBeUndefined();
      const after = send(s, { type: 'saves.import', fileName: 'odd.json', text: JSON.stringify({ ...JSON.parse(text), learning }) });
      expect(after.context.savesNotice).toMatchObject({ kind: 'imported' });
    }
    const kept = parseSave(JSON.stringify({ ...JSON.parse(text), learning: { after: { russia: { q1: 3 } } } }));
    expect(kept.ok && kept.save.learning).toEqual({ after: { russia: { q1: 3 } } });
  });
});

describe('the saved-games list names how a game ended, and whether a White Cell ran it', () => {
  it('names the ending of a finished game, and no White Cell in a game without one', () => {
    const { s, record } = finishedGame();
    const titles = s.context.catalogue.flatMap((e) => (e.ok && e.scenario.id === 'ultimatum' ? e.scenario.endStates.map((x) => x.title) : []));
    const [listed] = project(s).saves;
    expect(listed!.over).toBe(true);
    expect(titles).toContain(listed!.ending);
    expect(record.ending).toBe(listed!.ending);
    expect(listed!.whiteCell).toBe(false);
    // A game in play has no ending yet.
    const [, first] = newMatch();
    expect(first.ending).toBeNull();
  });

  it('marks a game played with the White Cell on, and an imported one whose log has White Cell moves', () => {
    const seats = send(menu(), { type: 'hotseat.setup' });
    const on = send(seats, { type: 'facilitation.configure', settings: { ...DEFAULT_FACILITATION, whiteCell: true } });
    const [, effects] = step(on, { type: 'seats.confirm' });
    expect(effects).toMatchObject([{ type: 'saves.write', record: { whiteCell: true } }]);
    const text = JSON.stringify(saveFile(whiteCellGame('ultimatum', 4).session));
    const imported = send(menu(), { type: 'saves.import', fileName: 'class.json', text });
    expect(project(imported).saves).toMatchObject([{ whiteCell: true, over: true, ending: expect.any(String) }]);
  });

  it('lists a record written before either was kept, or with odd values in their place, as it was', () => {
    const { record } = finishedGame();
    const { ending: _e, whiteCell: _w, ...old } = record;
    for (const stored of [old, { ...record, ending: 7, whiteCell: 'yes' }]) {
      const s = menu([stored as unknown as SaveRecord]);
      expect(project(s).saves).toMatchObject([{ id: record.id, over: true, ending: null, whiteCell: false }]);
    }
  });
});
