// A match keeps its save's checkpoints as it goes (so autosaving never replays the game): they must be exactly the
// ones a replay of its actions finds, White Cell entries included, at every point of the game.
import { describe, expect, it } from 'vitest';
import { actWhiteCell } from '../../game/app/facilitator/white-cell';
import { act, nextFaction, startSession, type Session } from '../../game/app/session';
import { makeSave, replay, saveFile } from '../../game/rules';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

describe('checkpoints kept as the match goes', () => {
  it.each(scenarioIds())('equal a full replay\'s at every phase, with a White Cell inject on turn 2 (%s)', (id) => {
    const pick = seeded(id.length * 31 + 7);
    let session: Session = startSession(loadScenario(id), 11);
    let injected = false;
    while (!session.rules.isOver(session.state)) {
      if (!injected && session.state.turn === 2) {
        const r = actWhiteCell(session, { type: 'inject.custom', title: 'A rumour', text: 'Talk of a new roadmap.' }, session.state.seq);
        if (!r.ok) throw new Error(r.error.message);
        [session, injected] = [r.session, true];
      }
      const faction = nextFaction(session)!;
      const legal = session.rules.legalActions(session.state, faction);
      const r = act(session, faction, legal[pick(legal.length)]!, session.state.seq);
      if (!r.ok) throw new Error(r.error.message);
      const before = session.checkpoints.length;
      session = r.session;
      if (session.checkpoints.length > before) {
        expect(session.checkpoints).toEqual(makeSave(session.rules, session.seed, session.actions).checkpoints);
      }
    }
    expect(injected).toBe(true);
    const save = saveFile(session);
    expect(save).toEqual(makeSave(session.rules, session.seed, session.actions));
    expect(save.checkpoints.length).toBeGreaterThan(session.state.turn);
    expect(replay(session.rules, save).ok).toBe(true);
  });
});
