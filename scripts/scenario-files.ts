// Reads a scenario folder from disk the way the browser receives it: raw JSON text by file name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, rulesFor, type Scenario } from '../game/rules';

export const SCENARIOS_DIR = join(import.meta.dirname, '../scenarios');

export function scenarioFiles(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Every scenario folder, or only those named in $SCENARIOS (comma-separated) when set. */
export function scenarioIds(): string[] {
  const only = process.env.SCENARIOS?.split(',').filter(Boolean);
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && (!only || only.includes(d.name))).map((d) => d.name);
}

export function loadScenario(id: string): Scenario {
  const r = parseScenario(`scenarios/${id}`, scenarioFiles(join(SCENARIOS_DIR, id)));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file} ${e.field}: expected ${e.expected}`).join('\n'));
  return r.scenario;
}

export const rulesForScenario = (id: string) => rulesFor(loadScenario(id));
