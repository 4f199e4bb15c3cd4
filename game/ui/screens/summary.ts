// After each resolution, for the whole room: what every faction ordered, the events, the bargaining (what became of
// each offer, with a computer player's reason), every change of a track grouped by its cause (from the public log of
// the turn just closed), and the events opening the next turn.
import type { Faction, LogEntry, TrackId } from '../../rules';
import { FACTIONS } from '../../rules/types';
import { h } from '../dom';
import { t } from '../messages';
import { eventTitle, thresholdName, trackName, trackValue, turnLabel } from '../format/names';
import { logSentence } from '../format/log-entry';
import { offerFates } from '../format/offer-fates';
import { botMovesPanel } from '../panels/bot-moves';
import { entrapmentDial } from '../panels/entrapment-dial';
import { logLines } from '../panels/event-log';
import { eventsPanel } from '../panels/events';
import { fateItems } from '../panels/offer-fates';
import { revealedByClock, revealedOrders } from '../panels/revealed';
import { atTurnEnd } from '../explain/timeline';
import type { ScreenRender } from './screen';

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;
const only = <K extends LogEntry['kind']>(entries: LogEntry[], kind: K) => entries.filter((e): e is Of<K> => e.kind === kind);

export const summaryScreen: ScreenRender = ({ state, send }) => {
  const { view, scenario, summaryTurn: turn } = state;
  if (!view || !scenario || turn === null) return h('div', { class: 'screen' });
  const entries = view.log.filter((e) => e.turn === turn);
  const revealed: Partial<Record<Faction, string[]>> = Object.fromEntries(only(entries, 'reveal').map((e) => [e.faction, e.cards]));
  // An answer to an offer reads as what became of it ("Russia turned down Belarus’ offer “…”: deadlock at …"), which
  // says the deadlock too; in a solo game the one team at the device reads "your offer".
  const fates = offerFates(scenario, view.log, turn);
  const fateOf = (e: LogEntry) => (e.kind === 'response' || e.kind === 'stall' || e.kind === 'voided' ? fates.find((f) => f.seq === e.seq && f.table === e.table) : undefined);
  const humans = FACTIONS.filter((f) => state.seats[f].kind === 'human');
  const you = humans.length === 1 ? humans[0]! : null;
  const bargaining = entries.filter((e) => ['offer', 'response', 'stall', 'voided', 'threat', 'deadlock', 'blackmail', 'call', 'breach'].includes(e.kind)
    && !(e.kind === 'deadlock' && fates.some((f) => f.seq === e.seq && f.table === e.table)));
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
        // The White Cell's injects are events of the turn too (a deck event it played, or one it wrote), marked as its own.
        section(t('summary.events'), h('ul', { class: 'plain' }, entries.flatMap((e) => {
          if (e.kind === 'event') return [h('li', null, eventTitle(scenario, e.cause.id))];
          if (e.kind !== 'inject') return [];
          return [h('li', null, e.event ? eventTitle(scenario, e.event) : e.title, ' ', h('span', { class: 'tag tag-white-cell' }, t(e.event ? 'summary.whiteCellEvent' : 'summary.whiteCellInject')))];
        }))),
        revealedOrders(scenario, FACTIONS.some((f) => revealed[f]) ? revealed : {}, 'h2', revealedByClock(entries, turn)),
        // The tables before the computer players' reasons for every move: a player looks here for its offers' fate.
        section(t('summary.bargaining'), bargaining.length
          ? h('ul', { class: 'plain' }, bargaining.map((e) => {
            const fate = fateOf(e);
            return fate ? fateItems(scenario, [fate], you, state.botMoves) : h('li', null, logSentence(e, scenario));
          }))
          : h('p', { class: 'muted' }, t('summary.noOffers'))),
        botMovesPanel(state.botMoves, turn, 'as played'),
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
