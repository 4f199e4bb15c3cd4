// The event log names each item's source, but a note shared by a run of items stands once: every commit and
// every reveal is "game procedure: simultaneous hidden orders", and the log used to repeat it after each of the six.
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../game/rules';
import { groupLog } from '../../game/ui/format/log-entry';
import { sourcesToShow } from '../../game/ui/panels/event-log';
import { loadScenario } from '../../scripts/scenario-files';
import { playOut, seeded } from '../helpers/play';

const scenario = loadScenario('airbase');
const rules = rulesFor(scenario);
const { state } = playOut(rules, 7, seeded(7));
const log = rules.view(state, 'public').log.filter((e) => e.turn === 1);
const groups = groupLog(log, scenario);
const shown = sourcesToShow(groups);
const procedure = (i: number) => shown[i]!.filter((s) => s.extrapolation?.startsWith('Game procedure')).length;

describe('source notes in the event log', () => {
  it('shows each procedure note once per run of commits or reveals, on the run\'s first item', () => {
    const of = (kind: string) => groups.flatMap((g, i) => (g.kind === kind ? [i] : []));
    // Three commits one after the other ("simultaneous hidden orders"), then three reveals ("revealed together"):
    // the first of each run carries its note, the two after it do not.
    expect(of('committed').map(procedure)).toEqual([1, 0, 0]);
    expect(of('reveal').map(procedure)).toEqual([1, 0, 0]);
  });

  it('loses no source: every source of an item is shown on it or on the item just before it', () => {
    groups.forEach((g, i) => {
      for (const s of g.sources) {
        const key = JSON.stringify(s);
        expect([...shown[i]!, ...(groups[i - 1]?.sources ?? [])].map((x) => JSON.stringify(x))).toContain(key);
      }
    });
    // Items citing the paper keep their citations where the item before cites something else.
    expect(shown.some((s) => s.some((x) => x.cite.length > 0))).toBe(true);
  });
});
