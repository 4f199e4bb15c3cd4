// What the map reads: the scenario's map data and the viewer's projection of the game, as data.
// The map never calls the rules; the app adapts its store to this interface.
import type { PlayerView, ScenarioMap } from '../rules/types';

export interface MapSource {
  /** The current projection, or null before a game is loaded. */
  get(): { map: ScenarioMap; view: PlayerView } | null;
  /** Calls the listener whenever get() would return something new; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}
