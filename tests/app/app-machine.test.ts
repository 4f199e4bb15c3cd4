// The application statechart driven with XState's pure transition(): menu, problems, seats, hot-seat hand-offs,
// stale intents ignored, and a whole match played to the result screen through intents only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { appMachine, type AppEvent } from '../../game/app/app.machine';
import { readFolder } from '../../game/app/catalogue';
import { stateName } from '../../game/rules/decisions';
import { SCENARIOS_DIR, scenarioFiles, scenarioIds } from '../../scripts/scenario-files';
import { seeded } from '../helpers/play';

const folders = Object.fromEntries(scenarioIds().map((id) => [id, scenarioFiles(join(SCENARIOS_DIR, id))]));
type Snap = ReturnType<typeof initialTransition<typeof appMachine>>[0];
const send = (s: Snap, e: AppEvent): Snap => transition(appMachine, s, e)[0];
const at = (s: Snap) => stateName(s.value);

function menu(requested: string | null = 'ultimatum'): Snap {
  const [s0] = initialTransition(appMachine, { requested, seed: 7 });
  return send(s0, { type: 'catalogue.loaded', folders });
}

describe('app statechart', () => {
  it('opens on the menu with the requested scenario selected', () => {
    const s = menu();
    expect(at(s)).toBe('menu');
    expect(s.context.selected).toContain('ultimatum');
    expect(s.context.notice).toBeNull();
  });

  it('names an unknown scenario in the address and falls back to a playable one', () => {
    const s = menu('atlantis');
    expect(s.context.notice).toMatchObject({ kind: 'unknown-scenario', id: 'atlantis' });
    expect(s.context.selected).not.toBeNull();
  });

  it('starts ?play= from its folder alone and adds the other shipped folders later, in menu order, in any state', () => {
    const [s0] = initialTransition(appMachine, { requested: 'ultimatum', seed: 7, play: 'belarus' });
    const { ultimatum, ...rest } = folders;
    let s = send(s0, { type: 'catalogue.loaded', folders: { ultimatum: ultimatum! } });
    expect(at(s)).not.toBe('menu');
    const session = s.context.session;
    expect(session).not.toBeNull();
    const first = s.context.catalogue[0];
    for (const [folder, files] of Object.entries(rest)) s = send(s, { type: 'catalogue.more', entries: [readFolder(folder, files, 'bundled')] });
    // The bundled copy already there is kept, not replaced by a second one.
    s = send(s, { type: 'catalogue.more', entries: [readFolder('ultimatum', ultimatum!, 'bundled')] });
    expect(s.context.session).toBe(session);
    expect(s.context.catalogue.find((e) => e.folder === 'ultimatum')).toBe(first);
    expect(s.context.catalogue.map((e) => e.folder)).toEqual(menu().context.catalogue.map((e) => e.folder));
  });

  it('shows the problems of a broken scenario folder instead of starting it', () => {
    const broken = { ...folders.ultimatum!, 'cards.json': '[{"id": 1}]' };
    const s = send(menu(), { type: 'scenario.load', files: broken });
    expect(at(s)).toBe('problems');
    expect(send(s, { type: 'menu.open' }).value).toBe('menu');
  });

  it('plays a whole hot-seat match through intents, ignoring stale ones, to the result screen', () => {
    let s = send(send(menu(), { type: 'hotseat.setup' }), { type: 'seats.confirm' });
    expect(at(s)).toBe('match.handoff');
    const pick = seeded(3);
    let handoffs = 0;
    for (let guard = 0; guard < 500 && at(s) !== 'result'; guard++) {
      if (at(s) === 'match.handoff') { handoffs++; s = send(s, { type: 'handoff.ready' }); continue; }
      if (at(s) === 'match.summary') { s = send(s, { type: 'summary.continue' }); continue; }
      expect(at(s)).toBe('match.turn');
      const { rules, state } = s.context.session!;
      const legal = rules.legalActions(state, s.context.faction!);
      const action = legal[pick(legal.length)]!;
      const next = send(s, { type: 'turn.act', action, seq: state.seq });
      // The same click again, built on the screen that is now stale, changes nothing.
      expect(send(next, { type: 'turn.act', action, seq: state.seq }).context.session!.state).toBe(next.context.session!.state);
      s = next;
    }
    expect(at(s)).toBe('result');
    expect(s.context.session!.rules.isOver(s.context.session!.state)).toBe(true);
    expect(handoffs).toBeGreaterThan(3);
  });
});
