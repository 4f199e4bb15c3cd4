// The rules' structured log as sentences, grouped by cause: a card, event or deal heads the changes it made,
// and each paper section behind them is cited once. The event log and the turn summary both read it this way.
import type { Cause, DecisionId, LogEntry, Scenario, Source, TrackId } from '../../rules';
import { t, tOr } from '../messages';
import { bargainSentence } from './bargain-log';
import { cardTitle, dealTitle, decisionEventUnsaid, decisionName, decisionStateName, endStateTitle, eventTitle, factionName, listOf, quoted, thresholdName, trackName, whose } from './names';

export function logSentence(entry: LogEntry, s: Scenario): string {
  const by = entry.cause.faction ? factionName(entry.cause.faction) : '';
  switch (entry.kind) {
    case 'track':
      return t(entry.to > entry.from ? 'log.track.up' : 'log.track.down', { track: trackName(entry.track), from: entry.from, to: entry.to });
    case 'decision': {
      // The event in brackets, unless the state reached already says it.
      const event = decisionEventUnsaid(entry.decision, entry.to, entry.event);
      return t(event ? 'log.decision' : 'log.decision.plain', {
        decision: decisionName(entry.decision), from: decisionStateName(entry.decision, entry.from),
        to: decisionStateName(entry.decision, entry.to), event,
      });
    }
    case 'event':
      return t('log.event', { title: eventTitle(s, entry.cause.id) });
    // Orders the phase clock committed when time ran out say so: no team chose them.
    case 'committed':
      return t(entry.byClock ? 'log.committed.byClock' : 'log.committed', { faction: factionName(entry.faction) });
    case 'reveal':
      return entry.cards.length
        ? t(entry.byClock ? 'log.reveal.byClock' : 'log.reveal', { faction: factionName(entry.faction), cards: listOf(entry.cards.map((id) => quoted(cardTitle(s, id)))) })
        : t(entry.byClock ? 'log.reveal.none.byClock' : 'log.reveal.none', { faction: factionName(entry.faction) });
    case 'roll':
      return t('log.roll', { label: entry.label, chance: entry.chance, roll: entry.roll, result: t(entry.success ? 'log.roll.success' : 'log.roll.failure') });
    case 'offer': case 'response': case 'threat': case 'stall': case 'voided': case 'deadlock': case 'blackmail': case 'call': case 'breach': case 'credibility':
      return bargainSentence(entry, s);
    case 'threshold':
      return t('log.threshold', { label: `${trackName(entry.track)}: ${thresholdName(entry.label)}` });
    case 'end':
      return t('log.end', { title: endStateTitle(s, entry.endState) });
    case 'inject':
      return [t('log.inject', { title: entry.title }), entry.text,
        entry.argument ? t('log.inject.argument', { ...entry.argument }) : '',
        entry.odds !== undefined ? t('log.inject.odds', { odds: entry.odds }) : ''].filter(Boolean).join(' · ');
    case 'override':
      return t('log.override', { target: overrideTarget(entry.target, s), reason: entry.reason });
  }
  // A kind of entry newer than this formatter (the rules grow): a plain line rather than nothing or a crash.
  return t('log.other', { kind: String((entry as { kind: unknown }).kind) });
}

/** "track:economy" → "the track “Economy”" (targets are written by game/rules/facilitator.ts). */
function overrideTarget(target: string, s: Scenario): string {
  const [kind, id = ''] = target.split(':');
  if (kind === 'track') return t('override.target.track', { name: trackName(id as TrackId) });
  if (kind === 'decision') return t('override.target.decision', { name: decisionName(id as DecisionId) });
  return t('override.target.outcome', { name: endStateTitle(s, id) });
}

/** A White Cell move as a cause: an override, an inject, or an event it played from the deck. */
export function whiteCellCause(id: string, s: Scenario): string {
  return id === 'override' || id === 'inject' ? t(`log.group.facilitator.${id}`) : t('log.group.facilitator', { title: eventTitle(s, id) });
}

function causeHeading(cause: Cause, s: Scenario): string {
  switch (cause.kind) {
    case 'order': return t('log.group.order', { whose: cause.faction ? whose(factionName(cause.faction)) : '', title: quoted(cardTitle(s, cause.id)) });
    case 'event': return t('log.event', { title: eventTitle(s, cause.id) });
    case 'deal': return t('log.group.deal', { title: quoted(dealTitle(s, cause.id)) });
    case 'rule': return t('log.group.rule', { rule: tOr(`rule.${cause.id}`, cause.id) });
    case 'setup': return t('log.group.setup');
    case 'facilitator': return whiteCellCause(cause.id, s);
  }
  return t('why.otherCause', { kind: String((cause as { kind: unknown }).kind), id: String(cause.id) });
}

export interface LogGroup {
  kind: LogEntry['kind'];
  heading: string;
  lines: string[];
  sources: Source[];
}

/** Moves between the players (commits, reveals, offers, answers) stand alone; their sentence says it all. */
const standalone = new Set<LogEntry['kind']>(['committed', 'reveal', 'offer', 'response', 'stall', 'voided', 'threat', 'blackmail', 'call', 'breach', 'deadlock']);
/** A White Cell move is its own heading, over the changes it made (logged next, with the same cause): one item. */
const heading = new Set<LogEntry['kind']>(['inject', 'override']);
const causeKey = (c: Cause) => `${c.kind}:${c.id}:${c.faction ?? ''}`;

export function groupLog(entries: readonly LogEntry[], s: Scenario): LogGroup[] {
  const groups: LogGroup[] = [];
  let open: { key: string; group: LogGroup } | null = null;
  for (const e of entries) {
    if (standalone.has(e.kind)) {
      groups.push({ kind: e.kind, heading: logSentence(e, s), lines: [], sources: [e.source] });
      open = null;
      continue;
    }
    const key = causeKey(e.cause);
    const heads = e.kind === 'event' || heading.has(e.kind);
    if (!open || open.key !== key || heads) {
      open = { key, group: { kind: e.kind, heading: heading.has(e.kind) ? logSentence(e, s) : causeHeading(e.cause, s), lines: [], sources: [] } };
      groups.push(open.group);
    }
    if (!heads) open.group.lines.push(logSentence(e, s));
    if (!open.group.sources.some((x) => JSON.stringify(x) === JSON.stringify(e.source))) open.group.sources.push(e.source);
  }
  return groups;
}
