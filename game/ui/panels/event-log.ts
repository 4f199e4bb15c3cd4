// The event log: every logged change as a sentence with its cause and the paper section behind it, newest
// turn first, filterable by turn. A source note shared by a run of items (every commit and reveal is "game
// procedure") is shown once, on the run's first item.
import type { LogEntry, PlayerView, Scenario, Source } from '../../rules';
import { h, uid } from '../dom';
import { t } from '../messages';
import { groupLog, type LogGroup } from '../format/log-entry';
import { sourceLine } from '../format/source';

export function logLines(entries: readonly LogEntry[], scenario: Scenario): HTMLElement[] {
  return logItems(groupLog(entries, scenario));
}

/** Each group's sources to show: those the item before it already carried (shown or not) are left out, so a note
 *  repeated down a run of items stands once, on the first of them. */
export function sourcesToShow(groups: readonly Pick<LogGroup, 'sources'>[]): Source[][] {
  const key = (s: Source) => JSON.stringify(s);
  return groups.map((g, i) => {
    const before = new Set((groups[i - 1]?.sources ?? []).map(key));
    return g.sources.filter((s) => !before.has(key(s)));
  });
}

export function logItems(groups: readonly LogGroup[]): HTMLElement[] {
  const shown = sourcesToShow(groups);
  return groups.map((g, i) => h('li', { class: `log-entry log-${g.kind}` },
    h('p', { class: 'log-heading' }, g.heading),
    g.lines.length ? h('ul', { class: 'log-lines' }, g.lines.map((line) => h('li', null, line))) : null,
    shown[i]!.map(sourceLine)));
}

export function eventLog(scenario: Scenario, view: PlayerView): HTMLElement {
  const turns = [...new Set(view.log.map((e) => e.turn))].sort((a, b) => b - a);
  const list = h('div', { class: 'log-turns' });
  const filterId = uid('log-filter');
  const filter = h('select', { id: filterId },
    h('option', { value: 'all' }, t('log.all')),
    turns.map((n) => h('option', { value: String(n) }, t('log.turn', { turn: n }))));
  const render = () => {
    const shown = filter.value === 'all' ? turns : turns.filter((n) => String(n) === filter.value);
    list.replaceChildren(...shown.map((n) => h('section', { class: 'log-turn', 'aria-label': t('log.turn', { turn: n }) },
      h('h3', null, t('log.turn', { turn: n })),
      h('ol', { class: 'log' }, logLines(view.log.filter((e) => e.turn === n), scenario)))));
    if (!shown.length) list.append(h('p', { class: 'muted' }, t('log.empty')));
  };
  filter.addEventListener('change', render);
  render();
  return h('section', { class: 'panel event-log', 'aria-labelledby': 'log-title' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'log-title' }, t('log.title')),
      h('label', { for: filterId }, t('log.filter'), ' ', filter)),
    list);
}
