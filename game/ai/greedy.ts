// Easy play and the first sort for the stronger bots: every legal action scored by its expected immediate
// effects from the faction's own view. At the tables (FACTBOOK §4.2): offers weighed by the odds that the receiver
// accepts them (a counter it expects refused for certain is left out), a refusal by the deadlock it brings, the other side's promises by its credibility, and threats,
// stalls, blackmail and calls by the persona's tactics (tactics.ts); orders count the threats standing against them.
import { packageDeal } from '../rules';
import { nextInt } from '../rules/rng';
import type { Action, Bargain, BargainTable, Deal, Faction, OrderCard, Package, PlayerView } from '../rules/types';
import { evaluate, type Sketch, type World } from './evaluate';
import { copyWorld, playEffects } from './expected-effects';
import type { ScenarioModel } from './model';
import { personaOf, type Persona } from './personas';
import { tacticsOf, type Tactics } from './tactics';

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

/** The least odds, as its maker guesses them, at which a bot makes a counter-offer. Below them (shown as 0% or 1%) the
 *  counter is a refusal in another form: an opportunist Moscow countered at "odds Belarus accepts: 0%", playing for
 *  time in its look-ahead. Refusing, stalling or accepting then says what the bot means, and its reason is true. A long
 *  shot stays (Minsk unbundling Moscow's package at 3%, FACTBOOK §4.2 S5). */
const COUNTER_FLOOR = 0.02;

const hopeless = (c: Candidate) => c.action.type === 'bargain.counter' && (c.accept ?? 1) < COUNTER_FLOOR;

/** How sharply a receiver's gain turns into acceptance: a gain of this many points makes acceptance 73 % likely. */
const ACCEPT_SCALE = 0.3;

/** Offers already weighed within one decision, by persona and by everything their weighing reads: a look-ahead's
 *  rollouts put the same packages to the same positions again and again. */
export type OfferMemo = Map<Persona, Map<string, Omit<Candidate, 'action'>>>;

export function rankActions(model: ScenarioModel, view: PlayerView, faction: Faction, legal: readonly Action[], persona: Persona, memo?: OfferMemo): Candidate[] {
  const ranking = new Ranking(model, view, faction, persona, memo);
  const answers: Candidate[] = [];
  const threats: Extract<Action, { type: 'bargain.threaten' }>[] = [];
  for (const action of legal) {
    const c = ranking.rank(action);
    if (c) { if (!hopeless(c)) answers.push(c); } else if (action.type === 'bargain.threaten') threats.push(action);
  }
  // A threat leaves the offer still to be answered: it is worth the best answer plus what it deters.
  const base = answers.length ? Math.max(...answers.map((c) => c.value)) : ranking.now();
  for (const action of threats) answers.push(ranking.threatCandidate(action, base));
  return answers.sort((a, b) => b.value - a.value);
}

/** One ranking's position and the figures several answers read, each worked out once, on first use. A class
 *  rather than closures: a ranking runs for every position of every rollout. */
class Ranking {
  private readonly table: PlayerView['negotiation']['table'];
  private readonly open: Bargain | null;
  private readonly other: Faction;
  private readonly rules: BargainTable | undefined;
  private readonly tactics: Tactics;
  private deal: Deal | undefined;
  private current: number | undefined;
  private deadlocked: { world: World; value: number } | undefined;
  private offerKey: { known: Map<string, Omit<Candidate, 'action'>>; position: string } | undefined;

  constructor(private readonly model: ScenarioModel, private readonly view: PlayerView, private readonly faction: Faction, private readonly persona: Persona, private readonly memo?: OfferMemo) {
    const table = view.negotiation.table;
    this.table = table;
    this.open = table?.offer ?? null;
    this.other = table ? (table.parties[0] === faction ? table.parties[1] : table.parties[0]) : faction;
    this.rules = table ? model.tables.get(table.id) : undefined;
    this.tactics = tacticsOf(faction, persona.id);
  }

  private score(w: World): number { return evaluate(this.model, w, this.faction, this.persona); }

  private after(effects: readonly OrderCard['effects'][]): Sketch {
    const w = copyWorld(this.view);
    for (const e of effects) playEffects(this.model, w, e);
    return w;
  }

  private refused(pkg: Package): World { return deadlockWorld(this.model, this.view, this.rules, pkg); }

  private openDeal(): Deal { return (this.deal ??= packageDeal(this.model.scenario, this.open!.from, this.open!.to, this.open!)); }

  now(): number { return (this.current ??= this.score(this.view)); }

  private deadlock(): { world: World; value: number } {
    if (!this.deadlocked) { const world = this.refused(this.open!); this.deadlocked = { world, value: this.score(world) }; }
    return this.deadlocked;
  }

  /** An offer's weighing reads the position's tracks, decisions, turn, outcome and credibility, the table and the package. */
  private offers(memo: OfferMemo): { known: Map<string, Omit<Candidate, 'action'>>; position: string } {
    if (!this.offerKey) {
      let byPosition = memo.get(this.persona);
      if (!byPosition) memo.set(this.persona, (byPosition = new Map()));
      const { view } = this;
      const n = view.negotiation;
      this.offerKey = { known: byPosition, position: JSON.stringify([this.faction, this.table?.id, view.turn, view.tracks, view.decisions, n.credibility, view.outcome]) };
    }
    return this.offerKey;
  }

  rank(action: Action): Candidate | null {
    const { model, view, faction, table, open, rules, tactics } = this;
    switch (action.type) {
      case 'orders.commit': {
        const cards = action.cards.map((id) => model.cards.get(id)!);
        const world = this.after(cards.map((c) => c.effects));
        // A standing threat against this faction is carried out if it plays the trigger.
        for (const t of view.negotiation.threats) {
          if (t.status === 'pending' && t.against === faction && action.cards.includes(t.trigger)) playEffects(model, world, model.terms.get(t.response)?.effects ?? []);
        }
        return { action, value: this.score(world), world, items: cards };
      }
      case 'bargain.offer':
      case 'bargain.counter': {
        if (!this.memo) return { action, ...this.weighOffer(action) };
        const { known, position } = this.offers(this.memo);
        const key = `${position}|${action.give.join()}|${action.ask.join()}`;
        let weighed = known.get(key);
        if (!weighed) known.set(key, (weighed = this.weighOffer(action)));
        return { action, ...weighed };
      }
      case 'bargain.accept': {
        const world = agreedWorld(model, view, faction, open!);
        return { action, value: this.score(world), world, items: [this.openDeal()] };
      }
      case 'bargain.reject': {
        const { world, value } = this.deadlock();
        return { action, value, world, items: [this.openDeal()] };
      }
      case 'bargain.stall': {
        // Postponing saves the share of the deadlock's cost the persona believes in (sequencing, FACTBOOK §4.2 S4); never more than waiting is worth.
        const no = this.deadlock().value;
        return { action, value: Math.min(this.now(), no + tactics.stalls * Math.max(0, this.now() - no)), world: view, items: [this.openDeal()] };
      }
      case 'bargain.call': {
        // The bluff holds at the odds shown, discounted by the persona's doubt: the demands are delivered anyway and the caller pays; else the blackmailer backs down.
        const deal = this.openDeal();
        const p = Math.min(1, ((table?.blackmail?.odds ?? 0) / 100) * (1 - tactics.doubt));
        const held = agreedWorld(model, view, faction, open!);
        playEffects(model, held, rules?.blackmail?.held ?? []);
        const failed = this.after([rules?.blackmail?.failed ?? []]);
        return { action, value: p * this.score(held) + (1 - p) * this.score(failed), world: failed, items: [deal], accept: p };
      }
      case 'bargain.blackmail': {
        const deal = packageDeal(model.scenario, this.other, faction, { give: action.demand, ask: [] });
        const p = (table?.blackmailOdds[action.threat]?.[action.demand.length - 1] ?? 0) / 100;
        const yes = agreedWorld(model, view, faction, { give: action.demand, ask: [] });
        const no = this.after([rules?.blackmail?.failed ?? []]);
        // A failed bluff also costs credibility, which every later threat's odds feel.
        const lost = (rules?.blackmail?.failedCredibility ?? 0) * CREDIBILITY_POINT;
        const value = p * this.score(yes) + (1 - p) * (this.score(no) - lost) - OFFER_COST - (p < tactics.blackmailAt ? UNWILLING : 0);
        return { action, value, world: yes, items: [deal], accept: p };
      }
      case 'bargain.pass':
        return { action, value: this.now(), world: view, items: [] };
      case 'bargain.threaten':
        return null;
    }
  }

  private weighOffer(pkg: Package): Omit<Candidate, 'action'> {
    const { model, view, faction } = this;
    const deal = packageDeal(model.scenario, faction, this.other, pkg);
    const [yes, no] = [agreedWorld(model, view, faction, pkg), this.refused(pkg)];
    const accept = acceptOdds(model, view, deal, no);
    return { value: accept * this.score(yes) + (1 - accept) * this.score(no) - OFFER_COST, world: yes, items: [deal], accept };
  }

  threatCandidate(action: Extract<Action, { type: 'bargain.threaten' }>, base: number): Candidate {
    const { model, view, other, tactics } = this;
    const card = model.cards.get(action.trigger);
    const response = model.terms.get(action.response)?.effects ?? [];
    const punished = this.after([response]);
    const carriedOut = this.score(punished) - this.now();
    let value: number;
    if ((view.revealed[other] ?? []).includes(action.trigger)) {
      // Revealed this turn already: the response will be carried out at resolution.
      value = base + (tactics.threatens > 0 ? carriedOut : -UNWILLING) - THREAT_COST;
    } else {
      // Not yet played: the threat deters what the card would cost this faction; defied, the response is carried out.
      const harm = card ? Math.max(0, this.now() - this.score(this.after([card.effects]))) : 0;
      const playable = card && (card.limit === undefined || (view.played[card.id] ?? 0) < card.limit) ? 1 : 0;
      value = base + playable * (tactics.threatens * DETERRENCE * harm + DEFIED * Math.min(0, carriedOut)) - THREAT_COST;
    }
    return { action, value, world: view, items: card ? [card] : [] };
  }
}

/** Weight of a threat's deterrence: the share of a harmful card's cost a bot expects to spare itself. */
const DETERRENCE = 0.4;
/** What making a threat costs in goodwill, in points: a bot threatens only over a card that matters. */
const THREAT_COST = 0.15;
/** The share of threats a bot expects to be defied (and so to have to carry out). */
const DEFIED = 0.3;
/** What one point of credibility is worth to a bot, in points. */
const CREDIBILITY_POINT = 0.1;
/** What a persona's unwillingness costs a tactic it would not use, in points: enough to rank it last. */
const UNWILLING = 5;

/** How far a faction trusts another's promise: credibility 10 is full trust, 0 half (the promise may be broken). */
const trust = (credibility: number) => 0.5 + credibility / 20;

/** The world if a package is agreed, as `faction` expects it: its own and binding terms in full, the other side's
 *  promises at the trust their owner's credibility earns. */
export function agreedWorld(model: ScenarioModel, view: PlayerView, faction: Faction, pkg: Package): Sketch {
  const w = copyWorld(view);
  for (const id of [...pkg.give, ...pkg.ask]) {
    const t = model.terms.get(id);
    if (t) playEffects(model, w, t.effects, t.binding || t.owner === faction ? 1 : trust(view.negotiation.credibility[t.owner]));
  }
  return w;
}

/** The world if the table ends in deadlock over a package: the table's deadlock cost and the terms' refusal effects. */
export function deadlockWorld(model: ScenarioModel, view: PlayerView, table: BargainTable | undefined, pkg: Package): Sketch {
  const w = copyWorld(view);
  playEffects(model, w, table?.deadlock.effects ?? []);
  for (const id of [...pkg.give, ...pkg.ask]) playEffects(model, w, model.terms.get(id)?.refused ?? []);
  return w;
}

/** The receiver's odds of accepting, as the offerer guesses them: the receiver's historical leadership weighing
 *  the package against the deadlock a refusal brings. */
function acceptOdds(model: ScenarioModel, view: PlayerView, deal: Deal, no: World): number {
  const receiver = personaOf(deal.to, 'historical');
  const yes = agreedWorld(model, view, deal.to, deal);
  const gain = evaluate(model, yes, deal.to, receiver) - evaluate(model, no, deal.to, receiver);
  return 1 / (1 + Math.exp(-gain / ACCEPT_SCALE));
}

/** Picks a candidate with probability rising with its value (softmax): how a bot imagines another faction's choice. */
export function sampleByValue<C extends { value: number }>(ranked: readonly C[], rng: number, temperature: number): [C, number] {
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
