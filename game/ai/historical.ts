// The historical player: follows the scenario's scripted history (history.json "script") from what its faction
// may see. Where play has left history's path, it plays the scripted cards still legal and answers as history did;
// the historical persona (bot.ts) instead evaluates the moves that keep as close to the script as they can.
import type { Action, Faction, PlayerView, Scenario } from '../rules/types';

type Commit = Extract<Action, { type: 'orders.commit' }>;

export interface HistoricalChoice {
  /** History's own move, when it is still legal and play is on history's path; null otherwise. */
  scripted: Action | null;
  /** The script follower's move off the path: the scripted cards still legal, history's answer or no offer. */
  plain: Action;
  /** Off the path, the legal moves that keep to the script as far as it can still be kept. */
  keep: Action[];
}

export function historicalChoice(scenario: Scenario, view: PlayerView, faction: Faction, legal: readonly Action[]): HistoricalChoice {
  if (legal.length === 0) throw new Error(`historicalChoice: ${faction} has no legal action`);
  const turn = scenario.history.script?.find((t) => t.turn === view.turn);
  const wanted = turn?.orders[faction] ?? [];
  const pass = legal.find((a) => a.type === 'bargain.pass');

  if (view.phase === 'orders') {
    const hands = legal.filter((a): a is Commit => a.type === 'orders.commit');
    const want = new Set(wanted);
    // Subsets of a legal hand are legal, so the largest hand of scripted cards is every scripted card still playable.
    const kept = hands.filter((a) => a.cards.every((c) => want.has(c))).reduce((best, a) => (a.cards.length > best.cards.length ? a : best), hands[0]!);
    const exact = turn && kept.cards.length === want.size ? kept : null;
    return { scripted: exact, plain: kept, keep: turn ? hands.filter((a) => kept.cards.every((c) => a.cards.includes(c))) : hands };
  }
  const scripted = turn?.deals ?? [];
  const open = view.negotiation.table?.offer;
  if (open) {
    const answer = scripted.find((d) => d.deal === open.deal);
    // Scripts name no blackmail: since 2015 Moscow has answered Minsk's threats with conditionality (FACTBOOK §4.2 S1).
    if (open.kind === 'blackmail') return { scripted: null, plain: { type: 'bargain.call' }, keep: [...legal] };
    const reply = (accept: boolean): Action => ({ type: accept ? 'bargain.accept' : 'bargain.reject' });
    return { scripted: answer ? reply(answer.accepted) : null, plain: reply(answer?.accepted ?? false), keep: [...legal] };
  }
  const presetId = (a: Action) => (a.type === 'bargain.offer' ? scenario.deals.find((d) => d.from === faction && sameCards(d.give, a.give) && sameCards(d.ask, a.ask))?.id : undefined);
  const offer = legal.find((a) => scripted.some((d) => d.deal === presetId(a)));
  // No scripted offer: history made none, which holds only while this faction's orders were history's.
  const onPath = turn !== undefined && sameCards(view.revealed[faction] ?? [], wanted);
  const plain = offer ?? pass ?? legal[0]!;
  return { scripted: offer ?? (onPath ? plain : null), plain, keep: [...legal] };
}

/** The script follower used for calibration: history's move, or its nearest stand-in off the path. */
export function historicalAction(scenario: Scenario, view: PlayerView, faction: Faction, legal: readonly Action[]): Action {
  const choice = historicalChoice(scenario, view, faction, legal);
  return choice.scripted ?? choice.plain;
}

const sameCards = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c) => b.includes(c));
