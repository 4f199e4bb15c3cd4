// Entrapment and bargaining in this game, in a few sentences built from its public log: the entrapment dial's path
// and what moved it, the deals made, refused and stalled at each table, what Belarus' deals with NATO did to its
// dependence on Moscow, and the threats, blackmail and broken promises with how they ended. Then the paper's
// reading of the security dilemma, with its sections, for the debrief questions that ask about it.
import type { Faction, LogEntry, PlayerView, Scenario, Source, TrackId } from '../../rules/types';
import { signed, TRACKS } from '../../rules/tracks';
import { t, tn, tOr } from '../messages';
import { answeredAt, packageText, termTitle } from '../format/bargain-log';
import { decisionStateName, factionName, listOf, quoted, trackName, whose } from '../format/names';

export interface BargainingStory {
  /** This game's story, a sentence each: the entrapment dial's, then the bargaining's. */
  dial: string[];
  bargaining: string[];
  /** What the paper makes of it, and where it says so. */
  paper: string;
  source: Source;
}

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;
const DIAL: TrackId = 'allianceCommitment';
/** Belarus' dependence on Moscow, as the game measures it: its commitment to Russia, and Russia's leverage over it. */
const DEPENDENCE: readonly TrackId[] = ['allianceCommitment', 'leverage'];
/** "+2", "−1", or "+1 −1" when it moved both ways. */
const ups = ({ up, down }: { up: number; down: number }) => [up ? signed(up) : '', down ? signed(-down) : ''].filter(Boolean).join(' ');
const turns = (list: readonly number[]) => tn('report.story.turns', list.length, { turns: listOf([...new Set(list)].map(String)) });

/** The dial's path over the game, the zone it ended in, the rules' readings of it, and what moved it, in all. */
function dialSentences(view: PlayerView, s: Scenario): string[] {
  const end = view.tracks[DIAL];
  if (end === undefined) return [];
  const { thresholds } = TRACKS[DIAL];
  const abandonAt = thresholds.find((th) => th.dir === 'down')?.at ?? -Infinity;
  const entrapAt = thresholds.find((th) => th.dir === 'up')?.at ?? Infinity;
  const zone = end <= abandonAt ? t('report.story.zone.abandon', { at: abandonAt })
    : end >= entrapAt ? t('report.story.zone.entrap', { at: entrapAt }) : t('report.story.zone.hedge');
  const values = view.trackHistory.flatMap((h) => (h[DIAL] === undefined ? [] : [h[DIAL]]));
  const out = [t('report.story.dial', { path: values.join(' → '), end, zone })];
  const reads = view.log.filter((e): e is Of<'decision'> => e.kind === 'decision' && e.decision === 'entrapment' && e.from !== e.to);
  const reading = view.decisions.entrapment;
  if (reads.length) out.push(t('report.story.reads', { reads: listOf(reads.map((e) => t('report.story.read', { state: decisionStateName('entrapment', e.to), turn: e.turn }))) }));
  else if (reading !== undefined) out.push(t('report.story.readsNone', { state: decisionStateName('entrapment', reading) }));
  // How far each who or what moved it, up and down, in the order they first moved it.
  const by = new Map<string, { up: number; down: number }>();
  for (const e of view.log) {
    if (e.kind !== 'track' || e.track !== DIAL) continue;
    const c = e.cause;
    const key = c.kind === 'order' && c.faction ? t('report.story.by.orders', { whose: whose(factionName(c.faction)) })
      : c.kind === 'rule' ? tOr(`report.story.by.${c.id}`, tOr(`rule.${c.id}`, c.id))
      : tOr(`report.story.by.${c.kind}`, c.kind);
    const moved = by.get(key) ?? { up: 0, down: 0 };
    by.set(key, e.to > e.from ? { ...moved, up: moved.up + e.to - e.from } : { ...moved, down: moved.down + e.from - e.to });
  }
  if (by.size) out.push(t('report.story.movers', { movers: [...by].map(([who, n]) => `${who} ${ups(n)}`).join('; ') }));
  return out;
}

/** Each table's deals made (with their turns and names), offers refused, and stalls. */
function tableSentences(view: PlayerView, s: Scenario): string[] {
  return s.tables.flatMap((table) => {
    const made: string[] = [];
    let refused = 0, stalled = 0, offers = 0;
    view.log.forEach((e, i) => {
      if (!('table' in e) || e.table !== table.id) return;
      if (e.kind === 'offer' || e.kind === 'blackmail') offers++;
      if (e.kind === 'stall') stalled++;
      if (e.kind !== 'response') return;
      if (!e.accepted) { refused++; return; }
      const answered = answeredAt(view.log, i, e.table);
      const pkg = answered?.kind === 'blackmail' ? listOf(answered.demand.map((id) => quoted(termTitle(s, id)))) : packageText(s, answered?.deal ?? e.deal, answered ?? e);
      made.push(t('report.story.deal', { turn: e.turn, package: pkg }));
    });
    if (!offers) return [];
    const parts = [made.length ? tn('report.story.made', made.length, { deals: made.join(', ') }) : t('report.story.noDeal'),
      ...(refused ? [tn('report.story.refused', refused)] : []), ...(stalled ? [tn('report.story.stalled', stalled)] : [])];
    return [t('report.story.table', { table: quoted(table.title), parts: parts.join('; ') })];
  });
}

/** What each deal Belarus made with NATO did, that turn, to the tracks of its dependence on Moscow. */
function dependenceSentence(view: PlayerView, s: Scenario): string | null {
  const table = s.tables.find((x) => x.parties.includes('belarus') && x.parties.includes('nato'));
  const tracks = DEPENDENCE.filter((id) => view.tracks[id] !== undefined);
  if (!table || !tracks.length) return null;
  const what = listOf(tracks.map(trackName));
  const deals = view.log.flatMap((e, i) => {
    if (e.kind !== 'response' || e.table !== table.id || !e.accepted) return [];
    const terms = new Set([...e.give, ...e.ask]);
    const moves = view.log.slice(i + 1).filter((x): x is Of<'track'> => x.kind === 'track' && x.turn === e.turn && x.cause.kind === 'deal'
      && terms.has(x.cause.id) && tracks.includes(x.track));
    const answered = answeredAt(view.log, i, e.table);
    const name = t('report.story.deal', { turn: e.turn, package: packageText(s, answered?.kind === 'offer' ? answered.deal : e.deal, e) });
    return [`${name}: ${moves.length ? moves.map((m) => `${trackName(m.track)} ${m.from} → ${m.to}`).join(', ') : t('report.story.noneMoved')}`];
  });
  return deals.length ? t('report.story.nato', { tracks: what, deals: deals.join('; ') }) : t('report.story.natoNone', { tracks: what });
}

/** How a threat to defect ended: given in to, called (held or failed), refused, or still open at the end. */
function blackmailOutcome(log: readonly LogEntry[], at: number): 'conceded' | 'held' | 'failed' | 'refused' | 'open' {
  const b = log[at] as Of<'blackmail'>;
  for (const e of log.slice(at + 1)) {
    if (e.kind === 'call' && e.table === b.table) return e.held ? 'held' : 'failed';
    if (e.kind === 'response' && e.table === b.table) return e.accepted ? 'conceded' : 'refused';
  }
  return 'open';
}

/** Threats to defect with what came of each, conditional threats, and promises broken. */
function pressureSentences(view: PlayerView, s: Scenario): string[] {
  const out: string[] = [];
  const byFaction = new Map<Faction, { against: Faction; outcome: string; turn: number }[]>();
  view.log.forEach((e, i) => {
    if (e.kind !== 'blackmail' || !e.cause.faction) return;
    const parties = s.tables.find((x) => x.id === e.table)?.parties ?? [];
    const against = parties.find((f) => f !== e.cause.faction) ?? e.cause.faction;
    byFaction.set(e.cause.faction, [...(byFaction.get(e.cause.faction) ?? []), { against, outcome: blackmailOutcome(view.log, i), turn: e.turn }]);
  });
  for (const [faction, all] of byFaction) {
    const outcomes = (['conceded', 'held', 'failed', 'refused', 'open'] as const).flatMap((o) => {
      const these = all.filter((x) => x.outcome === o);
      return these.length ? [t(`report.story.bm.${o}`, { against: factionName(these[0]!.against), turns: turns(these.map((x) => x.turn)) })] : [];
    });
    out.push(tn('report.story.blackmail', all.length, { faction: factionName(faction), outcomes: outcomes.join('; ') }));
  }
  const threats = view.log.filter((e): e is Of<'threat'> => e.kind === 'threat');
  for (const faction of new Set(threats.filter((e) => e.outcome === 'made').map((e) => e.by))) {
    const mine = threats.filter((e) => e.by === faction);
    const made = mine.filter((e) => e.outcome === 'made').length;
    out.push(tn('report.story.threats', made, { faction: factionName(faction), carried: mine.filter((e) => e.outcome === 'carried-out').length, lapsed: mine.filter((e) => e.outcome === 'lapsed').length }));
  }
  for (const e of view.log) {
    if (e.kind === 'breach') out.push(t('report.story.breach', { faction: factionName(e.faction), term: quoted(termTitle(s, e.term)), turn: e.turn }));
  }
  return out.length ? out : [t('report.story.noPressure')];
}

export function bargainingStory(view: PlayerView, s: Scenario): BargainingStory {
  const dependence = dependenceSentence(view, s);
  return {
    dial: dialSentences(view, s),
    bargaining: [...tableSentences(view, s), ...(dependence ? [dependence] : []), ...pressureSentences(view, s)],
    paper: t('report.story.paper'),
    // Myth #1 > Belarus' security dilemma and entrapment; Realities > Belarusian vulnerabilities ("entrapment
    // blackmailing"); Realities > NATO's dilemmas (cooperation with NATO as a counterweight and a reminder).
    source: { cite: ['securityDilemma', 'belarusianVulnerabilities', 'natoDilemmas'] },
  };
}
