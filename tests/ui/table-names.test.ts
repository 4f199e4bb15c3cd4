// A table is headed by its parties' names, and everything said at it (whose move it is, who gives and asks, "Build a
// package for NATO") names them as the game does everywhere: the table once read "The West ↔ Belarus" over "Build a
// package for NATO". Every table of every scenario is checked, as a scenario's own file names it.
import { describe, expect, it } from 'vitest';
import { factionName } from '../../game/ui/format/names';
import { t } from '../../game/ui/messages';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

describe.each(scenarioIds())('the bargaining tables of %s', (id) => {
  const scenario = loadScenario(id);

  it('are titled by their parties as the game names them, in the order they sit', () => {
    expect(scenario.tables.length).toBeGreaterThan(0);
    for (const table of scenario.tables) {
      const [a, b] = table.parties;
      expect(table.title.split(':')[0], table.id).toBe(`${factionName(a)} ↔ ${factionName(b)}`);
      // The package builder's heading at that table names the other party in the same words.
      expect(t('bargain.offerSummary', { to: factionName(a) })).toBe(`Build a package for ${factionName(a)}`);
    }
  });
});
