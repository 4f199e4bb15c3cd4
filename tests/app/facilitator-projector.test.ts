// The projector window is told only public information: for every state of many games, what is posted on the
// channel is the rules' public view, and a faction's committed but unrevealed orders never appear in it.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { appMachine, type AppEvent } from '../../game/app/app.machine';
import { readFacilitation } from '../../game/app/facilitator/settings';
import { phaseRound } from '../../game/app/facilitator/timeout';
import { projectorState, roomState } from '../../game/app/projector/feed';
import { startSession, act, type Session } from '../../game/app/session';
import { actWhiteCell } from '../../game/app/facilitator/white-cell';
import { parseScenario, type Faction } from '../../game/rules';
import { FACTIONS } from '../../game/rules/types';
import { SCENARIOS_DIR, scenarioFiles } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

type Snap = ReturnType<typeof initialTransition<typeof appMachine>>[0];
const send = (s: Snap, ...events: AppEvent[]): Snap => events.reduce((x, e) => transition(appMachine, x, e)[0], s);

const parsed = parseScenario('ultimatum', scenarioFiles(join(SCENARIOS_DIR, 'ultimatum')));
if (!parsed.ok) throw new Error('ultimatum does not load');
const scenario = parsed.scenario;

/** The message without the scenario's published content (which lists every card), and without the threats made
 *  openly at the tables ("if you play card X…", which name cards before anyone commits them): what is left is the game. */
function gameText(session: Session): string {
  const message = projectorState({ session, paused: false, summaryTurn: null });
  const view = message.view && {
    ...message.view, negotiation: { ...message.view.negotiation, threats: [] }, log: message.view.log.filter((e) => e.kind !== 'threat'),
  };
  return JSON.stringify({ ...message, view, scenario: null });
}

describe('the projector feed', () => {
  it('posts the public view only, whatever has been committed in secret', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
      const pick = seeded(seed);
      let s = startSession(scenario, seed);
      // A White Cell inject is public too.
      const injected = actWhiteCell(s, { type: 'inject.custom', title: 'A rumour', text: 'heard in Minsk', odds: 50 }, s.state.seq);
      if (!injected.ok) throw new Error(injected.error.message);
      s = injected.session;
      for (let step = 0; step < 60 && !s.rules.isOver(s.state); step++) {
        const message = projectorState({ session: s, paused: false, summaryTurn: null });
        expect(message.view).toEqual(s.rules.view(s.state, 'public'));
        expect(message.view!.ownOrders).toEqual({});
        expect(message.view!.undrawn).toBeUndefined();
        expect(message.view!.log.every((e) => e.visibleTo === 'all')).toBe(true);
        // Orders committed but not revealed: no card of theirs that the public has not seen is named anywhere.
        for (const f of FACTIONS) {
          const secret = (s.state.pending[f] ?? []).filter((id) => !s.state.log.some((e) => e.kind === 'reveal' && e.cards.includes(id)));
          for (const id of secret) expect(gameText(s)).not.toContain(`"${id}"`);
        }
        const faction = s.rules.activeFactions(s.state)[0] as Faction;
        const legal = s.rules.legalActions(s.state, faction);
        const applied = act(s, faction, legal[pick(legal.length)]!, s.state.seq);
        if (!applied.ok) throw new Error(applied.error.message);
        s = applied.session;
      }
    }), { numRuns: 20 });
  });

  it('says when there is no game to show, and carries the pause', () => {
    expect(projectorState({ session: null, paused: true, summaryTurn: 3 })).toEqual({ kind: 'state', scenario: null, view: null, paused: true, summaryTurn: null });
  });

  it('keeps the turn summary on while the main window shows it (console or what-if over it included), then follows on', () => {
    const [s0] = initialTransition(appMachine, { requested: 'ultimatum', seed: 11, facilitation: readFacilitation('?whitecell=1&timer=3&timeout=pass') });
    const folders = { ultimatum: scenarioFiles(join(SCENARIOS_DIR, 'ultimatum')) };
    let s = send(s0, { type: 'catalogue.loaded', folders }, { type: 'hotseat.setup' }, { type: 'seats.confirm' }, { type: 'handoff.ready' });
    expect(roomState(s).summaryTurn).toBeNull();
    // The clock plays the turn out (orders, then bargaining) and the main window shows turn 1's summary.
    for (let i = 0; i < 3 && !s.matches({ match: 'summary' }); i++) s = send(s, { type: 'timer.expired', round: phaseRound(s.context.session)! });
    expect(s.matches({ match: 'summary' })).toBe(true);
    const message = projectorState(roomState(s));
    expect(message.summaryTurn).toBe(1);
    expect(message.view!.turn).toBe(2);
    expect(projectorState(roomState(send(s, { type: 'whitecell.open' }))).summaryTurn).toBe(1);
    expect(projectorState(roomState(send(s, { type: 'whatif.open' }))).summaryTurn).toBe(1);
    expect(projectorState(roomState(send(s, { type: 'summary.continue' }))).summaryTurn).toBeNull();
  });
});
