// After each resolution, for the whole room: what every faction ordered, the events, the bargaining, every change
// of a track grouped by its cause (from the public log of the turn just closed), and the events opening the next turn.
import type { Faction, LogEntry, TrackId } from '../../rules';
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { eventTitle, thresholdName, trackName, trackValue, turnLabel } from '../format/names';
import { logSentence } from '../format/log-entry';
import { botMovesPanel } from '../panels/bot-moves';
import { entrapmentDial } from '../panels/entrapment-dial';
import { logLines } from '../panels/event-log';
import { eventsPanel } from '../panels/events';
import { revealedOrders } from '../panels/revealed';
import { atTurnEnd } from '../explain/timeline';
import type { ScreenRender } from './screen';

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;
const only = <K extends LogEntry['kind']>(entries: LogEntry[], kind: K) => entries.filter((e): e is Of<K> => e.kind === kind);

export const summaryScreen: ScreenRender = ({ state, send }) => {
  const { view, scenario, summaryTurn: turn } = state;
  if (!view || !scenario || turn === null) return h('div', { class: 'screen' });
  const entries = view.log.filter((e) => e.turn === turn);
  const revealed: Partial<Record<Faction, string[]>> = Object.fromEntries(only(entries, 'reveal').map((e) => [e.faction, e.cards]));
  const bargaining = entries.filter((e) => ['offer', 'response', 'stall', 'threat', 'deadlock', 'blackmail', 'call', 'breach'].includes(e.kind));
  const thresholds = only(entries, 'threshold');
  // A statechart re-entering the state it was in (the dial read again) is not a move worth listing.
  const decisions = only(entries, 'decision').filter((e) => e.from !== e.to);
  const start = view.trackHistory[turn - 1] ?? {};
  const end = view.trackHistory[turn] ?? view.tracks;
  const moved = (Object.keys(end) as TrackId[]).filter((id) => start[id] !== undefined && start[id] !== end[id]);
  const over = view.phase === 'over';
  const section = (title: string, body: HTMLElement | HTMLElement[]) => h('section', { class: 'panel' }, h('h2', null, title), body);

  return h('div', { class: 'screen summary-screen' },
    h('header', { class: 'screen-header' },
      h('h1', { tabindex: '-1' }, t('summary.title', { turn, label: turnLabel(scenario, turn) })),
      // The projector shows the summary too, with nothing to press: the main window moves on.
      state.screen === 'projector' ? null : h('button', { type: 'button', class: 'primary large', onClick: () => send({ type: 'summary.continue' }) },
        over ? t('summary.toResult') : t('summary.continue', { turn: view.turn }))),
    h('div', { class: 'summary-layout' },
      h('div', { class: 'summary-main' },
        section(t('summary.events'), h('ul', { class: 'plain' }, only(entries, 'event').map((e) => h('li', null, eventTitle(scenario, e.cause.id))))),
        revealedOrders(scenario, FACTIONS.some((f) => revealed[f]) ? revealed : {}, 'h2'),
        botMovesPanel(state.botMoves, turn, 'as played'),
        section(t('summary.bargaining'), bargaining.length
          ? h('ul', { class: 'plain' }, bargaining.map((e) => h('li', null, logSentence(e, scenario))))
          : h('p', { class: 'muted' }, t('summary.noOffers'))),
        section(t('summary.changes'), moved.length
          ? h('ul', { class: 'net-changes' }, moved.map((id) => h('li', null,
            h('span', { class: 'track-name' }, trackName(id)), ' ',
            h('span', { 'aria-hidden': 'true', class: 'arrow' }, end[id]! > start[id]! ? '▲ ' : '▼ '),
            `${trackValue(id, start[id]!)} → ${trackValue(id, end[id]!)}`)))
          : h('p', { class: 'muted' }, t('summary.noChanges'))),
        h('details', { class: 'panel', open: true },
          h('summary', null, h('h2', { class: 'inline' }, t('summary.details'))),
          h('ol', { class: 'log' }, logLines(entries.filter((e) => e.kind !== 'committed' && e.kind !== 'reveal'), scenario)))),
      h('aside', { class: 'summary-side' },
        entrapmentDial(atTurnEnd(view, turn), scenario, state.decisionGraphs),
        thresholds.length ? section(t('summary.thresholds'), h('ul', { class: 'plain thresholds' },
          thresholds.map((e) => h('li', null, `${trackName(e.track)}: ${thresholdName(e.label)}`)))) : null,
        decisions.length ? section(t('summary.decisions'), h('ul', { class: 'plain' }, decisions.map((e) => h('li', null, logSentence(e, scenario))))) : null,
        over ? null : eventsPanel(scenario, view.turnEvents, t('summary.next', { turn: view.turn }), true))),
  );
};
