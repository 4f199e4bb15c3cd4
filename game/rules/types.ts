// The rules' data types: scenario content, game state, actions, views and log entries.
// Everything here is plain JSON data so that it can be saved, replayed, hashed and sent to a worker.
import type { FacilitatorAction } from './facilitator';
import type { SectionId } from './sections';

export const FACTIONS = ['belarus', 'russia', 'nato'] as const;
export type Faction = (typeof FACTIONS)[number];
export type Viewer = Faction | 'facilitator' | 'public';

/** Where a rule, card or event comes from: sections of the paper, or an admitted extrapolation. */
export interface Source {
  cite: SectionId[];
  /** Set when the item goes beyond the paper; says what was assumed. */
  extrapolation?: string;
}

export type TrackId =
  | 'sovereignty' | 'regimeStability' | 'economy' | 'neutralityCredibility' | 'airDefence'
  | 'allianceCommitment' | 'independenceSupport' | 'resilience'
  | 'leverage' | 'integration' | 'militaryPresence' | 'sharpPower' | 'subsidyCost' | 'prestige'
  | 'posture' | 'cohesion' | 'warningTime' | 'sanctions' | 'engagement'
  | 'tension' | 'corridor' | 'a2ad';

export type DecisionId = 'integration' | 'entrapment' | 'airbase' | 'hybrid' | 'suwalki' | 'neutrality';

export type EndStateId =
  | 'statusQuoMarketization' | 'finlandization' | 'absorption' | 'crimeanTakeover'
  | 'hybridTakeover' | 'corridorWar' | 'neutralBridge' | 'westernPivot' | 'regimeCollapse';

/** A test on the state; a list of conditions holds when all hold. `any` holds when one of its list holds,
 *  `not` when none does. */
export type Condition =
  | { track: TrackId; min?: number; max?: number }
  | { decision: DecisionId; in: string[] }
  | { turn: { min?: number; max?: number } }
  | { any: Condition[] }
  | { not: Condition[] };

/** Chance points added per point of a track away from a pivot: chance += (track - pivot) * per. */
export interface Modifier { track: TrackId; pivot: number; per: number }

/** Effects are data, interpreted by effects/apply-effects.ts. */
export type Effect =
  | { track: TrackId; delta: number }
  | { decision: DecisionId; event: string }
  | { roll: { chance: number; modifiers?: Modifier[] }; label: string; success: Effect[]; failure: Effect[] }
  | { if: Condition[]; then: Effect[]; else?: Effect[] };

export interface OrderCard {
  id: string;
  faction: Faction;
  title: string;
  text: string;
  cost: number;
  /** Times it may be played in one game; unlimited when absent. */
  limit?: number;
  requires?: Condition[];
  effects: Effect[];
  source: Source;
}

export interface EventCard {
  id: string;
  title: string;
  text: string;
  /** Historical date shown on the card, free text ("13 Dec 2018"). */
  date?: string;
  /** Scheduled events play on this turn; the others are drawn at random from the deck. */
  turn?: number;
  requires?: Condition[];
  effects: Effect[];
  /** True for rumours and hedged claims: shown as uncertain. */
  hedged?: boolean;
  source: Source;
}

export interface Deal {
  id: string;
  from: Faction;
  to: Faction;
  title: string;
  text: string;
  /** Binding terms are enforced by the rules; promises are not. */
  binding: boolean;
  requires?: Condition[];
  onAccept: Effect[];
  onReject: Effect[];
  source: Source;
}

export interface Objective {
  id: string;
  faction: Faction;
  text: string;
  condition: Condition[];
  vp: number;
  source: Source;
}

export interface EndState {
  id: EndStateId;
  title: string;
  text: string;
  /** immediate: checked after every resolution; final: checked when the last turn ends. */
  check: 'immediate' | 'final';
  trigger: Condition[];
  /** Lower numbers are checked first. */
  priority: number;
  vp: Record<Faction, number>;
  source: Source;
}

export interface TrackStart { start: number; why: string; source: Source }

export interface HistoryStep { turn: number; date: string; text: string; source: Source }

/** What the leaders actually did, turn by turn, as orders and answers: played to calibrate the scenario against history. */
export interface HistoricalTurn {
  turn: number;
  orders: Partial<Record<Faction, string[]>>;
  /** Deals offered that turn and whether they were accepted; any other offer is passed. */
  deals?: { deal: string; accepted: boolean }[];
}

export interface MapSite { id: string; name: string; lon: number; lat: number; kind: 'capital' | 'city' | 'airbase' | 'radar' | 'relay' | 'refinery' | 'base'; source: Source }
export interface MapUnit { id: string; name: string; sidc: string; lon: number; lat: number; faction: Faction; showWhen?: Condition[]; source: Source }
export interface MapFlow { id: string; name: string; kind: 'oil' | 'gas'; path: [number, number][]; /** the flow thins as this track falls */ track: TrackId; source: Source }
/** An area drawn over the map: a corridor (a path with a width), a range ring (centre and radius) or a zone (a polygon). */
export interface MapOverlay {
  id: string;
  name: string;
  kind: 'corridor' | 'range' | 'zone';
  /** corridor: the route; zone: the outline. [lon, lat] pairs. */
  path?: [number, number][];
  /** range: the centre [lon, lat] and the reach in km. */
  center?: [number, number];
  radiusKm?: number;
  /** Whose it is, for its colour. */
  faction?: Faction;
  /** Drawn only while these hold. */
  showWhen?: Condition[];
  /** Its strength (opacity) follows this track, when given. */
  track?: TrackId;
  source: Source;
}
export interface ScenarioMap { sites: MapSite[]; units: MapUnit[]; flows: MapFlow[]; overlays?: MapOverlay[] }

/** A short before/after check of what players learned: multiple choice, each question answered and cited. */
export interface LearningQuestion { id: string; question: string; choices: string[]; /** index into choices */ answer: number; explanation: string; source: Source }
export interface LearningCheck { questions: LearningQuestion[] }

export interface Scenario {
  id: string;
  title: string;
  subtitle: string;
  period: string;
  startDate: string;
  turns: number;
  /** One label per turn, e.g. "Q4 2018". */
  turnLabels: string[];
  /** Order points per faction per turn. */
  budget: Record<Faction, number>;
  /** Most cards a faction may play in one turn. */
  maxOrders: number;
  tracks: Partial<Record<TrackId, TrackStart>>;
  decisions: DecisionId[];
  /** Role briefs: basic (~300 words) for a classroom, advanced (~900 words) for a seminar. */
  briefs: Record<Faction, string>;
  advancedBriefs?: Record<Faction, string>;
  cards: OrderCard[];
  events: EventCard[];
  deals: Deal[];
  objectives: Objective[];
  endStates: EndState[];
  history: { steps: HistoryStep[]; endState: EndStateId; whatHappened: string; script?: HistoricalTurn[] };
  debrief: string[];
  map: ScenarioMap;
  /** Optional learning check (learning.json), offered before the first turn and after the result. */
  learning?: LearningCheck;
}

/** A decision statechart's persisted snapshot: plain data. */
export interface MachineSnapshot { value: unknown; context: Record<string, unknown> }

export type Phase = 'events' | 'orders' | 'bargaining' | 'resolution' | 'assessment' | 'over';

export type Action =
  | { type: 'orders.commit'; cards: string[] }
  | { type: 'bargain.offer'; deal: string }
  | { type: 'bargain.pass' }
  | { type: 'bargain.accept' }
  | { type: 'bargain.reject' };

export interface Bargain { deal: string; from: Faction; to: Faction; accepted: boolean | null }

/** What caused a logged change. */
export interface Cause {
  kind: 'order' | 'event' | 'deal' | 'rule' | 'setup' | 'facilitator';
  id: string;
  faction?: Faction;
}

export type LogEntry = { seq: number; turn: number; cause: Cause; source: Source; visibleTo: 'all' | Faction } & (
  | { kind: 'track'; track: TrackId; from: number; to: number }
  | { kind: 'decision'; decision: DecisionId; event: string; from: string; to: string }
  | { kind: 'event' }
  | { kind: 'committed'; faction: Faction }
  | { kind: 'reveal'; faction: Faction; cards: string[] }
  | { kind: 'roll'; label: string; chance: number; roll: number; success: boolean }
  | { kind: 'offer'; deal: string }
  | { kind: 'response'; deal: string; accepted: boolean }
  | { kind: 'threshold'; track: TrackId; label: string }
  | { kind: 'end'; endState: EndStateId }
  // The White Cell's interventions (facilitator.ts): an inject, and an override with its written reason.
  | { kind: 'inject'; title: string; text: string; event?: string; argument?: MatrixArgument; odds?: number }
  | { kind: 'override'; target: string; reason: string }
);

/** A matrix-game argument: what a team does, what it expects to happen, and why. */
export interface MatrixArgument { action: string; result: string; reasons: string }

export interface Outcome {
  endState: EndStateId;
  turn: number;
  vp: Record<Faction, number>;
  /** Objectives met per faction, for the result screen's "why". */
  met: Record<Faction, string[]>;
  winners: Faction[];
}

export interface GameState {
  rulesVersion: number;
  scenarioId: string;
  seed: number;
  /** The generator's whole state; never shown to players. */
  rng: number;
  /** Number of actions applied so far: intents carry it so a stale or doubled action is refused. */
  seq: number;
  turn: number;
  tracks: Partial<Record<TrackId, number>>;
  turnMachine: MachineSnapshot;
  decisions: Partial<Record<DecisionId, MachineSnapshot>>;
  /** Event ids left to draw, in order (hidden). */
  deck: string[];
  /** Committed, unrevealed orders (hidden from the others). */
  pending: Partial<Record<Faction, string[]>>;
  /** Orders revealed this turn, by faction. */
  revealed: Partial<Record<Faction, string[]>>;
  /** How many times each card has been played. */
  played: Record<string, number>;
  /** Events played this turn. */
  turnEvents: string[];
  /** This turn's offers and answers (accepted is null while the offer awaits an answer). */
  bargains: Bargain[];
  /** Accepted deals, in order: the ledger of commitments. */
  commitments: { deal: string; turn: number }[];
  /** Track values at the end of each turn (index 0 = start), for charts. */
  trackHistory: Partial<Record<TrackId, number>>[];
  log: LogEntry[];
  outcome: Outcome | null;
}

export interface RuleError { code: 'not-your-turn' | 'illegal' | 'stale' | 'game-over' | 'unknown'; message: string }

export type ApplyResult =
  | { ok: true; state: GameState; log: LogEntry[] }
  | { ok: false; error: RuleError };

/** What a viewer may know: no rng, no deck order, no one else's unrevealed orders. */
export interface PlayerView {
  viewer: Viewer;
  scenarioId: string;
  seq: number;
  turn: number;
  turns: number;
  phase: Phase;
  tracks: Partial<Record<TrackId, number>>;
  decisions: Partial<Record<DecisionId, string>>;
  committed: Record<Faction, boolean>;
  /** The viewer's own committed orders (facilitator: everyone's). */
  ownOrders: Partial<Record<Faction, string[]>>;
  revealed: Partial<Record<Faction, string[]>>;
  turnEvents: string[];
  bargains: Bargain[];
  commitments: { deal: string; turn: number }[];
  played: Record<string, number>;
  deckSize: number;
  trackHistory: Partial<Record<TrackId, number>>[];
  log: LogEntry[];
  outcome: Outcome | null;
  /** The events left in the deck, in the scenario's order (never the draw order): the facilitator's view only,
   *  so the White Cell can inject one. */
  undrawn?: string[];
  /** What the map shows: units present now, each flow's strength from 0 (cut) to 1 (full), and each overlay shown now with its strength 0..1. */
  map: { units: string[]; flows: Record<string, number>; overlays: Record<string, number> };
}

/** One move in a save: a faction's action, or the White Cell's (facilitator.ts). */
export type SaveEntry = { faction: Faction; action: Action } | { faction: 'facilitator'; action: FacilitatorAction };
