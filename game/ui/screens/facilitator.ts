// The White Cell console: everything the rules know (what each team must do next, every team's committed orders,
// the bargaining table sitting with its offer waiting and the commitments in force, the undrawn events, all the
// tracks, the full log, the computer players' moves with their reasons) and the facilitator's moves: injects from
// the deck or written on the spot (a matrix argument adjudicated at shown odds), overrides with a written reason, a
// minute more for the phase being timed, and the projector window. The pause toggle sits in the app bar
// (panels/facilitation-bar.ts), which follows it without redrawing the console.
import type { DecisionGraph, EndStateId, FacilitatorAction, PlayerView, Scenario, TrackId } from '../../rules';
import { FACTIONS } from '../../rules/types';
import { h, uid } from '../dom';
import { botMovesPanel } from '../panels/bot-moves';
import { t, tn } from '../messages';
import { cardTitle, decisionEventName, decisionName, decisionStateName, endStateTitle, factionName, listOf, turnLabel, whose } from '../format/names';
import { dashboard } from '../panels/dashboard';
import { entrapmentDial } from '../panels/entrapment-dial';
import { eventLog } from '../panels/event-log';
import { confirmation, doneText, field, kept, moveButton, statusLine, trackSelect, type Confirmed } from '../panels/facilitation-controls';
import { refusalLine } from '../panels/refusal';
import { customInject } from '../panels/facilitation-inject';
import { timeUpText } from '../panels/time-up';
import { bargainingPanel } from '../panels/bargaining';
import type { UiState } from '../../store/store';
import type { ScreenProps, ScreenRender } from './screen';

/** The projector window keeps this window's address options (the map renderer) and adds view=projector. */
export function openProjector(): void {
  const params = new URLSearchParams(window.location.search);
  params.set('view', 'projector');
  window.open(`${window.location.pathname}?${params}`, 'union-state-projector');
}

export const facilitatorScreen: ScreenRender = ({ state, send }) => {
  const { view, scenario } = state;
  if (!view || !scenario) return h('div', { class: 'screen' });
  const act = (action: FacilitatorAction) => send({ type: 'whitecell.act', action, seq: view.seq });
  // The last move the rules took is confirmed beside the button that made it, and a refused one is said there too.
  const { done, refused } = state.facilitation;
  const confirmed: Confirmed = (type) => [confirmation(done?.type === type ? doneText(done, scenario, view) : null), refusalLine(type, refused)];
  const phase = view.phase === 'bargaining' ? t('timer.phase.bargaining') : view.phase === 'orders' ? t('timer.phase.orders') : view.phase;
  return h('div', { class: 'screen white-cell-screen' },
    h('header', { class: 'screen-header white-cell-header' },
      h('div', null,
        h('h1', { tabindex: '-1' }, t('whiteCell.title')),
        h('p', { class: 'muted' }, t('whiteCell.state', { turn: view.turn, turns: view.turns, label: turnLabel(scenario, view.turn), phase })),
        nextMoves(view),
        h('p', { class: 'white-cell-warning' }, t('whiteCell.intro')),
        runsOnLines(state, send)),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', onClick: openProjector }, t('whiteCell.projector')),
        h('button', { type: 'button', class: 'primary', onClick: () => send({ type: 'whitecell.close' }) }, t('whiteCell.close')))),
    h('div', { class: 'white-cell-layout' },
      h('div', { class: 'white-cell-col' }, committedOrders(scenario, view), botMovesPanel(state.botMoves, view.turn), entrapmentDial(view, scenario, state.decisionGraphs), dashboard(view, scenario)),
      // Once the game is over there is nothing left to play, override or end: the moves give way to a line saying so.
      view.outcome
        ? h('div', { class: 'white-cell-col' }, gameOver(scenario, view, confirmed))
        : h('div', { class: 'white-cell-col' },
          // The table as the teams see it, without their answers: the White Cell follows the bargaining it may inject into.
          view.phase === 'bargaining' ? bargainingPanel(scenario, view, [], send) : null,
          deckPanel(scenario, view, act, confirmed), customInject(view, act, confirmed)),
      h('div', { class: 'white-cell-col' }, view.outcome ? null : overridePanel(scenario, view, state.decisionGraphs, act, confirmed), eventLog(scenario, view))),
  );
};

/** The console stops nothing: with a phase clock set or a computer player seated it says the clock runs on and the
 *  computer players go on moving while it is open, and that only the pause stops them; which computer player is
 *  choosing a move now; it gives the phase being played a minute more; and once the clock has made the teams' moves
 *  this turn, which, as the teams' screens do. */
function runsOnLines(state: UiState, send: ScreenProps['send']): (HTMLElement | null)[] | null {
  const { view } = state;
  const { timer } = state.facilitation.settings;
  const timed = Boolean(timer.orders || timer.bargaining);
  const bots = FACTIONS.some((f) => state.seats[f].kind === 'bot');
  if ((!timed && !bots) || !view || view.outcome) return null;
  const done = state.timeUps.map(timeUpText);
  return [
    h('p', { class: 'white-cell-clock' }, t(timed && bots ? 'whiteCell.allRuns' : timed ? 'whiteCell.clockRuns' : 'whiteCell.botsRun')),
    state.thinking ? h('p', { class: 'white-cell-bot' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('whiteCell.botMoving', { faction: factionName(state.thinking) })) : null,
    addTime(view, timer, state.facilitation.added, send),
    statusLine('white-cell-time-up', done.length ? [done.join(' ')] : null),
  ];
}

/** A minute more for the phase being played (the next turn's orders while the room reads a summary), and how much
 *  has been added to it: a timed phase only, as the phase's clock counts it. */
function addTime(view: PlayerView, timer: UiState['facilitation']['settings']['timer'], added: number, send: ScreenProps['send']): HTMLElement | null {
  const phase = view.phase === 'orders' || view.phase === 'bargaining' ? view.phase : null;
  if (!phase || !timer[phase]) return null;
  const name = t(`timer.phase.${phase}`);
  const minutes = Math.round(added / 60_000);
  return h('div', { class: 'white-cell-action' },
    // Not a move of the rules: the console is redrawn with the time added, and keeps what is being typed.
    h('button', { type: 'button', id: 'wc-add-time', onClick: () => send({ type: 'clock.addTime', round: `${view.turn}.${phase}`, seconds: 60 }) },
      t('whiteCell.addMinute', { phase: name })),
    minutes > 0 ? h('p', { class: 'white-cell-done' }, tn('whiteCell.timeAdded', minutes, { phase: name, turn: view.turn })) : null);
}

/** What each team must do next: the teams still to commit orders, or the move owed at the table sitting. */
function nextMoves(view: PlayerView): HTMLElement | null {
  if (view.outcome) return null;
  const owing = FACTIONS.filter((f) => !view.committed[f]);
  const tv = view.negotiation.table;
  let text: string | null = null;
  if (view.phase === 'orders' && owing.length) text = t('whiteCell.next.orders', { teams: listOf(owing.map(factionName)) });
  else if (view.phase === 'bargaining' && tv?.mover) {
    const names = { faction: factionName(tv.mover), table: tv.title, round: Math.max(1, tv.round), max: tv.maxRounds };
    const other = factionName(tv.parties[0] === tv.mover ? tv.parties[1] : tv.parties[0]);
    text = tv.blackmail ? t('whiteCell.next.blackmail', { ...names, whose: whose(other) })
      : tv.offer ? t('whiteCell.next.answer', { ...names, whose: whose(other) })
        : t('whiteCell.next.open', { ...names, other });
  }
  return text ? h('p', { class: 'white-cell-next' }, text) : null;
}

function committedOrders(scenario: Scenario, view: PlayerView): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': 'wc-orders-title' },
    h('h2', { id: 'wc-orders-title' }, t('whiteCell.orders')),
    h('dl', { class: 'revealed-list' }, FACTIONS.map((f) => {
      const hand = view.ownOrders[f] ?? view.revealed[f];
      const text = !view.committed[f] && !view.revealed[f] ? t('whiteCell.orders.waiting')
        : hand?.length ? hand.map((id) => cardTitle(scenario, id)).join(' · ') : t('whiteCell.orders.none');
      return [h('dt', { class: `faction-label faction-${f}` }, factionName(f)), h('dd', { 'data-faction': f }, text)];
    })));
}

function gameOver(scenario: Scenario, view: PlayerView, confirmed: Confirmed): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': 'wc-over-title' },
    h('h2', { id: 'wc-over-title' }, t('whiteCell.over')),
    h('p', null, t('whiteCell.over.text', { title: endStateTitle(scenario, view.outcome!.endState) })),
    confirmed('override.outcome'));
}

function deckPanel(scenario: Scenario, view: PlayerView, act: (a: FacilitatorAction) => void, confirmed: Confirmed): HTMLElement {
  const undrawn = (view.undrawn ?? []).map((id) => scenario.events.find((e) => e.id === id)!).filter(Boolean);
  return h('section', { class: 'panel', 'aria-labelledby': 'wc-deck-title' },
    h('h2', { id: 'wc-deck-title' }, t('whiteCell.deck')),
    confirmed('inject.event'),
    h('p', null, tn('whiteCell.deck.size', undrawn.length)),
    h('ul', { class: 'plain deck-list' }, undrawn.map((ev) => h('li', null,
      h('span', { class: 'event-title' }, ev.title), ev.date ? h('span', { class: 'muted' }, ` (${ev.date})`) : null, ' ',
      moveButton({ 'aria-label': `${t('whiteCell.deck.play')}: ${ev.title}` }, t('whiteCell.deck.play'), () => act({ type: 'inject.event', event: ev.id }))))));
}

function overridePanel(scenario: Scenario, view: PlayerView, graphs: DecisionGraph[], act: (a: FacilitatorAction) => void, confirmed: Confirmed): HTMLElement {
  const reason = kept('override-reason', h('textarea', { rows: 2, required: true }));
  const track = kept('override-track', trackSelect(view, false));
  const value = kept('override-value', h('input', { type: 'number', step: 1, class: 'small-number', value: view.tracks[track.value as TrackId] ?? 0 }));
  track.addEventListener('change', () => {
    value.value = String(view.tracks[track.value as TrackId] ?? 0);
    value.dispatchEvent(new Event('change'));
  });

  // The moves each decision point's statechart has from where it stands now.
  const moves = graphs.flatMap((g) => {
    const at = view.decisions[g.id];
    return g.transitions.filter((tr) => tr.from === at && tr.to !== tr.from).map((tr) => ({ id: g.id, event: tr.event, to: tr.to }));
  });
  // One radio button per move, under its decision point: a move's name is long, and a list's closed box cut it off.
  const pick = uid('wc-move');
  const radios = moves.map((_, i) => h('input', { type: 'radio', name: pick, value: String(i), checked: i === 0 }));
  const move = h('fieldset', { class: 'move-choice' }, h('legend', null, t('whiteCell.override.decision')),
    graphs.map((g) => {
      const own = moves.flatMap((m, i) => (m.id === g.id ? [h('label', null, radios[i]!, ` ${decisionEventName(m.event)} → ${decisionStateName(m.id, m.to)}`)] : []));
      return own.length ? h('div', { role: 'group', 'aria-label': decisionName(g.id) }, h('p', { class: 'move-choice-point', 'aria-hidden': 'true' }, decisionName(g.id)), own) : null;
    }));
  const end = h('select', null, scenario.endStates.map((e) => h('option', { value: e.id }, e.title)));

  return h('section', { class: 'panel override', 'aria-labelledby': 'wc-override-title' },
    h('h2', { id: 'wc-override-title' }, t('whiteCell.override')),
    h('div', { class: 'form-stacked' }, field(t('whiteCell.override.reason'), reason)),
    h('div', { class: 'form-grid' }, field(t('whiteCell.override.track'), track), field(t('whiteCell.override.value'), value)),
    h('div', { class: 'white-cell-action' },
      moveButton({ id: 'wc-override-track' }, t('whiteCell.override.submit'),
        () => act({ type: 'override', track: track.value as TrackId, value: Number(value.value), reason: reason.value })),
      confirmed('override')),
    moves.length ? [
      move,
      h('div', { class: 'white-cell-action' },
        moveButton({ id: 'wc-override-decision' }, t('whiteCell.override.decisionSubmit'), () => {
          const m = moves[Number(radios.find((r) => r.checked)?.value ?? 0)]!;
          act({ type: 'override.decision', decision: m.id, event: m.event, reason: reason.value });
        }),
        confirmed('override.decision')),
    ] : null,
    h('div', { class: 'form-grid' }, field(t('whiteCell.override.outcome'), end)),
    h('div', { class: 'white-cell-action' },
      moveButton({ class: 'danger', id: 'wc-override-outcome' }, t('whiteCell.override.outcomeSubmit'), () => {
        const ending = { type: 'override.outcome' as const, endState: end.value as EndStateId, reason: reason.value };
        // Without a reason the rules refuse it (said beside this button): no question first, and the cursor goes to
        // the reason, at the top of this form, perhaps out of view.
        if (!reason.value.trim()) { act(ending); reason.focus(); return; }
        if (window.confirm(t('whiteCell.override.outcomeConfirm', { title: endStateTitle(scenario, end.value as EndStateId) }))) act(ending);
      }),
      confirmed('override.outcome')));
}
