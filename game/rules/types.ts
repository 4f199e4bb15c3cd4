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

export const TERM_CATEGORIES = ['energy', 'money', 'arms', 'basing', 'integration', 'assets', 'alignment', 'western', 'signal', 'threat'] as const;
/** What a term is about; 'threat' terms are never offered, only named as the response of a threat (bargain.threaten). */
export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** One item of the bargaining catalogue (terms.json): something its owner can deliver. */
export interface Term {
  id: string;
  /** Who delivers it. */
  owner: Faction;
  /** Whom it may be promised to, when not to whoever sits across the table (loyalty is promised to Moscow only). */
  to?: Faction[];
  title: string;
  text: string;
  category: TermCategory;
  /** Binding terms are enforced (their `breaches` cards become illegal); promises are not (playing one is a breach). */
  binding: boolean;
  /** What delivering it does, when the turn resolves after agreement. */
  effects: Effect[];
  /** The owner's order cards that break it. */
  breaches?: string[];
  /** Must hold for it to be put on the table. */
  requires?: Condition[];
  /** What a refusal of a package holding it does (at deadlock), e.g. refusing the 31st roadmap. */
  refused?: Effect[];
  /** Threat terms: the other side's cards it is meant to answer (bots and the UI list these; any card may be named). */
  triggers?: string[];
  source: Source;
}

/** A named package of terms (deals.json): a sensible starting offer for players, bots and history scripts. */
export interface Deal {
  id: string;
  from: Faction;
  to: Faction;
  title: string;
  text: string;
  /** Terms the offerer delivers (owned by `from`). */
  give: string[];
  /** Terms the offerer asks for (owned by `to`). */
  ask: string[];
  source: Source;
  /** Derived when the scenario loads (not written in deals.json), for code that weighs a package as one deal:
   *  binding when every term is; onAccept = every term's effects; onReject = the terms' refusal effects. */
  binding: boolean;
  onAccept: Effect[];
  onReject: Effect[];
}

/** A way Belarus can threaten to defect at a table (entrapment blackmail, FACTBOOK §4.2 S1). */
export interface BlackmailThreat {
  id: string;
  title: string;
  text: string;
  /** Base odds (0–100) that the threat holds if called, moved by how much the target needs the blackmailer. */
  chance: number;
  modifiers: Modifier[];
  source: Source;
}

/** One bargaining table (tables.json): who sits, who opens, how long it may run, what a deadlock costs. */
export interface BargainTable {
  id: string;
  title: string;
  parties: [Faction, Faction];
  opener: Faction;
  /** Most offers (the opening one and counters) per turn. */
  maxRounds: number;
  /** Term categories that may be put on this table. */
  categories: TermCategory[];
  /** Cost of an offer that ends without agreement, for both sides where the paper says so. */
  deadlock: { text: string; effects: Effect[]; source: Source };
  blackmail?: {
    by: Faction;
    threats: BlackmailThreat[];
    /** Odds points per point of the blackmailer's credibility away from 5. */
    credibilityPer: number;
    /** Odds points off for each demanded term beyond the first (rules version 4 on): the more a blackmail asks,
     *  the likelier the other side calls it. */
    perExtraDemand: number;
    /** The bluff was called and the threat held: the target concedes anyway and pays this. */
    held: Effect[];
    /** The bluff was called and failed: the blackmailer backs down, pays this and loses credibility. */
    failed: Effect[];
    failedCredibility: number;
    source: Source;
  };
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
  /** Packages (deals.json ids) offered that turn and whether they were accepted; any other offer is passed. */
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
/** When a team takes the learning check: before its first turn, or after the result (GAME-DESIGN §4). */
export type CheckPhase = 'before' | 'after';
/** One team's choice per question id (an index into the question's choices). */
export type TeamAnswers = Record<string, number>;
/** A game's answers to its scenario's learning check, per phase and team. Kept with the game's save, but not moves:
 *  nothing in the rules reads them, and replay never sees them. */
export type LearningAnswers = Partial<Record<CheckPhase, Partial<Record<Faction, TeamAnswers>>>>;

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
  terms: Term[];
  tables: BargainTable[];
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

/** A package on the table: what the offerer gives and what it asks of the other side (term ids). */
export interface Package { give: string[]; ask: string[] }

/** `byClock` marks a move the White Cell's phase clock made when time ran out (app/facilitator/timeout.ts), never a
 *  team's choice: the rules copy it into the move's log entries, so that every reader of the log can say so, and
 *  nothing else reads it (the move's outcome is the same without it). */
export type Action =
  | { type: 'orders.commit'; cards: string[]; byClock?: true }
  /** Open a table with a package (1–4 terms). */
  | ({ type: 'bargain.offer' } & Package)
  /** Make no offer (the table closes without cost when neither side offers). */
  | { type: 'bargain.pass'; byClock?: true }
  | { type: 'bargain.accept' }
  | { type: 'bargain.reject'; byClock?: true }
  /** Answer with another package; the roles swap. */
  | ({ type: 'bargain.counter' } & Package)
  /** "If you play `trigger` (this turn or next), I deliver `response`" (a threat term of mine). */
  | { type: 'bargain.threaten'; trigger: string; response: string }
  /** No answer now: the offer waits until the table next sits, and must then be answered. */
  | { type: 'bargain.stall' }
  /** Entrapment blackmail: a threat to defect unless the other side delivers `demand` (its terms). */
  | { type: 'bargain.blackmail'; threat: string; demand: string[] }
  /** Call the bluff of a blackmail: a seeded roll at the odds shown. (Conceding is bargain.accept.) */
  | { type: 'bargain.call' };

/** One offer made at a table this turn (opening, counter or blackmail). */
export interface Bargain extends Package {
  table: string;
  round: number;
  kind: 'offer' | 'counter' | 'blackmail';
  /** The package's deals.json id when it is exactly a preset, '' otherwise. */
  deal: string;
  from: Faction;
  to: Faction;
  /** Blackmail only: the threat made. */
  threat?: string;
  /** null while it awaits an answer; false once rejected, countered, stalled or backed down from. */
  accepted: boolean | null;
}

/** One term of an agreed package, in the ledger carried across turns; a package's terms share the id. */
export interface Commitment {
  id: string;
  term: string;
  owner: Faction;
  beneficiary: Faction;
  turn: number;
  binding: boolean;
  status: 'kept' | 'breached';
  /** The deals.json id of the package when it was a preset, '' otherwise. */
  deal: string;
}

/** A conditional commitment: enforced at resolution if `trigger` is revealed this turn or next. */
export interface Threat {
  id: string;
  table: string;
  by: Faction;
  against: Faction;
  trigger: string;
  response: string;
  turn: number;
  status: 'pending' | 'carried-out' | 'lapsed';
}

export type TableResult = 'agreed' | 'deadlock' | 'stalled' | 'passed' | 'backedDown';

/** A table that has closed this turn; its consequences are applied when the turn resolves. */
export interface ClosedTable {
  table: string;
  result: TableResult;
  /** The last offer made (null when nobody offered). */
  offer: Bargain | null;
  /** Blackmail that was called: whether the threat held. */
  called?: boolean;
}

/** The negotiations' part of the game state. */
export interface Negotiation {
  /** The protocol statechart of the table now sitting (bargaining/protocol.machine.ts); null between tables. */
  protocol: MachineSnapshot | null;
  /** The offer awaiting an answer at the sitting table. */
  offer: Bargain | null;
  closed: ClosedTable[];
  threats: Threat[];
  /** Per faction 0–10: falls with breached promises and failed bluffs; moves blackmail odds. */
  credibility: Record<Faction, number>;
  /** Offers stalled in an earlier turn, answered first when their table next sits. */
  stalled: Bargain[];
}

/** What caused a logged change. */
export interface Cause {
  kind: 'order' | 'event' | 'deal' | 'rule' | 'setup' | 'facilitator';
  /** order/event: the card; deal: the term (or the deals.json package); rule: the rule's id. */
  id: string;
  faction?: Faction;
}

export type LogEntry = { seq: number; turn: number; cause: Cause; source: Source; visibleTo: 'all' | Faction } & (
  | { kind: 'track'; track: TrackId; from: number; to: number }
  | { kind: 'decision'; decision: DecisionId; event: string; from: string; to: string }
  | { kind: 'event' }
  // `byClock`: the phase clock made the move when time ran out (Action's `byClock`); absent for a team's own.
  | { kind: 'committed'; faction: Faction; byClock?: true }
  | { kind: 'reveal'; faction: Faction; cards: string[]; byClock?: true }
  | { kind: 'roll'; label: string; chance: number; roll: number; success: boolean }
  | ({ kind: 'offer'; deal: string; table: string; round: number; counter: boolean } & Package)
  /** An answer, with the package it answered (a preset's id in `deal`, or '' for one built at the table). */
  | { kind: 'response'; deal: string; table: string; accepted: boolean; give: string[]; ask: string[]; byClock?: true }
  | { kind: 'threat'; table: string; by: Faction; against: Faction; trigger: string; response: string; outcome: 'made' | 'carried-out' | 'lapsed' }
  | { kind: 'stall'; table: string; deal: string }
  /** A stalled offer that could not come back to its table (rules version 4 on): `why` is what the rules found. */
  | { kind: 'voided'; table: string; deal: string; give: string[]; ask: string[]; why: string }
  | { kind: 'deadlock'; table: string }
  | { kind: 'blackmail'; table: string; threat: string; demand: string[]; odds: number }
  | { kind: 'call'; table: string; threat: string; odds: number; roll: number; held: boolean }
  | { kind: 'breach'; commitment: string; term: string; card: string; faction: Faction }
  | { kind: 'credibility'; faction: Faction; from: number; to: number }
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
  /** The ledger: every term of every agreed package, in order, kept or breached. */
  commitments: Commitment[];
  /** Tables, offers, threats, credibility. Always set by the rules; optional only so that states sketched outside
   *  the rules (a bot's determinized guess) stay valid: the rules read a missing one as a fresh negotiation. */
  negotiation?: Negotiation;
  /** Track values at the end of each turn (index 0 = start), for charts. Each entry is frozen and shared by views. */
  trackHistory: Partial<Record<TrackId, number>>[];
  log: LogEntry[];
  outcome: Outcome | null;
}

export interface RuleError { code: 'not-your-turn' | 'illegal' | 'stale' | 'game-over' | 'unknown'; message: string }

export type ApplyResult =
  | { ok: true; state: GameState; log: LogEntry[] }
  | { ok: false; error: RuleError };

/** Why an order card cannot be played now (machine-readable; the UI words it). */
export type Reason =
  | { code: 'phase' }
  | { code: 'limit'; limit: number }
  | { code: 'requires'; failing: Condition[] }
  | { code: 'budget'; cost: number; budget: number }
  | { code: 'forbidden-by-commitment'; commitment: string; term: string };

/** The sitting table as every faction sees it. */
export interface TableView {
  id: string;
  title: string;
  parties: [Faction, Faction];
  /** Protocol state: opening | secondChance | offered | threatened | blackmailed | agreed | deadlock | stalled | passed | backedDown. */
  state: string;
  /** Who must act now (null once closed). */
  mover: Faction | null;
  round: number;
  maxRounds: number;
  offer: Bargain | null;
  /** Blackmail on the table: the odds (0–100) that the threat holds if the bluff is called. */
  blackmail: { threat: string; demand: string[]; odds: number } | null;
  /** For the side that could blackmail now: each threat's odds of holding by the number of terms demanded (index 0:
   *  one term, up to maxDemands). */
  blackmailOdds: Record<string, number[]>;
  /** Odds points off for each demanded term beyond the first (0 under rules before version 4). */
  perExtraDemand: number;
  /** The terms each party may ever put on this table, in catalogue order (rules: catalogue.ts sitsAt). */
  terms: Partial<Record<Faction, string[]>>;
  /** Terms either party could put on this table but for their conditions, which do not hold now. */
  notNow: string[];
  /** Most terms one blackmail may demand. */
  maxDemands: number;
}

export interface NegotiationView {
  table: TableView | null;
  closed: ClosedTable[];
  threats: Threat[];
  credibility: Record<Faction, number>;
  stalled: Bargain[];
}

/** What a viewer may know: no rng, no deck order, no one else's unrevealed orders. */
export interface PlayerView {
  viewer: Viewer;
  scenarioId: string;
  /** The rules the game is played under (rules.ts RULES_VERSION, or an older one for a game saved under it). */
  rulesVersion: number;
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
  commitments: Commitment[];
  /** Negotiations are public to all three factions (see view.ts). */
  negotiation: NegotiationView;
  /** The viewer's own order cards it cannot play now, with the reason (facilitator: everyone's). */
  blocked: Record<string, Reason>;
  /** Live odds (after modifiers) of the rolls in the viewer's playable cards, by card. */
  odds: Record<string, { label: string; chance: number }[]>;
  /** The viewer's playable cards that would break promises it has kept so far: the terms, and the credibility lost. */
  breaks: Record<string, { terms: string[]; credibility: number }>;
  played: Record<string, number>;
  deckSize: number;
  trackHistory: Partial<Record<TrackId, number>>[];
  log: LogEntry[];
  outcome: Outcome | null;
  /** The events left in the deck, in draw order: the facilitator's view only, so the White Cell can see what is
   *  coming and inject one. */
  undrawn?: string[];
  /** What the map shows: units present now, each flow's strength from 0 (cut) to 1 (full), and each overlay shown now with its strength 0..1. */
  map: { units: string[]; flows: Record<string, number>; overlays: Record<string, number> };
}

/** One move in a save: a faction's action, or the White Cell's (facilitator.ts). */
export type SaveEntry = { faction: Faction; action: Action } | { faction: 'facilitator'; action: FacilitatorAction };
