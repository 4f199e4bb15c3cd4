// How far a batch's shares can move by chance alone, so that the what-if panel does not sell luck as an effect: the
// usual 95% margin of a proportion (1.96·√(p(1−p)/n)), and whether the changed batch differs from the baseline by
// more than the 95% margin of that difference. Both batches play the same seeds, which makes their difference less
// noisy than two unrelated samples: treating them as unrelated errs on the side of "within chance".

const Z95 = 1.96;

/** The 95% margin of a share p measured over n games (0..1). */
export const shareMargin = (p: number, n: number): number => (n > 0 ? Z95 * Math.sqrt((p * (1 - p)) / n) : 1);

/** The margin at its widest (a share of one half): the figure quoted for a batch of n games. */
export const widestMargin = (n: number): number => shareMargin(0.5, n);

export interface ShareDifference {
  /** Changed minus baseline, 0..1 either way. */
  diff: number;
  /** The 95% margin of that difference. */
  margin: number;
  /** The difference is no larger than chance alone could make it (a difference of zero included). */
  withinChance: boolean;
}

/** Fewer games than this in a batch tell nothing apart: 3 wins of 3 against none of 3 is still luck 1 time in 10. */
const FEWEST = 5;

/**
 * Compares the share of the baseline batch (n games) with the changed batch's (m games). The margin counts one more
 * win and one more loss in each batch (Agresti and Caffo's adjustment): the plain formula gives a margin of 0 to
 * 0 of 50 against 2 of 50, and would call any difference from a share of 0 or 1 more than chance.
 */
export function compareShares(baseline: number, n: number, changed: number, m: number): ShareDifference {
  const diff = changed - baseline;
  const spread = (p: number, k: number) => { const q = (p * k + 1) / (k + 2); return (q * (1 - q)) / (k + 2); };
  const margin = Z95 * Math.sqrt(spread(baseline, n) + spread(changed, m));
  return { diff, margin, withinChance: Math.min(n, m) < FEWEST || Math.abs(diff) <= margin };
}
