// Names in the log, the summary and the report as a student reads them: a title that is itself a quotation is not
// quoted again, scenario titles use typographic quotes, a decision point's move names its cause once, and tracks are
// named from the one table the bots' reasons read too.
import { describe, expect, it } from 'vitest';
import { TRACKS, type LogEntry, type Scenario, type TrackId } from '../../game/rules';
import { causeText, whyDecision } from '../../game/ui/explain/why';
import { bargainSentence, packageText } from '../../game/ui/format/bargain-log';
import { groupLog, logSentence } from '../../game/ui/format/log-entry';
import { decisionEventUnsaid, quoted, trackName } from '../../game/ui/format/names';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const airbase = loadScenario('airbase');
const corridor = loadScenario('suwalki');
const cardId = (s: Scenario, title: string) => s.cards.find((c) => c.title === title)!.id;
const base = { seq: 1, turn: 1, source: { cite: [] }, visibleTo: 'all' as const };

describe('titles and names in the log and the report', () => {
  it('quote a title once: one that comes in its own quotation marks keeps them and gets no second pair', () => {
    expect(quoted('‘Minsk has no choice’')).toBe('‘Minsk has no choice’');
    expect(quoted('Squeeze Minsk')).toBe('“Squeeze Minsk”');
    expect(quoted('‘Parasite’ media campaign')).toBe('“‘Parasite’ media campaign”');
    const reveal: LogEntry = { ...base, cause: { kind: 'rule', id: 'reveal' }, kind: 'reveal', faction: 'belarus', cards: [cardId(airbase, '‘We don’t need a base’'), cardId(airbase, '‘It is about aircraft deliveries’')] };
    expect(logSentence(reveal, airbase)).toBe('Belarus revealed: ‘We don’t need a base’ and ‘It is about aircraft deliveries’');
    const order: LogEntry = { ...base, cause: { kind: 'order', id: cardId(airbase, '‘Minsk has no choice’'), faction: 'russia' }, kind: 'track', track: 'sovereignty', from: 6, to: 5 };
    expect(groupLog([order], airbase)[0]!.heading).toBe('Russia’s order ‘Minsk has no choice’');
    expect(causeText(order.cause, airbase)).not.toMatch(/“‘/);
  });

  it('quote a package of a term that is a quotation once: ‘Belarus is not a target’', () => {
    const term = corridor.terms.find((x) => x.title === '‘Belarus is not a target’')!;
    expect(packageText(corridor, '', { give: [term.id], ask: [] })).toBe('‘Belarus is not a target’');
    const offer = { ...base, cause: { kind: 'rule' as const, id: 'offer', faction: 'russia' as const }, kind: 'offer' as const, deal: '', table: corridor.tables[0]!.id, round: 1, counter: false, give: [term.id], ask: [] };
    expect(bargainSentence(offer, corridor)).not.toMatch(/“‘|’”/);
  });

  it('use typographic quotes and apostrophes in every scenario title', () => {
    for (const id of scenarioIds()) {
      const s = loadScenario(id);
      const titles = [...s.cards, ...s.events, ...s.deals, ...s.terms, ...s.tables, ...s.endStates].map((x) => x.title);
      for (const title of titles) expect(title, `${id}: ${title}`).not.toMatch(/['"]/);
    }
  });

  it('name the cause of a decision point’s move once when the state reached already says it', () => {
    const move = (event: string, from: string, to: string): LogEntry => ({ ...base, cause: { kind: 'rule', id: 'x' }, kind: 'decision', decision: 'airbase', event, from, to });
    expect(logSentence(move('base.announce', 'leasedSites', 'baseAnnounced'), airbase)).toBe('The airbase question: Leased radar and naval relay only → Moscow announces a base');
    expect(logSentence(move('modernisation.request', 'refused', 'modernisationAsked'), airbase)).toBe('The airbase question: Base refused → Minsk asks for modernisation instead');
    expect(logSentence(move('base.accept', 'baseAnnounced', 'permanentBase'), airbase)).toBe('The airbase question: Moscow announces a base → Permanent Russian airbase (the base is accepted)');
    expect(logSentence(move('base.waterDown', 'baseAnnounced', 'wateredDown'), airbase)).toBe('The airbase question: Moscow announces a base → Plan watered down');
    expect(decisionEventUnsaid('airbase', 'baseAnnounced', 'base.announce')).toBe('');
    expect(decisionEventUnsaid('airbase', 'rotation', 'aircraft.invite')).toBe('Minsk invites Russian aircraft');
    const chains = whyDecision([move('base.announce', 'leasedSites', 'baseAnnounced')], 'airbase', airbase, 1);
    expect(chains[0]!.rule).toEqual(['The airbase question: Leased radar and naval relay only → Moscow announces a base']);
  });

  it('name tracks from the rules’ table, the one the bots’ reasons read', () => {
    for (const id of Object.keys(TRACKS) as TrackId[]) expect(trackName(id)).toBe(TRACKS[id].unit ? `${TRACKS[id].label} (${TRACKS[id].unit})` : TRACKS[id].label);
    expect(trackName('a2ad')).toBe('Russian air-defence reach');
    expect(trackName('independenceSupport')).toBe('Support for independence (%)');
  });
});
