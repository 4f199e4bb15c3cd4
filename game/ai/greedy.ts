// Easy play and the first sort for the stronger bots: every legal action scored by its expected immediate
// effects from the faction's own view, offers weighed by the odds that the receiver accepts them.
import { packageDeal } from '../rules';
import { nextInt } from '../rules/rng';
import type { Action, Deal, Faction, OrderCard, PlayerView } from '../rules/types';
import { evaluate, type World } from './evaluate';
import { copyWorld, playEffects } from './expected-effects';
import type { ScenarioModel } from './model';
import { personaOf, type Persona } from './personas';

export interface Candidate {
  action: Action;
  /** The faction's score of the world the action is expected to leave. */
  value: number;
  /** That world (for offers: the world if accepted). */
  world: World;
  /** The cards played or the deal on the table. */
  items: (OrderCard | Deal)[];
  /** For offers: the odds that the receiver accepts. */
  accept?: number;
}

/** What an offer costs its maker even if refused, in points: a little face. It makes a bot pass rather than
 *  table a deal it expects to change nothing. */
const OFFER_COST = 0.05;

/** How sharply a receiver's gain turns into acceptance: a gain of this many points makes acceptance 73 % likely. */
const ACCEPT_SCALE = 0.3;

export function rankActions(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[], persona: Persona): Candidate[] {
  const score = (w: World) => evaluate(model, w, faction, persona);
  const after = (effects: readonly OrderCard['effects'][]) => {
    const w = copyWorld(view);
    for (const e of effects) playEffects(model, w, e);
    return w;
  };
  const table = view.negotiation.table;
  const open = table?.offer ?? null;
  const other = table ? (table.parties[0] === faction ? table.parties[1] : table.parties[0]) : faction;
  const openDeal = () => packageDeal(model.scenario, open!.from, open!.to, open!);
  const rules = table ? model.scenario.tables.find((t) => t.id === table.id) : undefined;
  const ranked = legal.map((action): Candidate => {
    switch (action.type) {
      case 'orders.commit': {
        const cards = action.cards.map((id) => model.cards.get(id)!);
        const world = after(cards.map((c) => c.effects));
        return { action, value: score(world), world, items: cards };
      }
      case 'bargain.offer':
      case 'bargain.counter': {
        const deal = packageDeal(model.scenario, faction, other, action);
        const [yes, no] = [after([deal.onAccept]), after([deal.onReject])];
        const accept = acceptOdds(model, deal, yes, no);
        return { action, value: accept * score(yes) + (1 - accept) * score(no) - OFFER_COST, world: yes, items: [deal], accept };
      }
      case 'bargain.accept':
      case 'bargain.reject': {
        const deal = openDeal();
        const world = after([action.type === 'bargain.accept' ? deal.onAccept : deal.onReject]);
        return { action, value: score(world), world, items: [deal] };
      }
      case 'bargain.call': {
        // The bluff holds at the odds shown: the demands are delivered anyway and the caller pays; else the blackmailer backs down.
        const deal = openDeal();
        const p = (table?.blackmail?.odds ?? 0) / 100;
        const [held, failed] = [after([deal.onAccept, rules?.blackmail?.held ?? []]), after([rules?.blackmail?.failed ?? []])];
        return { action, value: p * score(held) + (1 - p) * score(failed), world: failed, items: [deal] };
      }
      case 'bargain.blackmail': {
        const deal = packageDeal(model.scenario, other, faction, { give: action.demand, ask: [] });
        const p = (table?.blackmailOdds[action.threat] ?? 0) / 100;
        const [yes, no] = [after([deal.onAccept]), after([rules?.blackmail?.failed ?? []])];
        return { action, value: p * score(yes) + (1 - p) * score(no) - OFFER_COST, world: yes, items: [deal], accept: p };
      }
      // Threats and stalling change nothing at once: the easy reading ranks them just below doing nothing.
      case 'bargain.threaten':
        return { action, value: score(view) - OFFER_COST, world: view, items: [] };
      case 'bargain.pass':
      case 'bargain.stall':
        return { action, value: score(view), world: view, items: [] };
    }
  });
  return ranked.sort((a, b) => b.value - a.value);
}

/** The receiver's odds of accepting, as the offerer guesses them: the receiver's historical leadership weighing both answers. */
function acceptOdds(model: ScenarioModel, deal: Deal, yes: World, no: World): number {
  const receiver = personaOf(deal.to, 'historical');
  const gain = evaluate(model, yes, deal.to, receiver) - evaluate(model, no, deal.to, receiver);
  return 1 / (1 + Math.exp(-gain / ACCEPT_SCALE));
}

/** Picks a candidate with probability rising with its value (softmax): how a bot imagines another faction's choice. */
export function sampleByValue(ranked: readonly Candidate[], rng: number, temperature: number): [Candidate, number] {
  const top = ranked[0]!.value;
  const weights = ranked.map((c) => Math.exp((c.value - top) / temperature));
  const total = weights.reduce((a, b) => a + b, 0);
  const [draw, next] = nextInt(rng, 1_000_000);
  let x = (draw / 1_000_000) * total;
  for (let i = 0; i < ranked.length; i++) {
    x -= weights[i]!;
    if (x < 0) return [ranked[i]!, next];
  }
  return [ranked[ranked.length - 1]!, next];
}
