// The replay viewer: a saved game stepped through action by action or turn by turn, seen by the public, one
// faction or the White Cell, with the turn screen's read-only panels (dial, dashboard, map, log, decision
// charts); and "continue from here", which starts a new saved game from the position shown.
import type { Actor, Scenario, Viewer } from '../../rules';
import { FACTIONS } from '../../rules/types';
import type { ReplayInfo } from '../../store/store';
import { h } from '../dom';
import { packageText } from '../format/bargain-log';
import { cardTitle, endStateTitle, eventTitle, factionName, listOf, quoted, turnLabel } from '../format/names';
import { t } from '../messages';
import { dashboard } from '../panels/dashboard';
import { decisionPanel } from '../panels/decision';
import { entrapmentDial } from '../panels/entrapment-dial';
import { eventLog } from '../panels/event-log';
import { revealedByClock, revealedOrders } from '../panels/revealed';
import { imposedEnding } from '../report/imposed';
import type { ScreenProps, ScreenRender } from './screen';

const VIEWERS: Viewer[] = ['public', ...FACTIONS, 'facilitator'];
const viewerName = (v: Viewer) => (v === 'public' || v === 'facilitator' ? t(`replay.viewer.${v}`) : factionName(v));
const actorName = (by: Actor) => (by === 'facilitator' ? t('replay.step.facilitator') : factionName(by));

function stepText(scenario: Scenario, step: ReplayInfo['step']): string {
  if (!step) return t('replay.step.none');
  const faction = actorName(step.by);
  const action = step.action;
  // A move the phase clock made when time ran out says so: no team chose it.
  const clock = step.byClock ? '.byClock' as const : '' as const;
  if (!action) return t(`replay.step.hiddenOrders${clock}`, { faction });
  switch (action.type) {
    case 'orders.commit':
      return action.cards.length
        ? t(`replay.step.orders${clock}`, { faction, cards: listOf(action.cards.map((c) => quoted(cardTitle(scenario, c)))) })
        : t(`replay.step.noOrders${clock}`, { faction });
    case 'bargain.offer': return t('replay.step.offer', { faction, deal: packageText(scenario, '', action) });
    case 'bargain.counter': return t('replay.step.counter', { faction, deal: packageText(scenario, '', action) });
    case 'bargain.stall': return t('replay.step.stall', { faction });
    case 'bargain.threaten': return t('replay.step.threaten', { faction });
    case 'bargain.blackmail': return t('replay.step.blackmail', { faction });
    case 'bargain.call': return t('replay.step.call', { faction });
    case 'inject.event': return t('replay.step.inject', { faction, title: eventTitle(scenario, action.event) });
    case 'inject.custom': return t('replay.step.inject', { faction, title: action.title });
    case 'override': case 'override.decision': case 'override.outcome': return t('replay.step.override', { faction, reason: action.reason });
    case 'bargain.pass': return t(`replay.step.pass${clock}`, { faction });
    case 'bargain.accept': return t('replay.step.accept', { faction });
    case 'bargain.reject': return t(`replay.step.reject${clock}`, { faction });
    default: return t('replay.step.other', { faction, type: (action as { type: string }).type });
  }
}

const SHORTCUTS: Record<string, string> = { 'action-1': 'ArrowLeft', action1: 'ArrowRight', 'turn-1': 'PageUp', turn1: 'PageDown' };
const KEY_STEPS: Record<string, { unit: 'action' | 'turn'; delta: 1 | -1 }> = {
  ArrowLeft: { unit: 'action', delta: -1 }, ArrowRight: { unit: 'action', delta: 1 },
  PageUp: { unit: 'turn', delta: -1 }, PageDown: { unit: 'turn', delta: 1 },
};

// ← → step by action, Page Up / Page Down by turn, anywhere on the page but in a form control (the viewer list
// uses the arrows itself). Each drawing of the screen listens until it is replaced, then lets go.
function stepKeys(screen: HTMLElement, send: ScreenProps['send']): void {
  const onKey = (e: KeyboardEvent) => {
    if (!screen.isConnected) { document.removeEventListener('keydown', onKey); return; }
    const step = KEY_STEPS[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement | null)?.closest('select, input, textarea')) return;
    e.preventDefault();
    send({ type: 'replay.step', ...step });
  };
  document.addEventListener('keydown', onKey);
}

export const replayScreen: ScreenRender = ({ state, send, mapSlot }) => {
  const { replay, view, scenario } = state;
  if (!replay || !view || !scenario) return h('div', { class: 'screen' });
  const save = state.saves.find((s) => s.id === replay.recordId);
  const phase = t(`replay.phase.${view.phase}`);
  const where = { turn: view.turn, turns: view.turns, phase, index: replay.index, total: replay.total };
  const atStart = replay.index === 0, atEnd = replay.index === replay.total;
  const stepButton = (unit: 'action' | 'turn', delta: 1 | -1, key: Parameters<typeof t>[0], disabled: boolean) =>
    h('button', {
      type: 'button', id: `replay-${unit}-${delta > 0 ? 'forward' : 'back'}`, disabled, 'aria-keyshortcuts': SHORTCUTS[`${unit}${delta}`],
      onClick: () => send({ type: 'replay.step', unit, delta }),
    }, t(key));

  const selectId = 'replay-viewer';
  const viewerSelect = h('select', { id: selectId, onChange: (e: Event) => send({ type: 'replay.viewer', viewer: (e.target as HTMLSelectElement).value as Viewer }) },
    VIEWERS.map((v) => h('option', { value: v, selected: v === replay.viewer }, viewerName(v))));
  const charts = state.decisionGraphs.filter((g) => g.id !== 'entrapment' && view.decisions[g.id] !== undefined);

  const screen = h('div', { class: 'screen replay-screen' },
    h('header', { class: 'turn-header replay-header' },
      h('h1', { tabindex: '-1' }, t('replay.heading', { title: save?.scenarioTitle ?? scenario.title }), h('span', { class: 'h1-sub' }, replay.recordId)),
      h('p', { class: 'phase', 'aria-live': 'polite' },
        atStart ? t('replay.start', where) : t('replay.position', where), ' · ', turnLabel(scenario, view.turn))),
    h('div', { class: 'replay-bar', role: 'group', 'aria-label': t('replay.controls') },
      stepButton('turn', -1, 'replay.turnBack', atStart),
      stepButton('action', -1, 'replay.actionBack', atStart),
      stepButton('action', 1, 'replay.actionForward', atEnd),
      stepButton('turn', 1, 'replay.turnForward', atEnd),
      h('span', { class: 'replay-viewer' }, h('label', { for: selectId }, t('replay.viewer')), viewerSelect),
      h('button', { type: 'button', class: 'quiet', onClick: () => send({ type: 'menu.open' }) }, t('replay.back'))),
    h('p', { class: 'replay-step', 'aria-live': 'polite' }, stepText(scenario, replay.step),
      // The step that ended the game names the ending, as the result screen does.
      view.outcome ? [' ', h('strong', { class: 'replay-over' }, t(imposedEnding(view) ? 'replay.overImposed' : 'replay.over', { title: endStateTitle(scenario, view.outcome.endState), turn: view.outcome.turn }))] : null),
    h('div', { class: 'turn-layout' },
      // A scrolling column with nothing to focus in it takes focus itself, so keyboard users can scroll it. The log is
      // where the turn screen has it, under the dashboard: the centre column holds the map alone and never scrolls.
      h('aside', { class: 'column left', tabindex: '0', 'aria-label': t('access.column.left') },
        entrapmentDial(view, scenario, state.decisionGraphs), dashboard(view, scenario), eventLog(scenario, view)),
      h('div', { class: 'column centre' }, h('div', { class: 'map-frame' }, mapSlot())),
      h('div', { class: 'column right' },
        h('section', { class: 'panel branch', 'aria-labelledby': 'branch-title' },
          h('h2', { id: 'branch-title' }, t('replay.branch')),
          replay.canBranch
            ? [h('p', { class: 'muted' }, t('replay.branchHint')),
              h('button', { type: 'button', class: 'primary', onClick: () => send({ type: 'replay.branch' }) }, t('replay.branch'))]
            : h('p', { class: 'muted' }, t('replay.ended'))),
        view.phase === 'bargaining' ? revealedOrders(scenario, view.revealed, 'h2', revealedByClock(view.log, view.turn)) : null,
        charts.map((g) => decisionPanel(scenario, g, view, state.decisionGraphs)))),
  );
  stepKeys(screen, send);
  return screen;
};
