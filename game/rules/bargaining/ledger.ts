// The ledger of commitments (GAME-DESIGN §2.5): agreed packages become one commitment per term, carried across
// turns. Binding terms are enforced (their breaking cards are illegal); promises may be broken, which is logged
// and costs the owner credibility.
import { record, writable, type Work } from '../effects/run-effects';
import type { Bargain, Cause, Commitment, Faction, GameState, Scenario, Source } from '../types';
import { catalogueOf } from './catalogue';

/** What breaking a promise costs its owner, in credibility points. */
export const BREACH_COST = 2;

const LEDGER_SOURCE: Source = {
  cite: ['irreconcilableViews', 'stalemateToUltimatum'],
  extrapolation: 'The paper shows agreements signed and not honoured (lip service, Russia insisting on implementing past agreements); a credibility score that falls by 2 per broken promise is our game mechanic.',
};

/** The standing binding commitment of `faction` that forbids this card, if any. */
export function forbiddingCommitment(scenario: Scenario, s: GameState, faction: Faction, card: string): Commitment | undefined {
  if (s.commitments.length === 0) return undefined; // the usual case: asked for every card of every view
  const terms = catalogueOf(scenario).terms;
  return s.commitments.find((c) => c.status === 'kept' && c.binding && c.owner === faction && (terms.get(c.term)?.breaches ?? []).includes(card));
}

/** An agreed package's terms into the ledger, under one id (linkage: the package stands or falls together in the record).
 *  Entries are frozen: a breach replaces one, so views share them. */
export function commitPackage(scenario: Scenario, w: Work, offer: Bargain): void {
  const terms = catalogueOf(scenario).terms;
  const id = `${offer.table}-t${w.state.turn}`;
  for (const termId of [...offer.give, ...offer.ask]) {
    const term = terms.get(termId)!;
    const beneficiary = term.owner === offer.from ? offer.to : offer.from;
    writable(w, 'commitments').push(Object.freeze({ id, term: termId, owner: term.owner, beneficiary, turn: w.state.turn, binding: term.binding, status: 'kept', deal: offer.deal }));
  }
}

/** The promises (kept, not binding) of `faction` that playing this card would break. */
export function promisesBrokenBy(scenario: Scenario, s: GameState, faction: Faction, card: string): Commitment[] {
  if (s.commitments.length === 0) return [];
  const terms = catalogueOf(scenario).terms;
  return s.commitments.filter((c) => c.status === 'kept' && !c.binding && c.owner === faction && (terms.get(c.term)?.breaches ?? []).includes(card));
}

/** Revealed cards that break a standing promise: the commitment is marked breached, logged, and costs credibility. */
export function recordBreaches(scenario: Scenario, w: Work, faction: Faction, cards: readonly string[]): void {
  const terms = catalogueOf(scenario).terms;
  // The ledger is copied only when a promise is broken (seldom): it stays shared with the state before otherwise.
  const ledger = w.state.commitments;
  for (let i = 0; i < ledger.length; i++) {
    const c = ledger[i]!;
    if (c.status !== 'kept' || c.owner !== faction) continue;
    const term = terms.get(c.term)!;
    const card = cards.find((id) => (term.breaches ?? []).includes(id));
    if (!card) continue;
    const cause: Cause = { kind: 'order', id: card, faction };
    record(w, { kind: 'breach', commitment: c.id, term: c.term, card, faction }, cause, term.source);
    changeCredibility(w, faction, -BREACH_COST, cause, LEDGER_SOURCE);
    writable(w, 'commitments')[i] = Object.freeze({ ...c, status: 'breached' as const });
  }
}

export function changeCredibility(w: Work, faction: Faction, delta: number, cause: Cause, source: Source): void {
  const neg = w.state.negotiation!;
  const from = neg.credibility[faction];
  const to = Math.max(0, Math.min(10, from + delta));
  if (to === from) return;
  neg.credibility = { ...neg.credibility, [faction]: to };
  record(w, { kind: 'credibility', faction, from, to }, cause, source);
}
