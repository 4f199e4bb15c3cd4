// Bargaining in words: a package as "gives … for …", and the bargaining log entries as sentences.
import type { LogEntry, Package, Scenario } from '../../rules';
import { t } from '../messages';
import { cardTitle, dealTitle, factionName, listOf, quoted, whose } from './names';

export const termTitle = (s: Scenario, id: string) => s.terms.find((x) => x.id === id)?.title ?? id;
/** A threat term's answer without its "Threat:" label, for sentences that already say it is a threat. */
export const threatAnswer = (s: Scenario, id: string) => termTitle(s, id).replace(/^Threat:\s*/i, '');

/** The deals.json id of the preset this package is exactly, or ''. */
export function presetId(s: Scenario, from: string, to: string, pkg: Package): string {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return s.deals.find((d) => d.from === from && d.to === to && same(d.give, pkg.give) && same(d.ask, pkg.ask))?.id ?? '';
}

/** A package's name without quotes, for short labels: the preset's title, or its terms' titles joined by “+”. */
export function packageName(s: Scenario, deal: string, pkg: Package): string {
  return deal ? dealTitle(s, deal) : [...pkg.give, ...pkg.ask].map((id) => termTitle(s, id)).join(' + ');
}

/** “Preset title” when the package is a preset; otherwise its terms: “A” and “B” for “C”. */
export function packageText(s: Scenario, deal: string, pkg: Package): string {
  if (deal) return quoted(dealTitle(s, deal));
  const list = (ids: string[]) => listOf(ids.map((id) => quoted(termTitle(s, id))));
  if (!pkg.ask.length) return list(pkg.give);
  if (!pkg.give.length) return list(pkg.ask);
  return `${list(pkg.give)} ⇄ ${list(pkg.ask)}`;
}

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;
export type BargainEntry = Of<'offer' | 'response' | 'threat' | 'stall' | 'voided' | 'deadlock' | 'blackmail' | 'call' | 'breach' | 'credibility'>;

const threatTitle = (s: Scenario, table: string, id: string) =>
  s.tables.find((x) => x.id === table)?.blackmail?.threats.find((x) => x.id === id)?.title ?? id;

const BARGAIN_KINDS: readonly BargainEntry['kind'][] = ['offer', 'response', 'threat', 'stall', 'voided', 'deadlock', 'blackmail', 'call', 'breach', 'credibility'];
export const isBargainEntry = (e: LogEntry): e is BargainEntry => (BARGAIN_KINDS as readonly string[]).includes(e.kind);

/** The offer or blackmail a response (or a stall) at `index` answers: the latest one before it at the same table (a scan, not a
 *  reversed copy of the log, since the report asks this of every answer in the game). */
export function answeredAt(log: readonly LogEntry[], index: number, table: string): Of<'offer' | 'blackmail'> | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const x = log[i]!;
    if ((x.kind === 'offer' || x.kind === 'blackmail') && x.table === table) return x;
  }
  return undefined;
}

/** A bargaining entry of the log as a sentence; an answer names the package it answered (the last offer or
 *  blackmail made at its table before it), so a package built at the table reads as its terms, not an id. */
export function bargainLine(log: readonly LogEntry[], index: number, s: Scenario): string {
  const e = log[index]!;
  if (e.kind !== 'response' || !isBargainEntry(e)) return isBargainEntry(e) ? bargainSentence(e, s) : '';
  const answered = answeredAt(log, index, e.table);
  if (!answered) return bargainSentence(e, s);
  const pkg = answered.kind === 'offer' ? packageText(s, answered.deal, answered) : listOf(answered.demand.map((id) => quoted(termTitle(s, id))));
  const from = answered.cause.faction ? factionName(answered.cause.faction) : t('why.someone');
  return t(e.accepted ? 'log.response.acceptedPackage' : e.byClock ? 'log.response.rejectedPackage.byClock' : 'log.response.rejectedPackage', { faction: e.cause.faction ? factionName(e.cause.faction) : t('why.someone'), whose: whose(from), package: pkg });
}

export function bargainSentence(e: BargainEntry, s: Scenario): string {
  const by = e.cause.faction ? factionName(e.cause.faction) : '';
  switch (e.kind) {
    case 'offer': return t(e.counter ? 'log.counter' : 'log.offer', { faction: by, package: packageText(s, e.deal, e) });
    case 'response': return t(e.accepted ? 'log.response.accepted' : e.byClock ? 'log.response.rejected.byClock' : 'log.response.rejected', { faction: by, deal: packageText(s, e.deal, e) });
    case 'stall': return t('log.stall', { faction: by });
    case 'voided': return t('log.voided', { whose: whose(by), package: packageText(s, e.deal, e), table: dealTitle(s, e.table), why: e.why });
    case 'threat': return t(`log.threat.${e.outcome}`, { faction: factionName(e.by), against: factionName(e.against), card: quoted(cardTitle(s, e.trigger)), response: quoted(threatAnswer(s, e.response)) });
    case 'deadlock': return t('log.deadlock', { table: dealTitle(s, e.table) });
    case 'blackmail': return t('log.blackmail', { faction: by, threat: threatTitle(s, e.table, e.threat), demand: listOf(e.demand.map((id) => quoted(termTitle(s, id)))), odds: e.odds });
    case 'call': return t(e.held ? 'log.call.held' : 'log.call.failed', { faction: by, roll: e.roll, odds: e.odds });
    case 'breach': return t('log.breach', { faction: factionName(e.faction), term: quoted(termTitle(s, e.term)), card: quoted(cardTitle(s, e.card)) });
    case 'credibility': return t('log.credibility', { whose: whose(factionName(e.faction)), from: e.from, to: e.to });
  }
}
