// What the what-if panel needs to be read honestly: the value a change is measured against (the tracks where the
// batches start, at the scenario start or a game's branch point) and how far a share can move by chance alone.
import { describe, expect, it } from 'vitest';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import { branchState } from '../../game/app/whatif/batch';
import { compareShares, shareMargin, widestMargin } from '../../game/app/whatif/chance';
import { openWhatIf } from '../../game/app/whatif/state';
import { act, startSession, type Session } from '../../game/app/session';
import { loadScenario, rulesForScenario } from '../../scripts/scenario-files';

describe('what the what-if panel measures a change against', () => {
  const scenario = loadScenario('ultimatum');

  it('from the menu: every track at the scenario start', () => {
    const { startTracks } = openWhatIf(null, scenario, 'menu');
    expect(startTracks).toEqual(Object.fromEntries(Object.entries(scenario.tracks).map(([id, def]) => [id, def!.start])));
  });

  it('from a game in progress: the tracks where the branched games start, not the scenario\'s', () => {
    const rules = rulesForScenario('ultimatum');
    const { actions } = playGame(rules, 21, everyone(randomPolicy(2)));
    let session: Session = startSession(scenario, 21);
    // Into the second half of the game, so that the tracks have moved from the start.
    for (const entry of actions.slice(0, Math.floor(actions.length / 2))) {
      const r = act(session, entry.faction, entry.action, session.state.seq);
      if (!r.ok) throw new Error(r.error.message);
      session = r.session;
    }
    const whatif = openWhatIf(session, null, 'turn');
    expect(whatif.startTracks).toEqual(branchState(rules, whatif.branch, 0).tracks);
    expect(Object.entries(whatif.startTracks).some(([id, v]) => scenario.tracks[id as 'sovereignty']!.start !== v)).toBe(true);
  });
});

describe('chance in a batch of games', () => {
  it('gives the usual 95% margin of a share: 1.96·√(p(1−p)/n)', () => {
    expect(shareMargin(0.5, 100)).toBeCloseTo(0.098, 3);
    expect(widestMargin(200)).toBeCloseTo(0.0693, 4);
    expect(shareMargin(0, 50)).toBe(0);
  });

  it('calls a difference within chance when the margin of the difference covers it', () => {
    // The walk-through's case: 79.5% against 78.0% over 200 games each is noise.
    expect(compareShares(0.795, 200, 0.78, 200)).toMatchObject({ withinChance: true });
    expect(compareShares(0.36, 50, 0.8, 50)).toMatchObject({ withinChance: false });
    expect(compareShares(0.04, 50, 0.01, 50).withinChance).toBe(true);
    expect(compareShares(0, 200, 0, 200)).toMatchObject({ diff: 0, withinChance: true });
    expect(compareShares(0, 200, 1, 200).withinChance).toBe(false);
    // One more win and one more loss in each batch: 101 of 202 against 121 of 202.
    expect(compareShares(0.5, 200, 0.6, 200).margin).toBeCloseTo(1.96 * Math.sqrt((101 * 101) / 202 ** 3 + (121 * 81) / 202 ** 3), 6);
    // No share of 0 or 1 makes a margin of 0: none of 50 against 2 of 50 is luck.
    expect(compareShares(0, 50, 0.04, 50).withinChance).toBe(true);
    expect(compareShares(0, 50, 0.2, 50).withinChance).toBe(false);
    // A handful of games tells nothing apart, even all against none.
    expect(compareShares(1, 3, 0, 3).withinChance).toBe(true);
    expect(compareShares(1, 5, 0, 5).withinChance).toBe(false);
  });
});
