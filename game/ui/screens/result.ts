// The result: the end state the region reached and why, victory points with the objectives each faction met,
// history's own end beside it, and the scenario's debrief questions.
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t, tn } from '../messages';
import { endStateTitle, factionName, listOf, turnLabel } from '../format/names';
import { sourceLine } from '../format/source';
import { commitmentChart } from '../panels/commitment-chart';
import { learningResults } from './learning';
import type { ScreenRender } from './screen';

export const resultScreen: ScreenRender = ({ state, send }) => {
  const { view, scenario } = state;
  const outcome = view?.outcome;
  if (!view || !scenario || !outcome) return h('div', { class: 'screen' });
  const end = scenario.endStates.find((e) => e.id === outcome.endState);
  const objective = (id: string) => scenario.objectives.find((o) => o.id === id);
  return h('div', { class: 'screen result-screen' },
    h('h1', { tabindex: '-1' }, t('result.title', { title: end?.title ?? outcome.endState })),
    h('div', { class: 'result-layout' },
      h('div', { class: 'result-main' },
        h('section', { class: 'panel' },
          h('p', { class: 'lead' }, end?.text ?? ''),
          h('p', { class: 'muted' }, t('result.when', { turn: outcome.turn, label: turnLabel(scenario, outcome.turn) })),
          end ? sourceLine(end.source) : null),
        h('section', { class: 'panel', 'aria-labelledby': 'scores-title' },
          h('h2', { id: 'scores-title' }, t('result.scores')),
          h('p', { class: 'winners' }, t('result.winners', { factions: listOf(outcome.winners.map(factionName)) })),
          h('ul', { class: 'scores' }, FACTIONS.map((f) => h('li', { class: `score faction-${f}${outcome.winners.includes(f) ? ' winner' : ''}` },
            h('h3', null, h('span', { class: `faction-label faction-${f}` }, factionName(f)), ' ', tn('result.points', outcome.vp[f])),
            end ? h('p', { class: 'muted' }, t('result.endStatePoints', { vp: end.vp[f] })) : null,
            h('p', null, h('strong', null, `${t('result.met')}: `)),
            outcome.met[f].length
              ? h('ul', null, outcome.met[f].map((id) => h('li', null, `${objective(id)?.text ?? id} (+${objective(id)?.vp ?? 0})`)))
              : h('p', { class: 'muted' }, t('result.noneMet')))))),
        commitmentChart(view, scenario),
        learningResults(scenario)),
      h('div', { class: 'result-side' },
        h('section', { class: 'panel history', 'aria-labelledby': 'history-title' },
          h('h2', { id: 'history-title' }, t('result.history')),
          h('p', null, h('strong', null, t('result.historyEnd', { title: endStateTitle(scenario, scenario.history.endState) }))),
          h('p', null, scenario.history.whatHappened),
          h('h3', null, t('result.timeline')),
          h('ol', { class: 'timeline' }, scenario.history.steps.map((s) => h('li', null, h('strong', null, s.date), ` ${s.text}`)))),
        h('section', { class: 'panel', 'aria-labelledby': 'debrief-title' },
          h('h2', { id: 'debrief-title' }, t('result.debrief')),
          h('ol', { class: 'debrief' }, scenario.debrief.map((q) => h('li', null, q)))))),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'primary large', onClick: () => send({ type: 'menu.open' }) }, t('result.newGame'))),
  );
};
