// A package built at the table has no preset's title: the sentences and the charts' time axis name it by its terms
// (they read "Belarus accepted “a package”" and an empty marker "Q1 2019: ,"). A threat's answer is said without its
// "Threat:" label, which the sentence already carries.
import { describe, expect, it } from 'vitest';
import { FACTIONS, rulesFor, type Action, type Faction, type GameState } from '../../game/rules';
import { logSentence } from '../../game/ui/format/log-entry';
import { timeMarkers } from '../../game/ui/explain/timeline';
import { loadScenario } from '../../scripts/scenario-files';

const rules = rulesFor(loadScenario('ultimatum'));
const title = (id: string) => rules.scenario.terms.find((x) => x.id === id)!.title;
const applied = (s: GameState, f: Faction, a: Action) => {
  const r = rules.apply(s, f, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
};

describe('a package built at the table', () => {
  it('is named by its terms when it is answered, in the log and on the time axis', () => {
    let s = rules.setup(1);
    for (const f of FACTIONS) s = applied(s, f, { type: 'orders.commit', cards: [] });
    const built: Action = { type: 'bargain.offer', give: ['ru-energy-discount'], ask: ['by-public-loyalty', 'by-csto-duties'] };
    s = applied(applied(s, 'russia', built), 'belarus', { type: 'bargain.accept' });
    const answer = s.log.find((e) => e.kind === 'response')!;
    expect(answer).toMatchObject({ deal: '', accepted: true, give: ['ru-energy-discount'], ask: ['by-public-loyalty', 'by-csto-duties'] });
    const sentence = logSentence(answer, rules.scenario);
    for (const id of ['ru-energy-discount', 'by-public-loyalty', 'by-csto-duties']) expect(sentence).toContain(`“${title(id)}”`);
    expect(timeMarkers(s.log, rules.scenario).filter((m) => m.kind === 'deal').map((m) => m.label))
      .toEqual([`${title('ru-energy-discount')} + ${title('by-public-loyalty')} + ${title('by-csto-duties')}`]);
  });

  it('keeps a preset\'s title', () => {
    let s = rules.setup(1);
    for (const f of FACTIONS) s = applied(s, f, { type: 'orders.commit', cards: [] });
    const preset = rules.scenario.deals.find((d) => d.id === 'ru-gas-for-loyalty')!;
    s = applied(applied(s, 'russia', { type: 'bargain.offer', give: preset.give, ask: preset.ask }), 'belarus', { type: 'bargain.accept' });
    const answer = s.log.find((e) => e.kind === 'response')!;
    expect(logSentence(answer, rules.scenario)).toBe(`Belarus accepted “${preset.title}”`);
    expect(timeMarkers(s.log, rules.scenario).find((m) => m.kind === 'deal')?.label).toBe(preset.title);
  });

  it('says a threat\'s answer without its "Threat:" label', () => {
    let s = rules.setup(1);
    for (const f of FACTIONS) s = applied(s, f, { type: 'orders.commit', cards: [] });
    const preset = rules.scenario.deals.find((d) => d.id === 'ru-gas-for-loyalty')!;
    s = applied(s, 'russia', { type: 'bargain.offer', give: preset.give, ask: preset.ask });
    const threat = rules.legalActions(s, 'belarus').find((a) => a.type === 'bargain.threaten')!;
    s = applied(s, 'belarus', threat);
    const sentence = logSentence(s.log.find((e) => e.kind === 'threat')!, rules.scenario);
    expect(sentence).toMatch(/^Belarus threatened Russia: if it plays “.+”, then “.+”$/);
    expect(sentence).not.toContain('Threat:');
  });
});
