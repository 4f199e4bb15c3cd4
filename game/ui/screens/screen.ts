// What every screen is given: the store's current state, the way to send intents, and the map's host element.
import type { SendIntent } from '../../app/intents';
import type { UiState } from '../../store/store';

export interface ScreenProps {
  state: UiState;
  send: SendIntent;
  /** The one map element, moved into whichever screen shows it (so Phaser starts once per page). */
  mapSlot: () => HTMLElement;
}

export type ScreenRender = (props: ScreenProps) => HTMLElement;
