// A bot's move is worked out when its worker answers and taken up after the thinking pause: the match must come out
// exactly as if each move were applied only then, and a prepared result must never answer a different move.
import { describe, expect, it } from 'vitest';
import { act, nextFaction, prepare, startSession, type Session } from '../../game/app/session';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

describe('moves prepared ahead of the application step', () => {
  it.each(scenarioIds())('give the same match as moves applied directly (%s)', (id) => {
    const pick = seeded(id.length * 17 + 3);
    let direct: Session = startSession(loadScenario(id), 5);
    let early: Session = startSession(loadScenario(id), 5);
    while (!direct.rules.isOver(direct.state)) {
      const faction = nextFaction(direct)!;
      const legal = direct.rules.legalActions(direct.state, faction);
      const action = legal[pick(legal.length)]!;
      const a = act(direct, faction, action, direct.state.seq);
      prepare(early, faction, action, early.state.seq);
      const b = act(early, faction, action, early.state.seq);
      if (!a.ok || !b.ok) throw new Error('a legal move was refused');
      expect(b.session.state).toEqual(a.session.state);
      expect(b.session.checkpoints).toEqual(a.session.checkpoints);
      [direct, early] = [a.session, b.session];
    }
    expect(early.actions).toEqual(direct.actions);
  });

  it('answers only the move it was prepared for', () => {
    const session = startSession(loadScenario(scenarioIds()[0]!), 9);
    const faction = nextFaction(session)!;
    const [first, second] = session.rules.legalActions(session.state, faction);
    prepare(session, faction, first!, session.state.seq);
    const other = act(session, faction, second!, session.state.seq);
    if (!other.ok) throw new Error(other.error.message);
    expect(other.session.actions.at(-1)!.action).toBe(second);
    expect(act(session, faction, first!, session.state.seq - 1).ok).toBe(false);
  });
});
