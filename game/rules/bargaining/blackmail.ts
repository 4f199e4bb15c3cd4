// Entrapment blackmail (FACTBOOK §4.2 S1): the odds that a threat to defect holds if the bluff is called.
// The paper says it works when Russia needs Belarus and the threat is credible; the linear form is ours.
import { rollChance } from '../effects/run-effects';
import type { BargainTable, BlackmailThreat, GameState } from '../types';
import { CREDIBILITY_START, MAX_DEMANDS, negotiationOf } from './catalogue';

/** Odds 0–100 that `threat` holds when it demands `demands` terms: its base chance, moved by the tracks of need and
 *  credibility (tables.json) and by the blackmailer's own credibility, less the table's points for each term beyond
 *  the first. Null when the table has no such threat. */
export function blackmailOdds(s: GameState, table: BargainTable, threat: string, demands = 1): number | null {
  const th = table.blackmail?.threats.find((t) => t.id === threat);
  return th ? oddsByDemand(s, table, th)[demands - 1]! : null;
}

/** One threat's odds by the number of terms demanded, one term first. */
function oddsByDemand(s: GameState, table: BargainTable, th: BlackmailThreat): number[] {
  const bm = table.blackmail!;
  const credibility = negotiationOf(s).credibility[bm.by] - CREDIBILITY_START;
  const oneTerm = Math.max(0, Math.min(100, rollChance(s, th.chance, th.modifiers) + Math.round(credibility * bm.credibilityPer)));
  const per = perExtraDemand(s, table);
  return Array.from({ length: MAX_DEMANDS }, (_, i) => Math.max(0, oneTerm - per * i));
}

/** The table's points off per extra demanded term; games under rules before version 4 had none. */
export function perExtraDemand(s: GameState, table: BargainTable): number {
  return s.rulesVersion >= 4 ? table.blackmail?.perExtraDemand ?? 0 : 0;
}

/** Every threat's odds at this table by the number of terms demanded, one first (empty when it has no blackmail). */
export function allBlackmailOdds(s: GameState, table: BargainTable): Record<string, number[]> {
  return Object.fromEntries((table.blackmail?.threats ?? []).map((t) => [t.id, oddsByDemand(s, table, t)]));
}
