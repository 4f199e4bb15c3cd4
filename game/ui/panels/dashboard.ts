// The dashboard: every track the scenario models, grouped by who owns it, with a bar, the value (and ladder
// step), how far it moved since the turn began, and a "why?" control that explains its last changes.
import type { PlayerView, Scenario, TrackId } from '../../rules';
import { signed, TRACKS } from '../../rules/tracks';
import { h } from '../dom';
import { t } from '../messages';
import { trackName, trackValue } from '../format/names';
import { whyControl } from './why';

const OWNERS: (typeof TRACKS)[TrackId]['owner'][] = ['belarus', 'society', 'russia', 'nato', 'west', 'region'];

/** `why: false` leaves out the "why?" controls: the projector's wall has no one at it to press them. */
export function dashboard(view: PlayerView, scenario: Scenario, { why = true }: { why?: boolean } = {}): HTMLElement {
  // trackHistory[turn - 1] holds the values at the end of the previous turn (index 0 is the start).
  const before = view.trackHistory[view.turn - 1] ?? {};
  const ids = Object.keys(TRACKS) as TrackId[];
  return h('section', { class: 'dashboard', 'aria-labelledby': 'dashboard-title' },
    h('h2', { id: 'dashboard-title' }, t('dashboard.title')),
    OWNERS.map((owner) => {
      const rows = ids.filter((id) => TRACKS[id].owner === owner && view.tracks[id] !== undefined);
      if (!rows.length) return null;
      return h('div', { class: `track-group owner-${owner}`, role: 'group', 'aria-label': t(`owner.${owner}`) },
        h('h3', null, t(`owner.${owner}`)),
        h('ul', null, rows.map((id) => trackRow(id, view, scenario, before[id], why))));
    }),
  );
}

function trackRow(id: TrackId, view: PlayerView, scenario: Scenario, previous: number | undefined, why: boolean): HTMLElement {
  const value = view.tracks[id]!;
  const { min, max } = TRACKS[id];
  const pct = ((value - min) / (max - min)) * 100;
  const delta = previous === undefined ? 0 : value - previous;
  const row = h('li', { class: 'track', 'data-track': id },
    h('span', { class: 'track-name' }, trackName(id)),
    h('span', { class: 'track-value' }, trackValue(id, value),
      delta ? h('span', { class: `track-delta ${delta > 0 ? 'up' : 'down'}` },
        h('span', { 'aria-hidden': 'true' }, delta > 0 ? ` ▲${delta}` : ` ▼${-delta}`),
        h('span', { class: 'visually-hidden' }, ` (${t('dashboard.change', { delta: signed(delta) })})`)) : null),
    h('span', { class: 'track-bar', 'aria-hidden': 'true' }, h('span', { class: 'track-fill', style: `width:${pct}%` })),
  );
  if (why) row.append(...whyControl(id, view, scenario, row));
  return row;
}
