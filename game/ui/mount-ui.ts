// The UI shell: an app bar, the current screen, an alert for a team's refused actions and a status line that reads
// out the computer players' moves. A screen is rebuilt only when what it shows changes, and focus moves to its
// heading, which screen readers then read out; or, when a player's decision comes back to them within a turn (after
// the computer players' moves), to that decision's first control.
import type { SendIntent } from '../app/intents';
import type { Screen, UiState, UiStore } from '../store/store';
import { h } from './dom';
import { t } from './messages';
import { factionName } from './format/names';
import { facilitationBar } from './panels/facilitation-bar';
import { showRefusal } from './panels/refusal';
import { timeUpNotice } from './panels/time-up';
import { showWhatIfProgress } from './panels/whatif-progress';
import { handoffScreen } from './screens/handoff';
import { menuScreen } from './screens/menu';
import type { ScreenRender } from './screens/screen';
import { thinkingScreen } from './screens/thinking';
import { turnScreen } from './screens/turn';

const loadingScreen: ScreenRender = () => h('div', { class: 'screen loading-screen' }, h('h1', { tabindex: '-1' }, t('app.loading')));

/** The screens a page can open on (the menu, a match's first turn) come with the entry chunk. */
const FIRST = { loading: loadingScreen, menu: menuScreen, handoff: handoffScreen, turn: turnScreen, thinking: thinkingScreen };
/**
 * The others (and their report, charts and forms) are chunks of their own, loaded when first shown or once the
 * first screen is up (`later`), so that the first frame does not wait for their code to load and run.
 */
const LATER: Record<Exclude<Screen, keyof typeof FIRST>, () => Promise<ScreenRender>> = {
  problems: () => import('./screens/problems').then((m) => m.problemsScreen),
  seats: () => import('./screens/seats').then((m) => m.seatsScreen),
  solo: () => import('./screens/solo').then((m) => m.soloScreen),
  summary: () => import('./screens/summary').then((m) => m.summaryScreen),
  result: () => import('./screens/result').then((m) => m.resultScreen),
  replay: () => import('./screens/replay').then((m) => m.replayScreen),
  whiteCell: () => import('./screens/facilitator').then((m) => m.facilitatorScreen),
  projector: () => import('./screens/projector').then((m) => m.projectorScreen),
  whatif: () => import('./screens/whatif').then((m) => m.whatifScreen),
};
const screens: Partial<Record<Screen, ScreenRender>> = { ...FIRST };
const loads = new Map<Screen, Promise<ScreenRender>>();

function loadScreen(screen: Exclude<Screen, keyof typeof FIRST>): Promise<ScreenRender> {
  let load = loads.get(screen);
  if (!load) {
    load = LATER[screen]().then((render) => (screens[screen] = render));
    loads.set(screen, load);
    // A failed load (the network) is tried again the next time the screen is opened.
    load.catch(() => loads.delete(screen));
  }
  return load;
}

/** Everything a screen draws from; the error is shown in place so a refused action keeps the player's choices. */
const screenKey = (s: UiState) => JSON.stringify([
  s.screen, s.faction, s.view?.seq, s.summaryTurn, s.selected, s.notice, s.problems?.folder,
  // The other scenarios arrive (checked in a worker) while a ?play= match is already on screen, and saved games
  // change under a game in progress (autosaves, other tabs): only the menu lists the one, the menu and replay the other.
  s.screen === 'menu' ? s.catalogue.map((c) => [c.key, c.issueCount]) : null,
  s.screen === 'menu' || s.screen === 'replay' ? [s.saves.map((c) => [c.id, c.updatedAt]), s.savesNotice] : null,
  s.replay?.index, s.replay?.viewer,
  // A what-if's games played so far are written into its progress in place (showWhatIfProgress), not redrawn.
  s.seats, s.thinking, s.botMoves.length, s.screen === 'whiteCell' ? s.facilitation.added : null, s.whatif && [s.whatif.running, s.whatif.error, s.whatif.result !== null],
]);

export function mountUi(root: HTMLElement, store: UiStore, send: SendIntent, mapSlot: () => HTMLElement, later: (task: () => void) => void = (task) => task(), besideMap: (task: () => void) => void = (task) => task()): void {
  const inMatch = (s: Screen) => s === 'handoff' || s === 'turn' || s === 'thinking' || s === 'summary' || s === 'whiteCell' || s === 'whatif';
  const quit = h('button', { type: 'button', class: 'quiet', hidden: true }, t('app.quit'));
  quit.addEventListener('click', () => { if (window.confirm(t('app.quitConfirm'))) send({ type: 'menu.open' }); });
  // Branch a what-if from the game in progress: offered where a person has the screen (their turn, the summary).
  const whatIf = h('button', { type: 'button', class: 'quiet', hidden: true, onClick: () => send({ type: 'whatif.open' }) }, t('whatif.openMatch'));
  const main = h('main', { id: 'screen' });
  const alert = h('div', { class: 'action-error', role: 'alert' });
  // One status line for the whole page, never redrawn, so that what is written into it is read out.
  const announcer = h('div', { class: 'visually-hidden', role: 'status', 'data-announcer': '' });
  root.replaceChildren(
    h('header', { class: 'app-bar' }, h('span', { class: 'app-name' }, t('app.title')), facilitationBar(store, send, main), h('span', { class: 'app-bar-actions' }, whatIf, quit)),
    alert, timeUpNotice(store), announcer, main);
  // The last input: a keyboard user's focus is scrolled into view, a pointer user's column stays where it was.
  let keyboard = false;
  document.addEventListener('keydown', () => { keyboard = true; }, true);
  document.addEventListener('pointerdown', () => { keyboard = false; }, true);
  // The faction and game turn of the last turn screen, while only turn and thinking screens follow it.
  let deciding: { faction: UiState['faction']; turn: number | undefined } | null = null;

  const render = (state: UiState) => {
    const draw = screens[state.screen];
    if (!draw) {
      // The screen shown so far stays until this one's code has come; then it is drawn if still wanted.
      loadScreen(state.screen as keyof typeof LATER)
        .then(() => { if (store.getState().screen === state.screen) render(store.getState()); })
        .catch((error: unknown) => store.setState({ crash: error instanceof Error ? error.message : String(error) }));
      return;
    }
    const focusedId = document.activeElement?.id;
    // The same faction's turn screen again, in the same game turn, with only computer players' moves between: the
    // player is in the middle of their turn, and goes on at their next decision rather than back at the heading.
    const resumed = state.screen === 'turn' && deciding?.faction === state.faction && deciding.turn === state.view?.turn;
    deciding = state.screen === 'turn' ? { faction: state.faction, turn: state.view?.turn }
      : state.screen === 'thinking' ? deciding : null;
    const screen = draw({ state, send, mapSlot, besideMap });
    main.replaceChildren(screen);
    main.dataset.screen = state.screen;
    quit.hidden = !inMatch(state.screen) || (state.screen === 'whatif' && state.whatif?.returnTo === 'menu');
    whatIf.hidden = state.screen !== 'turn' && state.screen !== 'summary';
    // Keep focus on the same control when a screen is redrawn in place (the menu's radio buttons);
    // otherwise start at the new screen's heading. Focusing lays the page out, so it waits for the frame that
    // lays out the new screen anyway rather than forcing a second layout inside this task. A player who has already
    // moved into the new screen (a quick Tab before that frame) keeps their place: taking it back sent their Enter
    // to the heading.
    requestAnimationFrame(() => {
      if (!screen.isConnected || screen.contains(document.activeElement)) return;
      const same = focusedId ? document.getElementById(focusedId) : null;
      const next = resumed ? firstControl(screen.querySelector('#turn-moves')) : null;
      // A control the redraw disabled (the what-if's Run while its games play) hands the focus to the one beside it
      // (Cancel), rather than dropping it on the page.
      const beside = same && (same as HTMLButtonElement).disabled ? firstControl(same.parentElement) : null;
      if (beside && screen.contains(beside)) beside.focus();
      else if (same && screen.contains(same)) same.focus();
      else if (next) next.focus({ preventScroll: !keyboard });
      else screen.querySelector<HTMLElement>('h1')?.focus();
    });
  };

  store.subscribe(screenKey, () => render(store.getState()), { fireImmediately: true });
  // A failed load is reported when that screen is opened.
  later(() => { for (const screen of Object.keys(LATER) as (keyof typeof LATER)[]) loadScreen(screen).catch(() => undefined); });
  // A team's refused move is said in the alert, for as long as its screen is up (the statechart clears it when the
  // screen changes). The White Cell's are said beside the console's control instead, without redrawing the console
  // (it keeps what was typed), and never here: this alert stays over every screen, the teams' too.
  store.subscribe((s) => [s.error, s.crash] as const, ([error, crash]) => {
    alert.textContent = crash ? t('app.crash', { message: crash }) : error ? t('app.error', { message: error.message }) : '';
  }, { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  store.subscribe((s) => s.facilitation.refused, (refused) => showRefusal(main, refused));
  store.subscribe((s) => s.whatif?.done, () => showWhatIfProgress(main, store.getState().whatif));
  // Each computer player's move as it is made, in the words of the panel that lists them (a secret one as secret).
  store.subscribe((s) => s.botMoves, (moves, before) => {
    const known = new Set(before.map((m) => m.seq));
    const added = moves.filter((m) => !known.has(m.seq));
    if (!moves.length) announcer.textContent = '';
    else if (added.length) announcer.textContent = added.map((m) => m.reason ?? t('bots.secret', { faction: factionName(m.faction) })).join(' ');
  });
}

/** The first action a player can take in a decision panel (a table's first button, the first order card): not a
 *  disclosure inside what is on the table ("what it means"), which comes before the answer's buttons. */
function firstControl(panel: Element | null): HTMLElement | null {
  const usable = (selector: string) => [...panel?.querySelectorAll<HTMLElement>(selector) ?? []]
    .find((c) => !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0) ?? null;
  return usable('button, input, select, textarea') ?? usable('summary');
}
