// Options read from the page address: ?scenario=<id> pre-selects a scenario, ?renderer=canvas|webgl forces the
// map renderer (default auto: WebGL on a real GPU, Canvas where WebGL would be software-rendered and slow),
// ?seed=<n> fixes the dice for a reproducible class session, ?play=<faction> starts the scenario solo as that faction
// against two bots and ?play=bots lets three bots play it (a demonstration, and the benchmark's full bot game).
// A seed that is not a whole number is named, never silently dropped or cut short ("12abc" is not 12).
import { FACTIONS, type Faction } from '../rules/types';

export type Renderer = 'webgl' | 'canvas' | 'auto';

export type Play = Faction | 'bots';

/** What ?play= may say. */
export const PLAY_VALUES: readonly Play[] = [...FACTIONS, 'bots'];

export const readPlay = (value: string | null): Play | null => (PLAY_VALUES as readonly (string | null)[]).includes(value) ? value as Play : null;

/** `play` is as written (the app names a value it does not know rather than ignore it); `problems` names each
 *  other parameter that was given but not understood, as the facilitation's are named (facilitator/settings.ts). */
export interface UrlOptions { scenario: string | null; renderer: Renderer; seed: number | null; play: string | null; problems: string[] }

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  const play = params.get('play');
  const asked = params.get('seed');
  const seed = asked !== null && /^-?\d+$/.test(asked) && Number.isSafeInteger(Number(asked)) ? Number(asked) : null;
  return {
    scenario: params.get('scenario'),
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    seed,
    play,
    problems: asked !== null && seed === null ? [`seed=${asked}: expected a whole number such as 42 (without one the dice are random)`] : [],
  };
}
