// Options read from the page address: ?scenario=<id> pre-selects a scenario, ?renderer=canvas|webgl forces the
// map renderer (default auto: WebGL on a real GPU, Canvas where WebGL would be software-rendered and slow),
// ?seed=<n> fixes the dice for a reproducible class session.
export type Renderer = 'webgl' | 'canvas' | 'auto';

export interface UrlOptions { scenario: string | null; renderer: Renderer; seed: number | null }

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  const renderer = params.get('renderer');
  return {
    scenario: params.get('scenario'),
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    seed: Number.isSafeInteger(seed) ? seed : null,
  };
}
