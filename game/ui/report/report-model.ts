// The after-action report as plain data, built from what the result screen holds (the scenario, the public view of
// the finished game, and what the app layer computed with the rules). The screen and the Markdown export both
// render this one model, so the printed page, the download and the screen always tell the same story.
import type { Condition, Faction, LogEntry, PlayerView, Scenario, Source, TrackId } from '../../rules/types';
import { FACTIONS } from '../../rules/types';
import { signed } from '../../rules/tracks';
import type { AfterAction } from '../../store/store';
import { t } from '../messages';
import { describeConditions } from '../format/effects';
import { logSentence } from '../format/log-entry';
import { bargainLine, isBargainEntry } from '../format/bargain-log';
import { cardTitle, quoted, decisionName, decisionStateName, endStateTitle, eventTitle, factionName, trackName, trackValue, turnLabel } from '../format/names';
import { movedTracks, seriesOf } from '../explain/timeline';
import { movesToward, whyDecision, whyTrack, type WhyChain } from '../explain/why';
import { imposedEnding } from './imposed';
import { defaultEndingFacts } from './default-ending';
import { bargainingStory, type BargainingStory } from './bargaining-story';

export interface ReportFact { text: string; chains: WhyChain[] }
export interface ReportCondition { text: string; holds: boolean | null; facts: ReportFact[] }
export interface ReportTurn {
  turn: number;
  heading: string;
  events: string[];
  /** `text`: the cards, or none, and whether the phase clock committed them when time ran out. */
  orders: { faction: Faction; cards: string[]; text: string }[];
  bargaining: string[];
  moves: string[];
  /** The White Cell's injects and overrides (with the override's written reason). */
  whiteCell: string[];
  changes: string[];
}

export interface Report {
  scenarioId: string;
  title: string;
  subtitle: string;
  endState: { title: string; text: string; source: Source | null; when: string };
  /** Set when the White Cell ended the game with this end state (an outcome override): its written reason. */
  imposed: { reason: string } | null;
  scores: { faction: Faction; name: string; vp: number; fromEndState: number | null; winner: boolean; met: string[] }[];
  winners: string[];
  causes: ReportCondition[];
  /** What the conditions below are: those that reached the end state, or, when the White Cell imposed it, how far
   *  the game had got toward it. */
  causesIntro: string;
  /** For the default ending, which has no conditions: the decision points and tracks that kept the closest other
   *  endings off, and those of the objectives that won the winners their points, each with the moves behind it. */
  decisive: ReportFact[];
  /** The endings closest to happening (fewest unmet conditions first), with what they lacked. */
  nearMisses: { title: string; unmet: ReportCondition[] }[];
  /** Entrapment and bargaining in this game, from its log, and the paper's reading of them. */
  story: BargainingStory;
  keyDecisions: string[];
  turns: ReportTurn[];
  /** Tracks that moved during the game, with their value at the start and the end of each turn. */
  series: { track: TrackId; name: string; values: number[] }[];
  turnLabels: string[];
  history: { endTitle: string; whatHappened: string; steps: { date: string; text: string }[] };
  debrief: string[];
  /** What replays this very game, labelled for a teacher: the seed and the rules version (with the JSON action log). */
  replay: { code: string; help: string } | null;
}

export interface ReportInput { scenario: Scenario; view: PlayerView; afterAction: AfterAction | null }

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;
const only = <K extends LogEntry['kind']>(entries: readonly LogEntry[], kind: K) => entries.filter((e): e is Of<K> => e.kind === kind);
/** How many of the other endings the report explains (the closest ones). */
const NEAR_MISSES = 3;
const when = (s: Scenario, turn: number) => t('why.when', { turn, label: turnLabel(s, turn) });

/** The tracks and decision points a condition tests (each once), with its final value and the last moves that took
 *  it towards the condition (away from it, under a `not`). */
function factsOf(c: Condition, view: PlayerView, s: Scenario, seen = new Set<string>(), negated = false): ReportFact[] {
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  if ('track' in c) {
    const value = view.tracks[c.track];
    return value !== undefined && once(c.track)
      ? [{ text: t('report.factValue', { track: trackName(c.track), value: trackValue(c.track, value) }), chains: whyTrack(view.log, c.track, s, 2, movesToward(c, negated)) }] : [];
  }
  if ('decision' in c) {
    const state = view.decisions[c.decision];
    return state !== undefined && once(c.decision)
      ? [{ text: t('report.factDecision', { decision: decisionName(c.decision), state: decisionStateName(c.decision, state) }), chains: whyDecision(view.log, c.decision, s, 1) }] : [];
  }
  if ('any' in c) return c.any.flatMap((x) => factsOf(x, view, s, seen, negated));
  if ('not' in c) return c.not.flatMap((x) => factsOf(x, view, s, seen, !negated));
  return [];
}

/** A faction's revealed orders; those the phase clock committed say so, as the turn's summary does. */
function ordersLine(e: Of<'reveal'>, s: Scenario): ReportTurn['orders'][number] {
  const cards = e.cards.map((id) => cardTitle(s, id));
  const list = cards.map(quoted).join(', ');
  const text = !e.byClock ? list || t('report.none') : list ? t('revealed.byClock', { cards: list }) : t('revealed.none.byClock');
  return { faction: e.faction, cards, text };
}

function turnReport(turn: number, view: PlayerView, s: Scenario): ReportTurn {
  const entries = view.log.filter((e) => e.turn === turn);
  const start = view.trackHistory[turn - 1] ?? {};
  const end = view.trackHistory[turn] ?? view.tracks;
  const changes = (Object.keys(end) as TrackId[]).filter((id) => start[id] !== undefined && start[id] !== end[id])
    .map((id) => `${trackName(id)}: ${trackValue(id, start[id]!)} → ${trackValue(id, end[id]!)}`);
  return {
    turn, heading: t('report.turn', { turn, label: turnLabel(s, turn) }),
    events: only(entries, 'event').map((e) => eventTitle(s, e.cause.id)),
    orders: only(entries, 'reveal').map((e) => ordersLine(e, s)),
    bargaining: view.log.flatMap((e, i) => (e.turn === turn && isBargainEntry(e) ? [bargainLine(view.log, i, s)] : [])),
    moves: only(entries, 'decision').filter((e) => e.from !== e.to).map((e) => logSentence(e, s)),
    whiteCell: entries.filter((e) => e.kind === 'inject' || e.kind === 'override').map((e) => logSentence(e, s)),
    changes,
  };
}

/** The log kinds that decide a negotiation: answers (a deal, or a deadlock), blackmail and its call, threats
 *  carried out, broken promises. Offers, stalls and credibility moves are left to the turn-by-turn section. */
const KEY_BARGAINING = new Set<LogEntry['kind']>(['response', 'blackmail', 'call', 'breach']);

/** Statechart moves, the turning points of the negotiations and the White Cell's interventions, in order: the
 *  decisions that shaped the game. */
function keyDecisions(view: PlayerView, s: Scenario): string[] {
  return view.log.flatMap((e, i) => {
    if ((e.kind === 'decision' && e.from !== e.to) || e.kind === 'inject' || e.kind === 'override') return [`${when(s, e.turn)}: ${logSentence(e, s)}`];
    if (KEY_BARGAINING.has(e.kind) || (e.kind === 'threat' && e.outcome === 'carried-out')) return [`${when(s, e.turn)}: ${bargainLine(view.log, i, s)}`];
    return [];
  });
}

export function buildReport({ scenario: s, view, afterAction }: ReportInput): Report {
  const outcome = view.outcome;
  const end = outcome ? s.endStates.find((e) => e.id === outcome.endState) : undefined;
  const endTurn = outcome?.turn ?? view.turn;
  const objective = (id: string) => s.objectives.find((o) => o.id === id);
  const lastTurn = Math.max(0, ...view.log.map((e) => e.turn));
  const trigger = afterAction?.trigger ?? (end?.trigger ?? []).map((condition) => ({ condition, holds: null }));
  const imposed = imposedEnding(view);
  const causes = trigger.map(({ condition, holds }) => ({ text: describeConditions([condition]), holds, facts: factsOf(condition, view, s) }));
  const closest = [...(afterAction?.missed ?? [])].sort((a, b) => a.unmet.length - b.unmet.length).slice(0, NEAR_MISSES);
  // The default ending (no conditions of its own) is explained by what kept the game from the others.
  const byDefault = end !== undefined && end.trigger.length === 0 && !imposed;
  let turns: ReportTurn[] | undefined;
  return {
    scenarioId: s.id,
    title: t('report.title'),
    subtitle: t('report.subtitle', { scenario: s.title, end: end?.title ?? outcome?.endState ?? '', turn: endTurn, label: turnLabel(s, endTurn) }),
    endState: {
      title: end?.title ?? outcome?.endState ?? '', text: end?.text ?? '', source: end?.source ?? null,
      when: t(imposed ? 'report.imposed.when' : 'result.when', { turn: endTurn, label: turnLabel(s, endTurn) }),
    },
    imposed,
    scores: FACTIONS.map((f) => ({
      faction: f, name: factionName(f), vp: outcome?.vp[f] ?? 0, fromEndState: end ? end.vp[f] : null,
      winner: outcome?.winners.includes(f) ?? false,
      met: (outcome?.met[f] ?? []).map((id) => `${objective(id)?.text ?? id} (${signed(objective(id)?.vp ?? 0)})`),
    })),
    winners: (outcome?.winners ?? []).map(factionName),
    causes,
    causesIntro: imposed && causes.some((c) => c.holds === false) ? t('report.causes.imposed')
      : causes.length ? t('report.causes.intro') : t(imposed ? 'report.causes.imposedDefault' : byDefault ? 'report.causes.default' : 'report.causes.always'),
    decisive: byDefault ? defaultEndingFacts(s, view, closest) : [],
    nearMisses: closest.map((m) => ({ title: endStateTitle(s, m.endState), unmet: m.unmet.map((condition) => ({ text: describeConditions([condition]), holds: false, facts: factsOf(condition, view, s) })) })),
    story: bargainingStory(view, s),
    keyDecisions: keyDecisions(view, s),
    // Most of the model, and drawn only after the result's first paint: worked out when first read, not in the
    // task that opens the result screen.
    get turns() { return (turns ??= Array.from({ length: lastTurn }, (_, i) => turnReport(i + 1, view, s))); },
    series: movedTracks(view).map((track) => ({ track, name: trackName(track), values: seriesOf(view, track) })),
    turnLabels: [t('chart.start'), ...s.turnLabels],
    history: { endTitle: endStateTitle(s, s.history.endState), whatHappened: s.history.whatHappened, steps: s.history.steps.map((x) => ({ date: x.date, text: x.text })) },
    debrief: [...s.debrief],
    replay: afterAction ? {
      code: t('report.replay.code', { seed: afterAction.save.seed, rules: afterAction.save.rulesVersion, actions: afterAction.save.actions.length }),
      help: t('report.replay.help'),
    } : null,
  };
}
