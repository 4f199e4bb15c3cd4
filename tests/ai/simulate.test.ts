// The simulator's JSON (scripts/simulate.ts --json) matches its documented shape, SimulationResult, both from the
// function and from the command line.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTIONS } from '../../game/rules';
import { rulesForScenario } from '../../scripts/scenario-files';
import { simulate, type SimulationResult } from '../../scripts/simulate';

const ROOT = join(import.meta.dirname, '../..');

function expectShape(r: SimulationResult, games: number, turns: number): void {
  expect(Object.keys(r).sort()).toEqual(['bots', 'commitmentPath', 'endStates', 'games', 'gamesPerSecond', 'meanTurns', 'meanVp', 'scenario', 'seats', 'seed', 'winRates'].sort());
  expect(r.games).toBe(games);
  expect(Object.values(r.endStates).reduce((a, b) => a + b, 0)).toBe(games);
  for (const f of FACTIONS) {
    expect(typeof r.seats[f]).toBe('string');
    expect(r.winRates[f]).toBeGreaterThanOrEqual(0);
    expect(r.winRates[f]).toBeLessThanOrEqual(1);
    expect(typeof r.meanVp[f]).toBe('number');
  }
  expect(FACTIONS.reduce((sum, f) => sum + r.winRates[f], 0)).toBeCloseTo(1, 2);
  expect(r.commitmentPath).toHaveLength(turns + 1);
  expect(r.meanTurns).toBeGreaterThan(0);
  expect(r.gamesPerSecond).toBeGreaterThan(0);
}

describe('simulate', () => {
  it('returns the documented shape for mixed seats', () => {
    const rules = rulesForScenario('airbase');
    const r = simulate(rules, 3, 5, 'belarus=historical:standard,russia=hawk:easy,nato=random');
    expectShape(r, 3, rules.scenario.turns);
    expect(r.seats).toEqual({ belarus: 'historical:standard', russia: 'hawk:easy', nato: 'random' });
  }, 30_000);

  it('prints the same shape with --json on the command line', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '--scenario', 'ultimatum', '--games', '4', '--bots', 'historical', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const r = JSON.parse(out) as SimulationResult;
    expectShape(r, 4, rulesForScenario('ultimatum').scenario.turns);
    expect(r.seats.russia).toBe('historical');
  }, 30_000);
});
