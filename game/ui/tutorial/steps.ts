// The tutorial's steps (GAME-DESIGN §4: a guided first game that teaches by doing). Each step asks the player
// to do one thing and advances only when the game shows it was done: a pure reducer over what the player did
// and which screen the game moved to, so the sequence is tested without a browser.
import type { Phase } from '../../rules';
import type { Screen } from '../../store/store';

export const TUTORIAL_STEPS = ['begin', 'handoff', 'tick', 'commit', 'others', 'bargain', 'dial', 'done'] as const;
export type TutorialStep = (typeof TUTORIAL_STEPS)[number];

export type TutorialEvent =
  /** The game moved to a screen (or redrew one): where it is now. */
  | { type: 'screen'; screen: Screen; phase: Phase | null; turn: number | null }
  /** The player ticked an order card on the turn screen. */
  | { type: 'order.ticked' }
  /** The player closed the last card. */
  | { type: 'finish' };

/** The next step, or null when the tutorial is over (finished, or the player left for the menu). */
export function advance(step: TutorialStep, event: TutorialEvent): TutorialStep | null {
  if (event.type === 'finish') return step === 'done' ? null : step;
  if (event.type === 'order.ticked') return step === 'tick' ? 'commit' : step;
  const { screen, phase, turn } = event;
  if (screen === 'menu') return null;
  switch (step) {
    case 'begin': return screen === 'handoff' ? 'handoff' : step;
    case 'handoff': return screen === 'turn' && phase === 'orders' ? 'tick' : step;
    // The first team committed: the device goes to the next team (or, if it was the last, to bargaining).
    case 'tick':
    case 'commit':
      if (screen === 'handoff') return 'others';
      return screen === 'turn' && phase === 'bargaining' ? 'bargain' : step;
    case 'others': return screen === 'turn' && phase === 'bargaining' ? 'bargain' : step;
    case 'bargain': return screen === 'summary' ? 'dial' : step;
    case 'dial': return screen === 'handoff' && turn !== null && turn > 1 ? 'done' : step;
    case 'done': return step;
  }
}

/** "Step 3 of 7": the last card is not counted, it only says goodbye. */
export const stepNumber = (step: TutorialStep) => TUTORIAL_STEPS.indexOf(step) + 1;
export const STEP_COUNT = TUTORIAL_STEPS.length - 1;
