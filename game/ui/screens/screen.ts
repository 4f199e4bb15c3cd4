// What every screen is given: the store's current state, the way to send intents, and the map's host element.
import type { SendIntent } from '../../app/intents';
import type { UiState } from '../../store/store';

export interface ScreenProps {
  state: UiState;
  send: SendIntent;
  /** The one map element, moved into whichever screen shows it (so Phaser starts once per page). */
  mapSlot: () => HTMLElement;
  /** Runs what can wait for the map's first frame (the panels beside it) after that frame while it is still to
   *  come on the page's first screen, at once otherwise. */
  besideMap: (task: () => void) => void;
}

export type ScreenRender = (props: ScreenProps) => HTMLElement;
