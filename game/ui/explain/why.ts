// "Why?" for a track: its last changes, each as a chain from what the players or the deck did (an order, an event,
// a deal) through the rule that turned it into a change (a roll and its odds, a statechart move, a threshold) to
// the paper section behind that rule. Built from the log alone, so it explains exactly what the rules recorded.
import type { Cause, DecisionId, LogEntry, Scenario, Source, TrackId } from '../../rules/types';
import { SECTIONS } from '../../rules/sections';
import { t, tOr } from '../messages';
import { cardTitle, dealTitle, decisionEventUnsaid, decisionName, decisionStateName, eventTitle, factionName, quoted, thresholdName, trackName, turnLabel, whose } from '../format/names';
import { whiteCellCause } from '../format/log-entry';

export interface WhyChain {
  seq: number;
  turn: number;
  /** "Turn 2 (Q2 2019)". */
  when: string;
  /** The first link: who or what started it ("Russia’s order “…”", "Event: …", "Deal “…”"). */
  cause: string;
  causeKind: string;
  /** The middle links: a roll with its odds and result, a statechart move, the change itself, thresholds crossed. */
  rule: string[];
  /** The last link: the paper section(s) or the admitted extrapolation behind the rule. */
  source: Source;
}

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;

/** The event that moved a decision point, in brackets after the move, or nothing when the state reached says it. */
const bracketed = (event: string) => (event ? ` (${event})` : '');

/** A deal cause in words: the rules name an agreed term, a threat carried out, a table, or a preset by its id. */
function dealCause(id: string, faction: string, s: Scenario): string {
  const term = s.terms.find((x) => x.id === id);
  if (term) return t(term.category === 'threat' ? 'why.threatTerm' : 'why.term', { title: quoted(term.title), faction });
  const table = s.tables.find((x) => x.id === id);
  if (table) return t('why.table', { title: table.title });
  return t('why.deal', { title: quoted(dealTitle(s, id)), faction });
}

/** The first link of a chain in words; cause kinds this version does not know get a generic line, not a crash. */
export function causeText(cause: Cause, s: Scenario): string {
  const by = cause.faction ? factionName(cause.faction) : '';
  switch (cause.kind) {
    case 'order': return t('log.group.order', { whose: by && whose(by), title: quoted(cardTitle(s, cause.id)) });
    case 'event': return t('log.event', { title: eventTitle(s, cause.id) });
    case 'deal': return dealCause(cause.id, by || t('why.someone'), s);
    case 'rule': return t('log.group.rule', { rule: tOr(`rule.${cause.id}`, cause.id) });
    case 'setup': return t('log.group.setup');
    case 'facilitator': return whiteCellCause(cause.id, s);
    default: return t('why.otherCause', { kind: String((cause as { kind: unknown }).kind), id: String(cause.id) });
  }
}

const sameCause = (a: Cause, b: Cause) => a.kind === b.kind && a.id === b.id && a.faction === b.faction;

function ruleLinks(log: readonly LogEntry[], at: number): string[] {
  const change = log[at] as Of<'track'>;
  // The entries written by the same action for the same cause, just before this change: the roll that allowed
  // it and the statechart move whose effect it is (the log does not nest, so the nearest of each is taken).
  let roll: Of<'roll'> | undefined;
  let move: Of<'decision'> | undefined;
  for (let i = at - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.seq !== change.seq || !sameCause(e.cause, change.cause)) break;
    if (e.kind === 'roll' && !roll && !move) roll = e;
    if (e.kind === 'decision' && !move) move = e;
  }
  const links: string[] = [];
  if (roll) links.push(t('why.roll', { label: roll.label, chance: roll.chance, roll: roll.roll, result: t(roll.success ? 'log.roll.success' : 'log.roll.failure') }));
  if (move) {
    const names = { decision: decisionName(move.decision), from: decisionStateName(move.decision, move.from), to: decisionStateName(move.decision, move.to) };
    links.push(`${t(move.from === move.to ? 'why.stay' : 'why.move', names)}${bracketed(decisionEventUnsaid(move.decision, move.to, move.event))}`);
  }
  links.push(t(change.to > change.from ? 'log.track.up' : 'log.track.down', { track: trackName(change.track), from: change.from, to: change.to }));
  for (let i = at + 1; i < log.length; i++) {
    const e = log[i]!;
    if (e.kind !== 'threshold' || e.track !== change.track || e.seq !== change.seq) break;
    links.push(t('why.threshold', { label: thresholdName(e.label) }));
  }
  return links;
}

/** Which changes of a track count as moving it (from, to): by default every change. */
export type MoveFilter = (from: number, to: number) => boolean;

/** The changes that moved a track towards a condition on it (a rise for "at least", a fall for "at most", closer to
 *  the range for both), or with `away`, those that moved it away: a cause of a condition holding must have pushed
 *  the track its way, not the other. */
export function movesToward(c: { min?: number; max?: number }, away = false): MoveFilter {
  if (c.min !== undefined && c.max !== undefined) {
    const gap = (v: number) => Math.max(0, c.min! - v, v - c.max!);
    return (from, to) => (away ? gap(to) > gap(from) : gap(to) < gap(from));
  }
  const up = (c.min !== undefined) !== away;
  return (from, to) => (up ? to > from : to < from);
}

/** The chains behind the last `limit` changes of a track (of those `moved` keeps), newest first. */
export function whyTrack(log: readonly LogEntry[], track: TrackId, scenario: Scenario, limit = 3, moved: MoveFilter = () => true): WhyChain[] {
  const chains: WhyChain[] = [];
  for (let i = log.length - 1; i >= 0 && chains.length < limit; i--) {
    const e = log[i]!;
    if (e.kind !== 'track' || e.track !== track || !moved(e.from, e.to)) continue;
    chains.push({
      seq: e.seq, turn: e.turn,
      when: t('why.when', { turn: e.turn, label: turnLabel(scenario, e.turn) }),
      cause: causeText(e.cause, scenario), causeKind: e.cause.kind,
      rule: ruleLinks(log, i), source: e.source,
    });
  }
  return chains;
}

/** The source as plain text, for the report and for screen-reader summaries. */
export function sourceText(source: Source): string {
  const cited = source.cite.map((id) => SECTIONS[id] ?? id).join('; ');
  const parts = [cited ? t('source.paper', { sections: cited }) : '', source.extrapolation ? `${t('source.extrapolation')}: ${source.extrapolation}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** One chain as a line: cause → rule → source. */
export function chainText(chain: WhyChain): string {
  return [`${chain.when}: ${chain.cause}`, ...chain.rule, sourceText(chain.source)].join(' → ');
}

/** The chains behind a decision point's last moves (statechart transitions that changed its state), newest first. */
export function whyDecision(log: readonly LogEntry[], decision: DecisionId, scenario: Scenario, limit = 1): WhyChain[] {
  const chains: WhyChain[] = [];
  for (let i = log.length - 1; i >= 0 && chains.length < limit; i--) {
    const e = log[i]!;
    if (e.kind !== 'decision' || e.decision !== decision || e.from === e.to) continue;
    chains.push({
      seq: e.seq, turn: e.turn,
      when: t('why.when', { turn: e.turn, label: turnLabel(scenario, e.turn) }),
      cause: causeText(e.cause, scenario), causeKind: e.cause.kind,
      rule: [`${t('why.move', { decision: decisionName(e.decision), from: decisionStateName(e.decision, e.from), to: decisionStateName(e.decision, e.to) })}${bracketed(decisionEventUnsaid(e.decision, e.to, e.event))}`],
      source: e.source,
    });
  }
  return chains;
}
