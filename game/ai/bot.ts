// The bots' entry point: decide(scenario, view, faction, legal, settings) → { action, reason }, from the faction's
// view only. Persona sets what it wants; difficulty how far it looks: easy greedy, standard one turn, expert search.
import type { Action, Faction, PlayerView, Scenario } from '../rules/types';
import { counterOffers } from './counter';
import { rankActions } from './greedy';
import { historicalChoice } from './historical';
import { EXPERT, lookAhead, STANDARD, TABLE_STANDARD, type Outlook, type SearchBudget } from './look-ahead';
import { modelOf, type ScenarioModel } from './model';
import { personaOf, type Persona, type PersonaId } from './personas';
import type { Policy } from './play-game';
import { rankRemembered, sameMove, type Choice } from './rank-memo';
import { explain } from './reasons';
import { ACTORS } from './table-reasons';

export const DIFFICULTIES = ['easy', 'standard', 'expert'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface BotSettings {
  persona: PersonaId;
  difficulty: Difficulty;
  /** The bot's own seed: with the view's move number it seeds every sample the bot draws. */
  seed: number;
  /** Overrides the difficulty's search budget (tests, benchmarks). */
  budget?: SearchBudget;
}

export interface Decision { action: Action; reason: string }

/** How far behind the greedy best, in points, a move may be and still be played out by a standard bot. */
const CLOSE = 0.15;

export function decide(scenario: Scenario, view: PlayerView, faction: Faction, legal: readonly Action[], settings: BotSettings): Decision {
  if (legal.length === 0) throw new Error(`decide: ${faction} has no legal action`);
  const model = modelOf(scenario);
  const persona = personaOf(faction, settings.persona);
  let pool = legal;
  if (settings.persona === 'historical') {
    const history = historicalChoice(scenario, view, faction, legal);
    if (history.scripted) {
      const ranked = rankActions(model, view, faction, legal, persona);
      const chosen = ranked.find((c) => sameAction(c.action, history.scripted!))!;
      return explained(chosen.action, () => explain({ model, view, faction, persona, chosen, ranked, how: historicalHow(scenario, view.turn, faction) }));
    }
    pool = history.keep;
  }
  if (view.phase === 'bargaining') pool = [...pool, ...counterOffers(model, view, faction, persona, pool)];
  const ranked = rankRemembered(model, view, faction, pool, persona);
  const ctx = { model, view, faction, persona };
  const rng = seedFor(settings.seed, view.seq, faction);
  const position: Position = { model, view, faction, persona, pool, ranked };
  if (ranked.length === 1 || settings.difficulty === 'easy') return say(position, ranked[0]!);
  if (settings.difficulty === 'standard') {
    // Only the moves close to the greedy best are played out through the rules (at a table at most two answers, at
    // orders up to five hands): those further behind rarely won the look-ahead, and cutting them left a standard
    // seat as far ahead of easy ones (win rate 0.39 against 0.25, ahead in 14 of 15 seats; all five hands and three
    // answers within 0.3 points: 0.40 against 0.29, 11 of 15).
    const atTable = view.phase === 'bargaining';
    const close = ranked.filter((c) => ranked[0]!.value - c.value <= CLOSE);
    if (close.length === 1) return say(position, ranked[0]!);
    const { best, runnerUp } = lookAhead(ctx, close, rng, settings.budget ?? (atTable ? TABLE_STANDARD : STANDARD));
    // The greedy reading explains the move unless looking ahead overturned it.
    if (best.candidate === ranked[0] || !runnerUp) return say(position, best.candidate);
    return say(position, best.candidate, { chosen: best, versus: runnerUp, horizon: 'by the end of the turn' });
  }
  const { best, runnerUp, rollouts } = lookAhead(ctx, ranked, rng, settings.budget ?? EXPERT);
  const search = runnerUp ? { chosen: best, versus: runnerUp, horizon: 'a turn later' } : undefined;
  return say(position, best.candidate, search, `best of ${rollouts} simulated futures`);
}

/** Where a scripted move comes from: what the leaders did that turn, or in a hypothetical crisis (its history steps
 *  dated "(hypothetical)"), what the paper expects of them, since nobody did it. */
export function historicalHow(scenario: Scenario, turn: number, faction: Faction): string {
  const steps = scenario.history.steps.filter((s) => s.turn === turn);
  const imagined = steps.length > 0 && steps.every((s) => /\bhypothetical\b/i.test(s.date));
  return imagined ? `as the paper expects ${ACTORS[faction]} to act` : `as ${ACTORS[faction]} did in ${scenario.turnLabels[turn - 1] ?? `turn ${turn}`}`;
}

/** A decision's position: the moves it chose among and their ranking (from the ranking memory, moves and values only). */
interface Position { model: ScenarioModel; view: PlayerView; faction: Faction; persona: Persona; pool: readonly Action[]; ranked: readonly Choice[] }

/** A decision explained from its position (a module function, not a closure per decision: under tsx each named
 *  closure is also named at run time). The move handed out is the caller's own, equal to the remembered one. */
function say(p: Position, chosen: Choice, search?: { chosen: Outlook; versus: Outlook; horizon: string }, how?: string): Decision {
  return explained(p.pool.find((a) => sameMove(a, chosen.action))!, () => {
    // The reason reads the candidates' worlds and items, which the memory does not keep: the ranking is worked out
    // afresh, in the same order as the remembered one.
    const candidates = rankActions(p.model, p.view, p.faction, p.pool, p.persona);
    const full = (c: Choice) => candidates[p.ranked.indexOf(c)]!;
    const outlook = (o: Outlook) => ({ candidate: full(o.candidate), world: o.world });
    const searched = search && { chosen: outlook(search.chosen), versus: outlook(search.versus), horizon: search.horizon };
    return explain({ model: p.model, view: p.view, faction: p.faction, persona: p.persona, chosen: full(chosen), ranked: candidates, search: searched, how });
  });
}

/** A decision whose reason is written when first read: headless batches (the simulator, the bench) never read
 *  theirs, and writing one was ~5 % of a standard game's CPU. Everything it reads is fixed by then. */
function explained(action: Action, write: () => string): Decision {
  let reason: string | undefined;
  return { action, get reason() { return (reason ??= write()); } };
}

/** A bot as a playGame policy; `onDecision` hears every move with its reason (for logs and the screen). */
export function botPolicy(scenario: Scenario, settings: BotSettings, onDecision?: (faction: Faction, decision: Decision, view: PlayerView) => void): Policy {
  const policy: Policy = (view, faction, legal) => {
    const decision = decide(scenario, view, faction, legal, settings);
    onDecision?.(faction, decision, view);
    return decision.action;
  };
  policy.botView = true;
  return policy;
}

/** A 32-bit generator state from the bot's seed, the move number and the faction (murmur3's finaliser). */
function seedFor(seed: number, seq: number, faction: Faction): number {
  let h = (seed ^ Math.imul(seq + 1, 0x9e3779b1) ^ Math.imul(faction.length * 31 + faction.charCodeAt(0), 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function sameAction(a: Action, b: Action): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Lists inside an action in a fixed order, so the same package named in another order is the same move. */
function canonical(a: Action): Action {
  switch (a.type) {
    case 'orders.commit': return { ...a, cards: [...a.cards].sort() };
    case 'bargain.offer': case 'bargain.counter': return { ...a, give: [...a.give].sort(), ask: [...a.ask].sort() };
    case 'bargain.blackmail': return { ...a, demand: [...a.demand].sort() };
    default: return a;
  }
}
