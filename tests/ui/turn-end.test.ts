// A turn's summary shows the game as that turn left it. When the summary is read, the rules have already opened the
// next turn, whose events may have moved the dial: atTurnEnd takes the view back, so the dial's value, its zone
// and the log agree with each other and with the turn's end, in every turn of a seeded game of every scenario.
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../game/rules';
import { TRACKS } from '../../game/rules/tracks';
import { atTurnEnd } from '../../game/ui/explain/timeline';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';
import { playOut, seeded } from '../helpers/play';

const { thresholds } = TRACKS.allianceCommitment;
const abandonAt = thresholds.find((th) => th.dir === 'down')!.at;
const entrapAt = thresholds.find((th) => th.dir === 'up')!.at;
const zoneOf = (value: number) => (value <= abandonAt ? ['abandonmentRisk'] : value >= entrapAt ? ['entrapmentRisk', 'entrapped'] : ['hedging']);

describe.each(scenarioIds())('the turn summaries of a seeded game of %s', (id) => {
  const rules = rulesFor(loadScenario(id));
  const { state } = playOut(rules, 31, seeded(31));
  const view = rules.view(state, 'public');

  it('show each turn as it ended: the dial at its end-of-turn value and zone, no later log entry', () => {
    expect(view.trackHistory.length).toBeGreaterThan(2);
    for (let turn = 1; turn < view.trackHistory.length; turn++) {
      const ended = atTurnEnd(view, turn);
      const value = ended.tracks.allianceCommitment!;
      expect(value).toBe(view.trackHistory[turn]!.allianceCommitment);
      expect(zoneOf(value), `turn ${turn}`).toContain(ended.decisions.entrapment);
      expect(ended.log.every((e) => e.turn <= turn)).toBe(true);
      expect(ended.trackHistory.at(-1)).toBe(view.trackHistory[turn]);
    }
  });
});
