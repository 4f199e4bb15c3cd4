// The simulator's JSON (scripts/simulate.ts --json) matches its documented schema, from the function and from the
// command line; --from branches from a saved game, and a corrupted save gets a message naming what is wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyone, playGame, randomPolicy } from '../../game/ai/play-game';
import { FACTIONS, makeSave } from '../../game/rules';
import { rulesForScenario } from '../../scripts/scenario-files';
import { simulate, simulationResultSchema, type SimulationResult } from '../../scripts/simulate';

const ROOT = join(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

function expectShape(r: SimulationResult, games: number, turns: number): void {
  expect(simulationResultSchema.parse(r)).toEqual(r);
  expect(r.games).toBe(games);
  expect(Object.values(r.endStates).reduce((a, b) => a + b, 0)).toBe(games);
  expect(FACTIONS.reduce((sum, f) => sum + r.winRates[f], 0)).toBeCloseTo(1, 2);
  expect(r.commitmentPath).toHaveLength(turns + 1);
}

/** A save of the first `moves` actions of a random ultimatum game, written to a temporary file. */
function saveFile(moves: number, corrupt?: (text: string) => string): string {
  const rules = rulesForScenario('ultimatum');
  const { actions } = playGame(rules, 11, everyone(randomPolicy(5)));
  const text = JSON.stringify(makeSave(rules, 11, actions.slice(0, moves)));
  const file = join(mkdtempSync(join(tmpdir(), 'save-')), 'game.json');
  writeFileSync(file, corrupt ? corrupt(text) : text);
  return file;
}

/** How many of that game's actions take it one action into turn 2. */
function movesIntoTurn2(): number {
  const rules = rulesForScenario('ultimatum');
  const { actions } = playGame(rules, 11, everyone(randomPolicy(5)));
  let state = rules.setup(11);
  for (const [i, { faction, action }] of actions.entries()) {
    const r = rules.apply(state, faction, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    if (state.turn === 2) return i + 2;
  }
  throw new Error('the game never reached turn 2');
}

describe('simulate', () => {
  it('returns the documented shape for mixed seats', () => {
    const rules = rulesForScenario('airbase');
    const r = simulate(rules, 3, 5, 'belarus=historical:standard,russia=hawk:easy,nato=random');
    expectShape(r, 3, rules.scenario.turns);
    expect(r.seats).toEqual({ belarus: 'historical:standard', russia: 'hawk:easy', nato: 'random' });
    expect(r.from).toBeNull();
  }, 30_000);

  it('prints the same shape with --json on the command line', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '--scenario', 'ultimatum', '--games', '4', '--bots', 'historical', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const r = simulationResultSchema.parse(JSON.parse(out));
    expectShape(r, 4, rulesForScenario('ultimatum').scenario.turns);
    expect(r.seats.russia).toBe('historical');
  }, 30_000);

  it('branches every game from a saved game with --from, and applies --change', () => {
    const moves = movesIntoTurn2();
    const file = saveFile(moves);
    const p = run('--from', file, '--games', '6', '--bots', 'random', '--change', 'economy=2', '--json');
    expect(p.stderr).toBe('');
    const r = simulationResultSchema.parse(JSON.parse(p.stdout));
    expectShape(r, 6, rulesForScenario('ultimatum').scenario.turns);
    expect(r.scenario).toBe('ultimatum');
    expect(r.from).toMatchObject({ file, actions: moves });
    expect(r.from!.turn).toBeGreaterThan(1);
    expect(r.change).toBe('economy=2');
  }, 30_000);

  it.each([
    ['not JSON', (t: string) => t.slice(0, 40), /not valid JSON/],
    ['a wrong field', (t: string) => t.replace('"union-state-save"', '"something-else"'), /its "format" is not "union-state-save"/],
    ['an action the rules refuse', (t: string) => t.replace(/"cards":\[[^\]]*\]/, '"cards":["no-such-card"]'), /action 1 of the saved game/],
  ])('refuses a save file with %s with a clear message', (_what, corrupt, message) => {
    const p = run('--from', saveFile(5, corrupt), '--games', '2');
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/^--from: /);
    expect(p.stderr).toMatch(message);
    expect(p.stdout).toBe('');
  }, 30_000);

  it('refuses a missing file and an unknown change', () => {
    expect(run('--from', '/nonexistent/save.json').stderr).toMatch(/--from: cannot read \/nonexistent\/save.json/);
    expect(run('--scenario', 'ultimatum', '--change', 'moon=3').stderr).toMatch(/--change: "moon=3" is not/);
  }, 30_000);
});
