// A seeded integer generator (mulberry32) whose whole state is one 32-bit integer kept in GameState.
// Pure: every draw returns the value and the next state.

export function seedRng(seed: number): number {
  return seed >>> 0;
}

/** A uniform integer in [0, n) and the generator's next state. */
export function nextInt(rng: number, n: number): [value: number, rng: number] {
  const next = (rng + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [Math.floor(u * n), next];
}

/** A Fisher–Yates shuffle driven by the generator. */
export function shuffle<T>(items: readonly T[], rng: number): [T[], number] {
  const out = [...items];
  let r = rng;
  for (let i = out.length - 1; i > 0; i--) {
    let j: number;
    [j, r] = nextInt(r, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return [out, r];
}
