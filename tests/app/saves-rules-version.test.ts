// A game saved under rules version 2 (before Belarus could open at NATO's table with a package of its own)
// still opens, resumes under version 2 and is saved under version 2 again; a game begun today is saved under today's.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import { readFolder } from '../../game/app/catalogue';
import { openSave, recordOf, sessionAt } from '../../game/app/saves/records';
import { act, startSession } from '../../game/app/session';
import { makeSave, replay, rulesFor, RULES_VERSION } from '../../game/rules';
import { SCENARIOS_DIR, scenarioFiles } from '../../scripts/scenario-files';

const entry = readFolder('airbase', scenarioFiles(join(SCENARIOS_DIR, 'airbase')), 'bundled');
if (!entry.ok) throw new Error('airbase does not load');
const rules = rulesFor(entry.scenario);
const slot = { id: 'save-1', origin: 'autosave' as const, from: null, createdAt: null, seats: { belarus: 'human', russia: 'human', nato: 'human' } };

/** A whole random game under version 2, and whether today's rules would read its moves differently. */
function versionTwoGame(seed: number) {
  const played = playGame(rules, seed, everyone(randomPolicy(seed)), 1000, rules.setup(seed, 2));
  const save = makeSave(rules, seed, played.actions, undefined, 2);
  return { played, save, differsToday: !replay(rules, { ...save, rulesVersion: RULES_VERSION, checkpoints: [] }).ok };
}

describe('saves across rules versions', () => {
  it('opens a version-2 game whose moves today\'s rules would refuse, resumes it under version 2 and saves it as such', () => {
    const game = [1, 2, 3, 4, 5, 6, 7, 8].map(versionTwoGame).find((g) => g.differsToday);
    if (!game) throw new Error('no random version-2 game in eight that today\'s rules read differently');
    const opened = openSave([entry], game.save);
    if (!opened.ok) throw new Error(opened.message);
    const half = Math.floor(game.save.actions.length / 2);
    let session = sessionAt(opened, half);
    expect(session.state.rulesVersion).toBe(2);
    // Playing on is playing version 2: the next recorded move is still the one to make.
    const next = game.played.actions[half]!;
    const r = act(session, next.faction, next.action, session.state.seq);
    if (!r.ok) throw new Error(r.error.message);
    session = r.session;
    const record = recordOf(slot, session, '2026-11-25T00:00:00.000Z');
    expect(record.save.rulesVersion).toBe(2);
    expect(openSave([entry], record.save).ok).toBe(true);
  });

  it('saves a game begun today under today\'s rules', () => {
    const session = startSession(entry.scenario, 4);
    expect(recordOf(slot, session, '2026-11-25T00:00:00.000Z').save.rulesVersion).toBe(RULES_VERSION);
  });
});
