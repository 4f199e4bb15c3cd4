// Entrapment blackmail (FACTBOOK §4.2 S1): the odds that a threat to defect holds if the bluff is called.
// The paper says it works when Russia needs Belarus and the threat is credible; the linear form is ours.
import { rollChance } from '../effects/run-effects';
import type { BargainTable, GameState } from '../types';
import { CREDIBILITY_START, negotiationOf } from './catalogue';

/** Odds 0–100 that `threat` holds: its base chance, moved by the tracks of need and credibility (tables.json),
 *  and by the blackmailer's own credibility. Null when the table has no such threat. */
export function blackmailOdds(s: GameState, table: BargainTable, threat: string): number | null {
  const bm = table.blackmail;
  const th = bm?.threats.find((t) => t.id === threat);
  if (!bm || !th) return null;
  const credibility = negotiationOf(s).credibility[bm.by] - CREDIBILITY_START;
  return Math.max(0, Math.min(100, rollChance(s, th.chance, th.modifiers) + Math.round(credibility * bm.credibilityPer)));
}

/** Every threat's odds at this table (empty when it has no blackmail). */
export function allBlackmailOdds(s: GameState, table: BargainTable): Record<string, number> {
  return Object.fromEntries((table.blackmail?.threats ?? []).map((t) => [t.id, blackmailOdds(s, table, t.id)!]));
}
