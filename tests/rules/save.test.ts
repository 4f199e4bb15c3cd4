// The save envelope: round trip through the file's text for every scenario, version-1 files migrated, and every
// kind of broken file (not JSON, cut short, not a save, another scenario, a newer format, a tampered action or
// checkpoint) refused with a message that names what is wrong.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState, makeSave, parseSave, replay, rulesFor, SAVE_VERSION, type SaveFile } from '../../game/rules';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { playOut, seeded } from '../helpers/play';

const V1_FILE = readFileSync(new URL('./fixtures/save-v1-ultimatum.json', import.meta.url), 'utf8');
const ultimatum = rulesFor(loadScenario('ultimatum'));

function played(seed = 5) {
  const live = playOut(ultimatum, seed, seeded(seed));
  return { live, save: makeSave(ultimatum, seed, live.actions, { createdAt: '2026-11-25T02:00:00.000Z', seats: { belarus: 'human', russia: 'human', nato: 'human' } }) };
}

function parsed(text: string): SaveFile {
  const r = parseSave(text);
  if (!r.ok) throw new Error(r.message);
  return r.save;
}

const refusal = (text: string) => {
  const r = parseSave(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

describe.each(scenarioIds())('save round trip: %s', (id) => {
  const rules = rulesFor(loadScenario(id));
  it('exports to text and imports to the same state hash, at the end and at every checkpoint', () => {
    const live = playOut(rules, 77, seeded(77));
    const save = makeSave(rules, 77, live.actions, { createdAt: null, seats: { belarus: 'human', russia: 'human', nato: 'human' } });
    const back = parsed(JSON.stringify(save));
    expect(back).toEqual(save);
    const again = replay(rules, back);
    expect(again.ok).toBe(true);
    expect(hashState(again.state)).toBe(hashState(live.state));
    // One checkpoint per closed turn at least, and one at the end.
    expect(save.checkpoints.length).toBeGreaterThanOrEqual(live.state.turn);
    expect(save.checkpoints.at(-1)!.seq).toBe(live.actions.length);
  });
});

describe('version-1 saves', () => {
  it('a real version-1 file is migrated to version 2; made under rules version 1, replay refuses it by that version', () => {
    const r = parseSave(V1_FILE);
    if (!r.ok) throw new Error(r.message);
    expect(r.migratedFrom).toBe(1);
    expect(r.save.version).toBe(SAVE_VERSION);
    expect(r.save.createdAt).toBeNull();
    expect(r.save.seats).toEqual({ belarus: 'human', russia: 'human', nato: 'human' });
    expect(r.save.actions).toEqual(JSON.parse(V1_FILE).actions);
    expect(replay(ultimatum, r.save)).toMatchObject({ ok: false, index: 0, error: { code: 'rules', message: expect.stringContaining('rules version 1') } });
  });

  it('a version-1 envelope of a game under today\'s rules is migrated and replays to the same end', () => {
    const { live, save } = played(8);
    const { createdAt: _c, seats: _s, ...rest } = save;
    const r = parseSave(JSON.stringify({ ...rest, version: 1 }));
    if (!r.ok) throw new Error(r.message);
    expect(r.migratedFrom).toBe(1);
    const again = replay(ultimatum, r.save);
    expect(again.ok).toBe(true);
    expect(hashState(again.state)).toBe(hashState(live.state));
  });
});

describe('broken and foreign files', () => {
  const { save } = played();
  const text = JSON.stringify(save);
  const edited = (edit: (s: SaveFile) => void) => { const s = structuredClone(save); edit(s); return JSON.stringify(s); };

  it('a file that is not JSON, or is cut off mid-way, says so', () => {
    expect(refusal('hello')).toMatch(/not valid JSON/);
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toMatch(/cut short/);
  });

  it('a JSON file that is not a save (a scenario file, an empty object) says so', () => {
    expect(refusal(readFileSync(new URL('../../scenarios/ultimatum/scenario.json', import.meta.url), 'utf8'))).toMatch(/not a Union State save/);
    expect(refusal('{}')).toMatch(/not a Union State save/);
    expect(refusal('[1,2]')).toMatch(/not a Union State save/);
  });

  it('a save from a newer version names its format', () => {
    expect(refusal(edited((s) => { (s as { version: number }).version = 9; }))).toMatch(/newer version .*format 9/);
  });

  it('a wrong field names the action number and the field', () => {
    expect(refusal(edited((s) => { (s.actions[1]!.action as unknown as { cards: number }).cards = 5; }))).toMatch(/action 2's "action\.cards"/);
    expect(refusal(edited((s) => { (s.actions[0] as { faction: string }).faction = 'china'; }))).toMatch(/action 1's "faction"/);
    expect(refusal(edited((s) => { (s as { seed: unknown }).seed = 'x'; }))).toMatch(/"seed" is wrong/);
    expect(refusal(edited((s) => { s.createdAt = 'yesterday'; }))).toMatch(/"createdAt" is wrong/);
  });

  it('a save whose action log was cut short (checkpoints beyond the last action) is refused on replay', () => {
    const r = replay(ultimatum, parsed(edited((s) => { s.actions = s.actions.slice(0, 5); })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/holds 5 actions .*cut short/);
  });

  it('a save for another scenario is refused on replay, naming both', () => {
    const r = replay(ultimatum, parsed(edited((s) => { s.scenario.id = 'airbase'; })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/"airbase", not "ultimatum"/);
  });

  it('a tampered action is refused at its number; a tampered checkpoint names the action after which the game differs', () => {
    const bad = replay(ultimatum, parsed(edited((s) => { s.actions[4]!.action = { type: 'orders.commit', cards: ['nonsense'] }; })));
    expect(bad).toMatchObject({ ok: false, index: 4, error: { code: 'illegal' } });
    const cp = save.checkpoints[1]!;
    const check = replay(ultimatum, parsed(edited((s) => { s.checkpoints[1]!.hash = '0000000000000000'; })));
    expect(check).toMatchObject({ ok: false, index: cp.seq - 1, error: { code: 'checkpoint' } });
    if (!check.ok) expect(check.error.message).toContain(`After action ${cp.seq}`);
  });

  it('any action swapped for another legal one is caught by the rules or by a later checkpoint', () => {
    const { live } = played(9);
    fc.assert(fc.property(fc.nat({ max: live.actions.length - 1 }), fc.nat(), (at, pick) => {
      let state = ultimatum.setup(9);
      for (const e of live.actions.slice(0, at)) state = (ultimatum.apply(state, e.faction, e.action) as { state: typeof state }).state;
      const original = live.actions[at]!;
      const others = ultimatum.legalActions(state, original.faction).filter((a) => JSON.stringify(a) !== JSON.stringify(original.action));
      if (!others.length) return;
      const tampered = structuredClone(makeSave(ultimatum, 9, live.actions));
      tampered.actions[at] = { faction: original.faction, action: others[pick % others.length]! };
      const r = replay(ultimatum, parsed(JSON.stringify(tampered)));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.index).toBeGreaterThanOrEqual(at);
    }), { numRuns: 80 });
  });

  it('checks White Cell entries: an unknown kind is refused on reading, an inject of an unknown event on replay', () => {
    const unknownKind = parseSave(edited((x) => { x.actions.splice(2, 0, { faction: 'facilitator', action: { type: 'facilitator.inject', event: 'x' } as never }); }));
    expect(unknownKind).toMatchObject({ ok: false, message: expect.stringContaining('action 3') });
    const s = parsed(edited((x) => { x.actions.splice(2, 0, { faction: 'facilitator', action: { type: 'inject.event', event: 'no-such-event' } }); }));
    const r = replay(ultimatum, s);
    expect(r).toMatchObject({ ok: false, index: 2 });
  });
});
