// What became of an offer once its maker had left the table: the other side accepted it, turned it down or stalled
// it. Its maker seldom sees that table again that turn (a bot or another team answers at once), and a stalled offer
// comes back at the next sitting to be answered first thing, before its maker is at the device.
import type { Faction, LogEntry, Scenario } from '../../rules';
import { t } from '../messages';
import { describeEffects } from './effects';
import { answeredAt, packageText } from './bargain-log';
import { dealTitle, factionName, whose } from './names';

export interface OfferFate {
  /** The answer's log entry; its move is the one before it (a bot's move carries that number with its reason). */
  seq: number;
  table: string;
  /** Who made the offer, and who answered it. */
  from: Faction;
  by: Faction;
  outcome: 'accepted' | 'rejected' | 'stalled' | 'voided';
  /** Why a stalled offer could not come back (voided only). */
  why?: string;
  /** The offer in words: a preset's title, or its terms. */
  package: string;
  /** Made at an earlier sitting, stalled there, and answered at this one. */
  resumed: boolean;
  /** Turned down by the phase clock when time ran out, not by the team. */
  byClock: boolean;
}

/** Every answer given in `turn` to an offer or counter-offer, in the order given. */
export function offerFates(s: Scenario, log: readonly LogEntry[], turn: number): OfferFate[] {
  const fates: OfferFate[] = [];
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    if (e.turn !== turn) continue;
    if (e.kind === 'voided') {
      // Nobody answered it: the rules found it void as the table sat again.
      const table = s.tables.find((x) => x.id === e.table);
      const from = e.cause.faction;
      const by = table && from ? table.parties.find((f) => f !== from) : undefined;
      if (from && by) fates.push({ seq: e.seq, table: e.table, from, by, outcome: 'voided', package: packageText(s, e.deal, e), resumed: true, why: e.why, byClock: false });
      continue;
    }
    if (e.kind !== 'response' && e.kind !== 'stall') continue;
    const offer = answeredAt(log, i, e.table);
    const from = offer?.cause.faction;
    const by = e.cause.faction;
    if (offer?.kind !== 'offer' || !from || !by || from === by) continue;
    const outcome = e.kind === 'stall' ? 'stalled' : e.accepted ? 'accepted' : 'rejected';
    fates.push({ seq: e.seq, table: e.table, from, by, outcome, package: packageText(s, offer.deal, offer), resumed: offer.turn < e.turn, byClock: e.kind === 'response' && e.byClock === true });
  }
  return fates;
}

/** "Russia turned down your offer “…” (stalled last turn): deadlock at the table Russia ↔ Belarus, which costs …";
 *  `you` is the faction the sentence speaks to (its own offers are "your offer"), or null for the whole room. */
export function fateSentence(s: Scenario, fate: OfferFate, you: Faction | null): string {
  const cost = s.tables.find((x) => x.id === fate.table)?.deadlock.effects ?? [];
  // An offer the clock turned down when time ran out was not the team's answer: the sentence says so. A deadlock
  // that changes nothing (NATO ↔ Russia) is said to cost nothing, not to cost "no change".
  const rejected = `rejected${fate.byClock ? '.byClock' : ''}${cost.length ? '' : '.free'}` as const;
  const outcome = fate.outcome === 'rejected' ? rejected : fate.outcome;
  return t(`fate.${outcome}${fate.from === you ? '.yours' : ''}`, {
    by: factionName(fate.by), whose: whose(factionName(fate.from)), package: fate.package, table: dealTitle(s, fate.table),
    resumed: fate.resumed ? t('fate.resumed') : '', cost: describeEffects(cost), why: fate.why ?? '',
  });
}

/** A computer player's reason for the answer, as it gave it; null when a person answered. */
export function fateReason(fate: OfferFate, moves: readonly { seq: number; faction: Faction; reason: string | null }[]): string | null {
  if (fate.outcome === 'voided') return null;
  return moves.find((m) => m.seq === fate.seq - 1 && m.faction === fate.by)?.reason ?? null;
}
