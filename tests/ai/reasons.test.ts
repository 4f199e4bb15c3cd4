// The bots' one-line reasons as a player reads them: tracks by the State of play panel's names, changes in whole
// points, comparisons and refusals as sentences, titles quoted once and as written, persona aims that read after
// "for", and no history claimed for a hypothetical crisis. Read from whole games between bots of every difficulty.
import { describe, expect, it } from 'vitest';
import { botPolicy, historicalHow, type Decision } from '../../game/ai/bot';
import { playGame, type Policy } from '../../game/ai/play-game';
import { PERSONA_IDS, personaOf, type PersonaId } from '../../game/ai/personas';
import { personaDrive } from '../../game/ai/reasons';
import { change, comparison, quoted } from '../../game/ai/words';
import { FACTIONS, rulesFor, TRACKS, type Faction } from '../../game/rules';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const DIFFICULTIES = ['easy', 'standard', 'expert'] as const;
interface Said { scenario: string; difficulty: string; persona: PersonaId; reason: string }

/** Every reason of a game per scenario, difficulty and two personas (the historical one and another in turn). */
const said: Said[] = [];
for (const [i, scenario] of scenarioIds().entries()) {
  const rules = rulesFor(loadScenario(scenario));
  for (const [k, difficulty] of DIFFICULTIES.entries()) {
    for (const persona of ['historical', PERSONA_IDS[1 + ((i + k) % 3)]!] as PersonaId[]) {
      const seed = 11 + k * 7 + PERSONA_IDS.indexOf(persona);
      const budget = difficulty === 'expert' ? { width: 4, samples: 2, depth: 1 } : undefined;
      const heard = (_f: Faction, d: Decision) => said.push({ scenario, difficulty, persona, reason: d.reason });
      playGame(rules, seed, Object.fromEntries(FACTIONS.map((f) => [f, botPolicy(rules.scenario, { persona, difficulty, seed, budget }, heard)])) as Record<Faction, Policy>);
    }
  }
}
const reasons = said.map((s) => s.reason);
/** A reason without its titles (which may hold figures, ‘Ukraine 2.0’) and its citation. */
const prose = (reason: string) => reason.split(' — ')[0]!.replace(/“[^”]*”|‘[^’]*’/g, '“…”');
const LABELS = Object.values(TRACKS).map((t) => t.label);

describe('bot reasons', () => {
  it('are read from games with moves of every kind', () => {
    for (const kind of ['plays', 'offers', 'accepts', 'rejects', 'makes no offer', 'counters', 'best of']) expect(reasons.some((r) => r.includes(kind)), kind).toBe(true);
  });

  it('name every track they move as the State of play panel does', () => {
    const changes = /(?:about )?[−+]\d+(?:\.\d+)?%?(?=[ ,;)]|$)|may (?:rise|fall)|(?:about |a little )?(?:\d+%? )?(?:higher|lower)\b/g;
    const labelled = new RegExp(`(?:${LABELS.join('|')}) (?:${changes.source})`, 'g');
    for (const r of reasons) {
      const text = prose(r).replace(/odds [^:]*: \d+%/g, '');
      expect(text.match(labelled)?.length ?? 0, r).toBe(text.match(changes)?.length ?? 0);
      expect(r, r).not.toMatch(/A2\/AD/);
    }
  });

  it('give changes in whole points or words, never a decimal', () => {
    for (const r of reasons) expect(prose(r), r).not.toMatch(/\d\.\d/);
    expect([change('tension', -1.8), change('sovereignty', 0.4), change('economy', 1), change('independenceSupport', 2)]).toEqual(['about −2', 'may rise', '+1', '+2%']);
    expect([comparison('tension', 1.8), comparison('sovereignty', -0.3), comparison('economy', -1)]).toEqual(['about 2 higher', 'a little lower', '1 lower']);
  });

  it('set a move against another in a sentence: "better than stalling, which would leave …"', () => {
    for (const r of reasons) {
      expect(r, r).not.toMatch(/\bagainst (\w+ing|making|countering)\b|worth less to it/);
      const versus = prose(r).match(/(better|rather) than [^,]*, which would leave [^;(]*/);
      if (/ than /.test(prose(r)) && !/ than the risk/.test(r)) expect(versus, r).not.toBeNull();
    }
    expect(reasons.some((r) => / better than \w+ing\b.*, which would leave .* (a turn later|by the end of the turn)/.test(r))).toBe(true);
  });

  it('explain a refusal by what accepting the offer would bring or cost, not by another move', () => {
    const refusals = reasons.filter((r) => / rejects “/.test(r));
    expect(refusals.length).toBeGreaterThan(5);
    for (const r of refusals) {
      const why = prose(r).split(/”: /)[1] ?? '';
      expect(why, r).not.toMatch(/\b(threatening|stalling|countering|offering|better than)\b/);
      if (/would /.test(why)) expect(why, r).toMatch(/^accepting would (bring|mean) /);
    }
    expect(refusals.some((r) => /: accepting would (bring|mean) .*[−+]\d/.test(r))).toBe(true);
  });

  it('say what a searched move is after, with the number of futures only as a suffix', () => {
    const searched = reasons.filter((r) => r.includes('simulated futures'));
    expect(searched.length).toBeGreaterThan(20);
    // Nothing said before the suffix: no colon but the odds' between the move and "(best of …)".
    for (const r of searched) expect(r.replace(/ \(odds [^)]*\)/, ''), r).not.toMatch(/^[^:]*\(best of/);
  });

  it('read every persona’s aim after "for" as a noun phrase, not a motto or an order', () => {
    for (const f of FACTIONS) {
      for (const id of PERSONA_IDS) {
        const { line } = personaOf(f, id);
        expect(personaDrive(personaOf(f, id))).toBe(`for ${line}`);
        // An article, a gerund or a noun ending: "a wedge…", "taking from…", "deterrence…"; no verb of its own.
        expect(line, `${f} ${id}`).toMatch(/^(a|an|the) |^\w+(ing|ion|ence|ance|ment|ent|ies) /);
        expect(line, `${f} ${id}`).not.toMatch(/\b(is|are)\b(?! not for sale)|^(take|keep|pay|deter|drive|get)\b/);
      }
    }
    expect(reasons.join('\n')).not.toMatch(/for (take|sovereignty is)\b/);
  });

  it('quote titles once and as written: no doubled quotation marks, end states with their capitals', () => {
    // A title wholly in quotation marks of its own, quoted again: “‘Minsk has no choice’”.
    for (const r of reasons) expect(r, r).not.toMatch(/“[‘'][^“”]*[’']”|““|””/);
    // Typographic apostrophes, as the rest of the interface (the paper's section titles after " — " are cited as written).
    for (const r of reasons) expect(r.split(' — ')[0], r).not.toMatch(/'/);
    expect(reasons.some((r) => /“Minsk has no choice”|‘Minsk has no choice’/.test(r))).toBe(true);
    for (const id of scenarioIds()) {
      for (const end of loadScenario(id).endStates) {
        for (const r of reasons) expect(r, r).not.toMatch(new RegExp(`(toward|away from) ${end.title.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
    expect(reasons.some((r) => /(toward|away from) “[A-Z]/.test(r))).toBe(true);
    expect([quoted('‘Minsk has no choice’'), quoted('Squeeze Minsk'), quoted('‘Parasite’ media campaign')]).toEqual(['‘Minsk has no choice’', '“Squeeze Minsk”', '“‘Parasite’ media campaign”']);
  });

  it('claim history only where it happened: in the hypothetical Corridor crisis, what the paper expects', () => {
    const corridor = loadScenario('suwalki');
    expect(historicalHow(corridor, 3, 'russia')).toBe('as the paper expects Moscow to act');
    expect(historicalHow(loadScenario('airbase'), 1, 'belarus')).toBe(`as Minsk did in ${loadScenario('airbase').turnLabels[0]}`);
    const scripted = said.filter((s) => s.scenario === 'suwalki' && s.persona === 'historical').map((s) => s.reason);
    expect(scripted.some((r) => r.includes('as the paper expects'))).toBe(true);
    for (const r of scripted) expect(r, r).not.toMatch(/ did in /);
    expect(said.some((s) => s.scenario === 'airbase' && / as (Minsk|Moscow|the Alliance) did in /.test(s.reason))).toBe(true);
  });
});
