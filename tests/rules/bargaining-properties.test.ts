// Properties of the ledger over random play in every scenario (fast-check): a binding term is never violated
// (no card it forbids is revealed while its commitment stands) and every broken promise is logged as a breach.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulesFor, type Scenario } from '../../game/rules';
import { fromList } from '../helpers/play';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { miniScenario } from './fixture';

const scenarios: [string, () => Scenario][] = [['mini', () => miniScenario()], ...scenarioIds().map((id): [string, () => Scenario] => [id, () => loadScenario(id)])];

describe.each(scenarios)('scenario %s', (_id, load) => {
  const rules = rulesFor(load());
  const terms = new Map(rules.scenario.terms.map((t) => [t.id, t]));

  it('never reveals a card a standing binding commitment forbids, and logs every broken promise', () => {
    let agreements = 0;
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { maxLength: 80 }), (seed, choices) => {
      const pick = fromList(choices);
      let state = rules.setup(seed);
      while (!rules.isOver(state)) {
        const faction = rules.activeFactions(state)[0]!;
        const legal = rules.legalActions(state, faction);
        const r = rules.apply(state, faction, legal[pick(legal.length)]!);
        if (!r.ok) throw new Error(r.error.message);
        for (const reveal of r.log) {
          if (reveal.kind !== 'reveal') continue;
          for (const c of state.commitments.filter((x) => x.status === 'kept' && x.owner === reveal.faction)) {
            const broken = reveal.cards.filter((card) => (terms.get(c.term)!.breaches ?? []).includes(card));
            if (c.binding) expect(broken).toEqual([]);
            else if (broken.length) expect(r.log).toContainEqual(expect.objectContaining({ kind: 'breach', commitment: c.id, term: c.term, faction: c.owner }));
          }
        }
        for (const b of r.log.filter((e) => e.kind === 'breach')) {
          expect(b.kind === 'breach' && r.state.commitments.some((c) => c.id === b.commitment && c.term === b.term && c.status === 'breached')).toBe(true);
        }
        agreements += r.state.commitments.length > state.commitments.length ? 1 : 0;
        state = r.state;
      }
    }), { numRuns: 60 });
    // Random play must actually make agreements for the property to mean something.
    expect(agreements).toBeGreaterThan(0);
  }, 60_000);
});
