// The result is the after-action report: the end state and the chain of causes that led to it, victory points,
// the key decisions, the tracks over time, the game turn by turn, history beside the game and the debrief
// questions. It exports as Markdown, as the JSON action log (the save), and prints cleanly ("Save as PDF").
import { FACTIONS, type PlayerView, type Scenario } from '../../rules/types';
import { afterPaint, h } from '../dom';
import { t, tn } from '../messages';
import { factionName } from '../format/names';
import { sourceLine } from '../format/source';
import { chainView } from '../panels/why';
import { chartLegend, markersText, trackChart } from '../panels/track-chart';
import { buildReport, type Report, type ReportFact } from '../report/report-model';
import { reportMarkdown } from '../report/report-markdown';
import { download } from '../report/download';
import { gameAnswers } from '../learning/answers';
import { learningResults } from './learning';
import type { ScreenRender } from './screen';

const section = (id: string, title: string, ...body: (HTMLElement | HTMLElement[] | null)[]) =>
  h('section', { class: `panel report-section report-${id}`, 'aria-labelledby': `report-${id}-title` }, h('h2', { id: `report-${id}-title` }, title), ...body);
const list = (items: string[]) => (items.length ? h('ul', null, items.map((i) => h('li', null, i))) : h('p', { class: 'muted' }, t('report.none')));

/** Facts, each with the chains of moves behind it. */
const factList = (facts: readonly ReportFact[]) => (facts.length ? h('ul', { class: 'cause-facts' }, facts.map((f) => h('li', null,
  h('p', { class: 'cause-fact' }, f.text),
  f.chains.length ? h('ol', { class: 'why-list' }, f.chains.map((ch) => chainView(ch))) : null))) : null);

function causes(r: Report): HTMLElement {
  return section('causes', t('report.causes'),
    h('p', { class: 'muted' }, r.causesIntro),
    r.causes.length ? h('ol', { class: 'cause-list' }, r.causes.map((c) => h('li', { class: 'cause' },
      h('p', { class: 'cause-condition' }, h('strong', null, c.text),
        c.holds === null ? null : h('span', { class: `tag ${c.holds ? 'tag-holds' : 'tag-holds-not'}` }, t(c.holds ? 'report.holds' : 'report.holdsNot'))),
      factList(c.facts)))) : null,
    factList(r.decisive),
    r.nearMisses.length ? [
      h('h3', null, t('report.nearMisses')),
      h('ul', { class: 'near-misses' }, r.nearMisses.map((m) => h('li', null,
        h('p', null, h('strong', null, m.title), ' ', t('report.nearMiss.lacked')),
        h('ul', null, m.unmet.map((c) => h('li', null, c.text, c.facts.length ? `: ${c.facts.map((f) => f.text).join('; ')}` : '')))))),
    ] : null,
    h('h3', null, t('report.story.title')),
    h('p', { class: 'report-story' }, r.story.dial.join(' ')),
    h('p', { class: 'report-story' }, r.story.bargaining.join(' ')),
    h('p', { class: 'report-story-paper' }, r.story.paper),
    sourceLine(r.story.source));
}

function turns(r: Report): HTMLElement {
  const part = (title: string, body: HTMLElement) => h('div', { class: 'turn-part' }, h('h4', null, title), body);
  return section('turns', t('report.timeline'), r.turns.map((turn) => h('article', { class: 'report-turn' },
    h('h3', null, turn.heading),
    part(t('report.events'), list(turn.events)),
    part(t('report.orders'), turn.orders.length
      ? h('ul', null, turn.orders.map((o) => h('li', null, h('strong', null, `${factionName(o.faction)}: `), o.text)))
      : h('p', { class: 'muted' }, t('report.none'))),
    part(t('report.bargaining'), list(turn.bargaining)),
    turn.moves.length ? part(t('report.moves'), list(turn.moves)) : null,
    turn.whiteCell.length ? part(t('report.whiteCell'), list(turn.whiteCell)) : null,
    part(t('report.changes'), list(turn.changes)))));
}

/** The charts section, and one step per chart to draw into it (each chart is a few hundred SVG nodes). The charts
 *  share one time axis: its events and deals are said once, before them, not in every chart's caption. */
function charts(r: Report, view: PlayerView, scenario: Scenario): [HTMLElement, (() => void)[]] {
  const grid = h('div', { class: 'chart-grid' });
  const markers = markersText(view, scenario);
  return [section('charts', t('report.charts'), chartLegend(), markers ? h('p', { class: 'visually-hidden' }, markers) : null, grid),
    r.series.map((s) => () => grid.append(trackChart(view, scenario, s.track, false)))];
}

export const resultScreen: ScreenRender = ({ state, send }) => {
  const { view, scenario, afterAction } = state;
  if (!view || !scenario || !view.outcome) return h('div', { class: 'screen' });
  const r = buildReport({ scenario, view, afterAction });
  const exports = h('div', { class: 'button-row report-actions', role: 'group', 'aria-label': t('report.export') },
    h('button', { type: 'button', onClick: () => download(`union-state-${scenario.id}-report.md`, reportMarkdown(r), 'text/markdown') }, t('report.markdown')),
    afterAction ? h('button', { type: 'button', onClick: () => download(`union-state-${scenario.id}-seed-${afterAction.save.seed}.json`, `${JSON.stringify(afterAction.save, null, 2)}\n`, 'application/json') }, t('report.json')) : null,
    h('button', { type: 'button', onClick: () => window.print() }, t('report.print')),
    h('button', { type: 'button', onClick: () => send({ type: 'replay.open' }) }, t('replay.watchFinished')),
    h('button', { type: 'button', class: 'primary', onClick: () => send({ type: 'menu.open' }) }, t('result.newGame')));
  const sections: [string, string][] = [
    ['causes', t('report.causes')], ['scores', t('result.scores')], ['decisions', t('report.keyDecisions')],
    ['charts', t('report.charts')], ['turns', t('report.timeline')], ['history', t('result.history')], ['debrief', t('result.debrief')],
  ];
  const contents = h('nav', { class: 'report-contents', 'aria-label': t('report.contents') },
    h('ul', null, sections.map(([id, title]) => h('li', null, h('a', { href: `#report-${id}-title` }, title)))));
  // What is below the fold follows the first paint, a section per task, in reading order (so a section being there
  // means those above it are complete).
  const main = h('div', { class: 'result-main' });
  const [chartSection, chartSteps] = charts(r, view, scenario);
  const later = [
    () => main.append(section('decisions', t('report.keyDecisions'), r.keyDecisions.length ? list(r.keyDecisions) : h('p', { class: 'muted' }, t('report.noKeyDecisions')))),
    () => main.append(chartSection), ...chartSteps,
    () => main.append(turns(r)),
    () => { const learning = learningResults(scenario, FACTIONS.filter((f) => state.seats[f].kind === 'human'), gameAnswers(state.learning, send)); if (learning) main.append(learning); },
  ];
  main.append(causes(r),
    section('scores', t('result.scores'),
      h('p', { class: 'winners' }, t('result.winners', { factions: r.winners.join(', ') })),
      h('ul', { class: 'scores' }, r.scores.map((s) => h('li', { class: `score faction-${s.faction}${s.winner ? ' winner' : ''}` },
        h('h3', null, h('span', { class: `faction-label faction-${s.faction}` }, s.name), ' ', tn('result.points', s.vp)),
        s.fromEndState !== null ? h('p', { class: 'muted' }, t('result.endStatePoints', { vp: s.fromEndState })) : null,
        h('p', null, h('strong', null, `${t('result.met')}: `)),
        s.met.length ? h('ul', null, s.met.map((m) => h('li', null, m))) : h('p', { class: 'muted' }, t('result.noneMet')))))));
  afterPaint(main, later);
  return h('div', { class: 'screen result-screen report' },
    h('header', { class: 'report-header' },
      h('p', { class: 'report-kicker' }, `${r.title} · ${scenario.title}`),
      h('h1', { tabindex: '-1' }, t('result.title', { title: r.endState.title })),
      h('p', { class: 'lead' }, r.endState.text),
      h('p', { class: 'muted' }, r.endState.when),
      // An ending the White Cell imposed says so first, with its reason: the conditions below were not what ended it.
      r.imposed ? h('p', { class: 'report-imposed' }, t('report.imposed.reason', { reason: r.imposed.reason })) : null,
      r.replay ? h('p', { class: 'replay-code' },
        h('strong', null, `${t('report.replay.label')}: `), r.replay.code, h('span', { class: 'replay-help' }, r.replay.help)) : null,
      r.endState.source ? sourceLine(r.endState.source) : null,
      exports, contents),
    h('div', { class: 'result-layout' },
      main,
      h('div', { class: 'result-side' },
        section('history', t('result.history'),
          h('p', null, h('strong', null, t('result.historyEnd', { title: r.history.endTitle }))),
          h('p', null, r.history.whatHappened),
          h('h3', null, t('result.timeline')),
          h('ol', { class: 'timeline' }, r.history.steps.map((s) => h('li', null, h('strong', null, s.date), ` ${s.text}`)))),
        section('debrief', t('result.debrief'), h('ol', { class: 'debrief' }, r.debrief.map((q) => h('li', null, q)))))),
  );
};
