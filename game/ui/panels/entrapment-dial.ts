// The entrapment dial (GAME-DESIGN §2.4): Belarus' alliance commitment on a 0–10 scale between the
// abandonment zone and the entrapment zone, with the zone the rules last assessed and what moved it last (cause →
// rule → section, from the log). Always on screen in play.
import type { DecisionGraph, PlayerView, Scenario } from '../../rules';
import { TRACKS } from '../../rules/tracks';
import { h } from '../dom';
import { t } from '../messages';
import { decisionStateName } from '../format/names';
import { whyTrack } from '../explain/why';
import { statechartButton } from './statechart';
import { chainView } from './why';

/** The band of the scale each state of the dial's statechart stands for. The rules read the dial when a turn
 *  ends, so within a turn the value may already stand in another band than the state last read. */
const ZONE_CLASS: Record<string, string> = { abandonmentRisk: 'abandon', hedging: 'hedge', entrapmentRisk: 'entrap', entrapped: 'entrap' };

/** The state last read, said as the state now unless the value has since moved to another band. */
export function zoneReading(zone: string, band: 'abandon' | 'hedge' | 'entrap'): string {
  const current = ZONE_CLASS[zone] === undefined || ZONE_CLASS[zone] === band;
  return t(current ? 'dial.zone' : 'dial.zoneToBeRead', { zone: decisionStateName('entrapment', zone) });
}

export function entrapmentDial(view: PlayerView, scenario: Scenario, graphs: readonly DecisionGraph[] = []): HTMLElement | null {
  const value = view.tracks.allianceCommitment;
  if (value === undefined) return null;
  const { min, max, thresholds } = TRACKS.allianceCommitment;
  // The zones are the track's own thresholds, so the dial and the rules cannot disagree.
  const abandonAt = thresholds.find((th) => th.dir === 'down')?.at ?? min;
  const entrapAt = thresholds.find((th) => th.dir === 'up')?.at ?? max;
  const zone = view.decisions.entrapment;
  const cells = [];
  for (let v = min; v <= max; v++) {
    const kind = v <= abandonAt ? 'abandon' : v >= entrapAt ? 'entrap' : 'hedge';
    cells.push(h('span', { class: `dial-cell dial-${kind}${v === value ? ' dial-current' : ''}` }, String(v)));
  }
  const history = view.trackHistory.map((tr) => tr.allianceCommitment).filter((v) => v !== undefined);
  const zoneClass = value <= abandonAt ? 'abandon' : value >= entrapAt ? 'entrap' : 'hedge' as const;
  const last = whyTrack(view.log, 'allianceCommitment', scenario, 1)[0];
  const machine = graphs.some((g) => g.id === 'entrapment') && zone ? statechartButton(scenario, graphs, view, 'entrapment') : null;
  return h('section', { class: 'dial', 'aria-labelledby': 'dial-title' },
    h('h2', { id: 'dial-title' }, t('dial.title'), h('span', { class: 'dial-subtitle' }, t('dial.subtitle'))),
    h('p', { class: `dial-reading dial-reading-${zoneClass}` },
      h('strong', null, t('dial.value', { value, max })),
      zone ? [' · ', zoneReading(zone, zoneClass)] : null),
    h('div', { class: 'dial-scale', 'aria-hidden': 'true' }, cells),
    h('div', { class: 'dial-legend' },
      h('span', { class: 'dial-legend-abandon' }, t('dial.abandonment', { at: abandonAt })),
      h('span', { class: 'dial-legend-entrap' }, t('dial.entrapment', { at: entrapAt }))),
    h('div', { class: 'dial-last' },
      h('h3', null, t('dial.lastMove')),
      last ? h('ol', { class: 'why-list' }, chainView(last, true)) : h('p', { class: 'muted' }, t('dial.neverMoved'))),
    h('p', { class: 'dial-explain' }, t('dial.explain')),
    machine,
    history.length > 1 ? h('p', { class: 'dial-history' }, t('dial.history', { values: history.join(' → ') })) : null,
  );
}
