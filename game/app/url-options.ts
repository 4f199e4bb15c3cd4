// Options read from the page address: ?scenario=<id> pre-selects a scenario, ?renderer=canvas|webgl picks
// the map renderer (default webgl), ?seed=<n> fixes the dice for a reproducible class session.
export type Renderer = 'webgl' | 'canvas';

export interface UrlOptions { scenario: string | null; renderer: Renderer; seed: number | null }

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  return {
    scenario: params.get('scenario'),
    renderer: params.get('renderer') === 'canvas' ? 'canvas' : 'webgl',
    seed: Number.isSafeInteger(seed) ? seed : null,
  };
}
