// A plausible full game state built from one faction's view, so the rules themselves can play ahead: what the
// view hides (the others' orders, the deck's order, the dice) is sampled from the bot's own generator.
import { FACTIONS } from '../rules';
import { nextInt, shuffle } from '../rules/rng';
import type { Faction, GameState, MachineSnapshot, PlayerView } from '../rules/types';
import { rankActions, sampleByValue } from './greedy';
import type { ScenarioModel } from './model';
import { personaOf } from './personas';

/** How loosely a bot imagines the others' hidden orders: a softmax over their own expected gains, in points. */
const GUESS_TEMPERATURE = 0.5;

/** A state consistent with the view, in which it is `faction`'s move and everyone else has committed orders. */
export function determinize(model: ScenarioModel, view: PlayerView, faction: Faction, rng: number): [GameState, number] {
  let r = rng;
  const drawn = new Set(view.log.flatMap((e) => (e.kind === 'event' ? [e.cause.id] : [])));
  const unseen = model.scenario.events.filter((e) => e.turn === undefined && !drawn.has(e.id)).map((e) => e.id);
  let deck: string[];
  [deck, r] = shuffle(unseen, r);
  let dice: number;
  [dice, r] = nextInt(r, 0x7fffffff);
  const state: GameState = {
    rulesVersion: model.rulesVersion, scenarioId: view.scenarioId, seed: 0, rng: dice, seq: view.seq, turn: view.turn,
    tracks: { ...view.tracks },
    turnMachine: { value: 'orders', context: { committed: [] } },
    decisions: Object.fromEntries(Object.entries(view.decisions).map(([id, name]) => [id, { value: stateValue(name!), context: {} }])),
    deck: deck.slice(0, view.deckSize), pending: {}, revealed: { ...view.revealed }, played: { ...view.played },
    turnEvents: [...view.turnEvents], bargains: view.bargains.map((b) => ({ ...b })), commitments: view.commitments.map((c) => ({ ...c })),
    trackHistory: view.trackHistory, log: [...view.log], outcome: view.outcome,
  };
  if (view.phase === 'orders') {
    // Everyone but the bot has (or is imagined to have) committed: orders are simultaneous, so the bot's own
    // choice cannot change theirs.
    const others = FACTIONS.filter((f) => f !== faction);
    for (const f of others) {
      const legal = model.rules.legalActions(state, f);
      let guess;
      [guess, r] = sampleByValue(rankActions(model, model.rules.view(state, f), f, legal, personaOf(f, 'historical')), r, GUESS_TEMPERATURE);
      if (guess.action.type === 'orders.commit') state.pending[f] = guess.action.cards;
    }
    state.turnMachine = { value: 'orders', context: { committed: others } };
  } else {
    const open = view.bargains.find((b) => b.accepted === null);
    state.turnMachine = { value: { bargaining: { [open ? open.from : faction]: open ? 'response' : 'offer' } }, context: { committed: [...FACTIONS] } };
  }
  return [state, r];
}

/** "a.b.c" → { a: { b: 'c' } }: a decision's state name back into an XState state value. */
function stateValue(name: string): MachineSnapshot['value'] {
  const [head, ...rest] = name.split('.');
  return rest.length ? { [head!]: stateValue(rest.join('.')) } : head!;
}
