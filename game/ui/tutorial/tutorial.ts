// The tutorial mode: a guided first game of "ultimatum" in which step cards ask the player to do one thing at a
// time (pass the device, tick an order, commit, bargain, read the dial) and advance when it is done (steps.ts).
// The card sits outside the screens, so redrawing a screen never loses it, and reads each new step aloud.
import type { SendIntent } from '../../app/intents';
import type { UiState, UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { groupLog } from '../format/log-entry';
import { advance, STEP_COUNT, stepNumber, type TutorialEvent, type TutorialStep } from './steps';

export const TUTORIAL_SCENARIO = 'ultimatum';

let controller: { start(): boolean } | null = null;

/** Starts the guided game from the menu; false when the tutorial's scenario is not playable here. */
export const startTutorial = (): boolean => controller?.start() ?? false;

/** Why the dial moved (or did not) in the turn the summary shows: its causes, from the public log. */
export function dialExplanation(state: UiState): string {
  const { view, scenario, summaryTurn: turn } = state;
  if (!view || !scenario || turn === null) return '';
  const from = view.trackHistory[turn - 1]?.allianceCommitment;
  const to = view.trackHistory[turn]?.allianceCommitment ?? view.tracks.allianceCommitment;
  const moves = view.log.filter((e) => e.turn === turn && e.kind === 'track' && e.track === 'allianceCommitment');
  if (from === undefined || to === undefined || from === to || !moves.length) return t('tutorial.dial.still', { value: to ?? from ?? '' });
  return t('tutorial.dial.moved', { from, to, causes: groupLog(moves, scenario).map((g) => g.heading).join('; ') });
}

export function mountTutorial(parent: HTMLElement, store: UiStore, send: SendIntent): void {
  let step: TutorialStep | null = null;
  const body = h('div', { class: 'tutorial-body', 'aria-live': 'polite' });
  const end = h('button', { type: 'button', class: 'quiet' }, t('tutorial.end'));
  const card = h('aside', { class: 'tutorial-card', 'aria-label': t('tutorial.label'), hidden: true }, body, end);
  parent.append(card);

  const render = () => {
    card.hidden = step === null;
    document.body.classList.toggle('tutorial-on', step !== null);
    if (step === null) return;
    const finish = step === 'done' ? h('button', { type: 'button', class: 'primary', onClick: () => dispatch({ type: 'finish' }) }, t('tutorial.finish')) : null;
    body.replaceChildren(...[
      step === 'done' ? null : h('p', { class: 'tutorial-count' }, t('tutorial.count', { n: stepNumber(step), of: STEP_COUNT })),
      h('h2', null, t(`tutorial.${step}.title`)),
      h('p', null, t(`tutorial.${step}.text`)),
      step === 'dial' ? h('p', { class: 'tutorial-why' }, dialExplanation(store.getState())) : null,
      finish].filter((el) => el !== null));
    end.hidden = step === 'done';
  };
  const dispatch = (event: TutorialEvent) => {
    if (step === null) return;
    const next = advance(step, event);
    if (next === step) return;
    step = next;
    render();
  };

  end.addEventListener('click', () => { step = null; render(); });
  store.subscribe((s) => `${s.screen}|${s.view?.phase ?? ''}|${s.view?.turn ?? ''}|${s.summaryTurn ?? ''}`, () => {
    const s = store.getState();
    dispatch({ type: 'screen', screen: s.screen, phase: s.view?.phase ?? null, turn: s.view?.turn ?? null });
  });
  // Ticking a card changes nothing in the game until the commit, so the card listens for the tick itself.
  document.addEventListener('change', (e) => {
    const box = e.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox' && box.checked && box.closest('.orders')) dispatch({ type: 'order.ticked' });
  });

  controller = {
    start() {
      const entry = store.getState().catalogue.find((c) => c.folder === TUTORIAL_SCENARIO && c.origin === 'bundled' && c.issueCount === 0);
      if (!entry) return false;
      step = 'begin';
      render();
      send({ type: 'scenario.select', key: entry.key });
      send({ type: 'hotseat.setup' });
      return true;
    },
  };
}
