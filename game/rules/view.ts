// view(state, viewer): the only way data leaves the rules. Hides the generator, the deck order and
// every order another faction has committed but not yet revealed.
import { negotiationOf } from './bargaining/catalogue';
import { BREACH_COST, promisesBrokenBy } from './bargaining/ledger';
import { tableView } from './bargaining/negotiate';
import { cardBlock, liveOdds } from './bargaining/why-not';
import { holds } from './conditions';
import { stateName } from './decisions';
import { shared } from './shared';
import { TRACKS } from './tracks';
import { FACTIONS, type Faction, type GameState, type LogEntry, type OrderCard, type Phase, type PlayerView, type Scenario, type TrackId, type Viewer } from './types';

/** How much a view holds. A bot's view leaves empty what bots never read (card blocks and odds, the map); a lean
 *  view, built for every step of every rollout, the log and the track history as well. Views for a player are full. */
export type ViewDetail = 'full' | 'bot' | 'lean';

export function viewFor(scenario: Scenario, s: GameState, viewer: Viewer, phase: Phase, detail: ViewDetail = 'full'): PlayerView {
  const lean = detail === 'lean';
  const forBot = detail !== 'full';
  const committed = (s.turnMachine.context.committed ?? []) as Faction[];
  const ownOrders: PlayerView['ownOrders'] = {};
  for (const f of FACTIONS) if ((viewer === 'facilitator' || viewer === f) && s.pending[f]) ownOrders[f] = [...s.pending[f]!];
  return {
    viewer,
    scenarioId: s.scenarioId,
    rulesVersion: s.rulesVersion,
    seq: s.seq,
    turn: s.turn,
    turns: scenario.turns,
    phase,
    tracks: shared(s.tracks),
    decisions: decisionNames(s),
    committed: { belarus: committed.includes('belarus'), russia: committed.includes('russia'), nato: committed.includes('nato') },
    ownOrders,
    revealed: { ...s.revealed },
    turnEvents: [...s.turnEvents],
    bargains: s.bargains.map(shared),
    commitments: s.commitments.map(shared),
    negotiation: negotiationView(scenario, s),
    ...(forBot ? { blocked: {}, odds: {}, breaks: {} } : cardInfo(scenario, s, viewer, phase === 'orders' ? committed : null)),
    played: shared(s.played),
    deckSize: s.deck.length,
    // Past turns' values are never changed (the rules freeze them), so views share them.
    trackHistory: lean ? [] : s.trackHistory.slice(),
    log: lean ? [] : visibleLog(s.log, viewer),
    outcome: s.outcome,
    // The White Cell sees what is coming, in the order it will be drawn (an event whose conditions fail is skipped).
    ...(viewer === 'facilitator' ? { undrawn: [...s.deck] } : {}),
    map: forBot ? { units: [], flows: {}, overlays: {} } : {
      units: scenario.map.units.filter((u) => holds(s, u.showWhen)).map((u) => u.id),
      flows: flowStrengths(scenario, s),
      overlays: overlayStrengths(scenario, s),
    },
  };
}

// Plain loops rather than Object.fromEntries, filter or map with callbacks: a view is built for every move of
// every game a bot plays ahead.
function visibleLog(log: readonly LogEntry[], viewer: Viewer): LogEntry[] {
  if (viewer === 'facilitator') return log.slice();
  const out: LogEntry[] = [];
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    if (e.visibleTo === 'all' || e.visibleTo === viewer) out.push(e);
  }
  return out;
}

/** The part of a position a bot scores: tracks, decisions by state name, turn and outcome. */
export function positionOf(s: GameState): Pick<PlayerView, 'tracks' | 'decisions' | 'turn' | 'outcome'> {
  return { tracks: shared(s.tracks), decisions: decisionNames(s), turn: s.turn, outcome: s.outcome };
}



function decisionNames(s: GameState): PlayerView['decisions'] {
  const out: PlayerView['decisions'] = {};
  for (const id in s.decisions) out[id as keyof typeof out] = stateName(s.decisions[id as keyof typeof s.decisions]!.value);
  return out;
}

function flowStrengths(scenario: Scenario, s: GameState): PlayerView['map']['flows'] {
  const out: PlayerView['map']['flows'] = {};
  for (const f of scenario.map.flows) out[f.id] = strength(s, f.track);
  return out;
}

function overlayStrengths(scenario: Scenario, s: GameState): PlayerView['map']['overlays'] {
  const out: PlayerView['map']['overlays'] = {};
  for (const o of scenario.map.overlays ?? []) if (holds(s, o.showWhen)) out[o.id] = o.track ? strength(s, o.track) : 1;
  return out;
}

/** A track's position in its range, 0..1 (1 when the scenario does not model it). */
function strength(s: GameState, track: TrackId): number {
  const { min, max } = TRACKS[track];
  return ((s.tracks[track] ?? max) - min) / (max - min);
}

/** Negotiations are public to all three factions, the third included: the paper's tables were watched (the
 *  ultimatum, the oil cut-off and Pompeo's offer were public knowledge even while texts stayed secret), and a
 *  shared projector could not hide them anyway. Only the deck, the dice and unrevealed orders stay hidden. */
function negotiationView(scenario: Scenario, s: GameState): PlayerView['negotiation'] {
  const n = negotiationOf(s);
  return {
    table: tableView(scenario, s),
    closed: n.closed.map(shared),
    threats: n.threats.map(shared),
    credibility: { ...n.credibility },
    stalled: n.stalled.map(shared),
  };
}

const seenCards = new WeakMap<Scenario, Partial<Record<Viewer, readonly OrderCard[]>>>();

/** The order cards a viewer is told about (its own; all for the White Cell), in scenario order. */
function cardsSeenBy(scenario: Scenario, viewer: Viewer): readonly OrderCard[] {
  let byViewer = seenCards.get(scenario);
  if (!byViewer) seenCards.set(scenario, (byViewer = {}));
  return (byViewer[viewer] ??= scenario.cards.filter((c) => viewer === 'facilitator' || viewer === c.faction));
}

/** Why each of the viewer's cards is unavailable, and the live odds of the rolls in those it can play.
 *  `committed` is who has committed in the orders phase (null in any other phase). */
function cardInfo(scenario: Scenario, s: GameState, viewer: Viewer, committed: Faction[] | null): Pick<PlayerView, 'blocked' | 'odds' | 'breaks'> {
  const blocked: PlayerView['blocked'] = {};
  const odds: PlayerView['odds'] = {};
  const breaks: PlayerView['breaks'] = {};
  for (const card of cardsSeenBy(scenario, viewer)) {
    const ordersOpen = committed !== null && !committed.includes(card.faction);
    const reason = cardBlock(scenario, s, card) ?? (ordersOpen ? null : { code: 'phase' as const });
    if (reason) blocked[card.id] = reason;
    else {
      const rolls = liveOdds(s, card.effects);
      if (rolls.length) odds[card.id] = rolls;
      const terms = promisesBrokenBy(scenario, s, card.faction, card.id).map((c) => c.term);
      if (terms.length) breaks[card.id] = { terms, credibility: BREACH_COST };
    }
  }
  return { blocked, odds, breaks };
}
