// The scenarios the menu offers: every bundled folder and every folder a facilitator loaded, each either
// playable or carrying the full list of problems the rules found in its files.
import { parseScenario, type Scenario, type ScenarioIssue } from '../rules';
import type { ScenarioSummary } from '../store/store';

/** A scenario folder's raw JSON texts, by file name ("cards.json"). */
export type ScenarioFiles = Record<string, string>;

export type CatalogueEntry = { folder: string; origin: ScenarioSummary['origin'] } & (
  | { ok: true; scenario: Scenario }
  | { ok: false; issues: ScenarioIssue[] }
);

/** Bundled and loaded copies of one scenario id sit side by side, so the key names both. */
export const entryKey = (e: Pick<CatalogueEntry, 'origin' | 'folder'>) => `${e.origin}/${e.folder}`;

export function readFolder(folder: string, files: ScenarioFiles, origin: CatalogueEntry['origin']): CatalogueEntry {
  const parsed = parseScenario(folder, files);
  return parsed.ok ? { folder, origin, ok: true, scenario: parsed.scenario } : { folder, origin, ok: false, issues: parsed.errors };
}

/**
 * Loaded files come without a folder: the scenario's own id names it (so the id check passes), and a file
 * too broken to say its id is filed under "custom".
 */
export function folderOfLoadedFiles(files: ScenarioFiles): string {
  try {
    const id = (JSON.parse(files['scenario.json'] ?? '') as { id?: unknown }).id;
    return typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : 'custom';
  } catch {
    return 'custom';
  }
}

/** Playable scenarios in historical order (by start date), then the ones that cannot be played. */
export function inMenuOrder(entries: CatalogueEntry[]): CatalogueEntry[] {
  // ISO dates order as plain text; only folder names need the locale's collation, whose first use costs ~10 ms
  // (it arrives with the other scenarios, while a ?play= match is already on screen).
  return [...entries].sort((a, b) => {
    if (a.ok && b.ok) return a.scenario.startDate < b.scenario.startDate ? -1 : a.scenario.startDate > b.scenario.startDate ? 1 : 0;
    return a.ok !== b.ok ? (a.ok ? -1 : 1) : a.folder.localeCompare(b.folder);
  });
}

/** Adds an entry, replacing an earlier load of the same folder; the shipped copy stays beside it. */
export function withEntry(catalogue: readonly CatalogueEntry[], entry: CatalogueEntry): CatalogueEntry[] {
  return inMenuOrder([...catalogue.filter((e) => entryKey(e) !== entryKey(entry)), entry]);
}

export function summarise(entry: CatalogueEntry): ScenarioSummary {
  const base = { key: entryKey(entry), folder: entry.folder, origin: entry.origin };
  return entry.ok
    ? { ...base, title: entry.scenario.title, subtitle: entry.scenario.subtitle, period: entry.scenario.period, turns: entry.scenario.turns, issueCount: 0 }
    : { ...base, title: entry.folder, subtitle: '', period: '', turns: 0, issueCount: entry.issues.length };
}
