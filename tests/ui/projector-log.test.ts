// The projector's log: each White Cell move (an event played from the deck, an override, a custom inject at shown
// odds) is one item, headed by the move and holding the changes it made, and so is each event of the turn; the
// newest item comes first. (It used to turn the entries round before grouping them, so that each move and each
// event showed twice: its changes under one heading, then its own sentence.)
import { describe, expect, it } from 'vitest';
import { actWhiteCell } from '../../game/app/facilitator/white-cell';
import { startSession, type Session } from '../../game/app/session';
import type { FacilitatorAction } from '../../game/rules';
import { recentLog } from '../../game/ui/format/recent-log';
import { loadScenario } from '../../scripts/scenario-files';

const scenario = loadScenario('ultimatum');

function whiteCell(session: Session, action: FacilitatorAction): Session {
  const applied = actWhiteCell(session, action, session.state.seq);
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.session;
}

describe('the projector log', () => {
  let s = startSession(scenario, 5);
  const played = s.rules.view(s.state, 'facilitator').undrawn![0]!;
  const title = scenario.events.find((e) => e.id === played)!.title;
  s = whiteCell(s, { type: 'inject.event', event: played });
  s = whiteCell(s, { type: 'override', track: 'economy', value: 9, reason: 'The seminar assumes the loan' });
  s = whiteCell(s, { type: 'inject.custom', title: 'Chinese credit line', text: 'Beijing lends', odds: 60, success: [{ track: 'economy', delta: 1 }], failure: [] });
  const view = s.rules.view(s.state, 'public');
  const [turn] = recentLog(view, scenario);
  const items = turn!.groups.map((g) => [g.heading, ...g.lines].join(' | '));

  it('shows each White Cell move once, with the changes it made, newest first', () => {
    const count = (text: string) => items.filter((i) => i.includes(text)).length;
    expect(count(title)).toBe(1);
    expect(count('The seminar assumes the loan')).toBe(1);
    expect(count('Chinese credit line')).toBe(1);
    expect(items[0]).toMatch(/^White Cell inject: Chinese credit line.* \| Chinese credit line: needed under 60/);
    expect(items[1]).toMatch(/^White Cell override of the track “Economy and reserves”\. Reason: The seminar assumes the loan \| Economy and reserves rose from 5 to 9$/);
    expect(items[2]).toMatch(new RegExp(`^White Cell inject: ${title}`));
  });

  it('shows each event of the turn once', () => {
    const events = view.log.filter((e) => e.kind === 'event');
    expect(events.length).toBeGreaterThan(0);
    const headings = turn!.groups.map((g) => g.heading).filter((h) => h.startsWith('Event: '));
    expect(headings).toHaveLength(events.length);
    expect(new Set(headings).size).toBe(headings.length);
  });
});
