// Reads a scenario folder from disk the way the browser receives it: raw JSON text by file name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, rulesFor, type Scenario } from '../game/rules';

export const SCENARIOS_DIR = join(import.meta.dirname, '../scenarios');

export function scenarioFiles(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export function scenarioIds(): string[] {
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
}

export function loadScenario(id: string): Scenario {
  const r = parseScenario(`scenarios/${id}`, scenarioFiles(join(SCENARIOS_DIR, id)));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file} ${e.field}: expected ${e.expected}`).join('\n'));
  return r.scenario;
}

export const rulesForScenario = (id: string) => rulesFor(loadScenario(id));
