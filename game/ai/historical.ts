// The historical player: follows the scenario's scripted history (history.json "script") from what its faction
// may see. Where play has left history's path, it plays the scripted cards still legal and answers as history did.
import type { Action, Faction, PlayerView, Scenario } from '../rules/types';

export function historicalAction(scenario: Scenario, view: PlayerView, faction: Faction, legal: readonly Action[]): Action {
  if (legal.length === 0) throw new Error(`historicalAction: ${faction} has no legal action`);
  const turn = scenario.history.script?.find((t) => t.turn === view.turn);
  const pass = legal.find((a) => a.type === 'bargain.pass');

  if (view.phase === 'orders') {
    const wanted = new Set(turn?.orders[faction] ?? []);
    const hands = legal.filter((a): a is Extract<Action, { type: 'orders.commit' }> => a.type === 'orders.commit')
      .filter((a) => a.cards.every((c) => wanted.has(c)));
    return hands.reduce((best, a) => (a.cards.length > best.cards.length ? a : best), hands[0] ?? (legal[0] as Extract<Action, { type: 'orders.commit' }>));
  }
  const scripted = turn?.deals ?? [];
  const open = view.bargains.find((b) => b.accepted === null);
  if (open) {
    const accept = scripted.find((d) => d.deal === open.deal)?.accepted ?? false;
    return { type: accept ? 'bargain.accept' : 'bargain.reject' };
  }
  const offer = legal.find((a) => a.type === 'bargain.offer' && scripted.some((d) => d.deal === a.deal));
  return offer ?? pass ?? legal[0]!;
}
