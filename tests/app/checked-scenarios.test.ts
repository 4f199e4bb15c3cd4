// The build reads every shipped scenario folder with the rules' parser (vite.config.ts, ?checked) and the page starts
// from what it read: it must be exactly what the page would read from the files itself, key order included (the
// scenario's hash in saves and every listing that walks its objects depend on it).
import { describe, expect, it } from 'vitest';
import { bundledFolders, loadBundledScenarios, loadCheckedScenarios } from '../../game/app/bundled-scenarios';
import { parseScenario } from '../../game/rules';

describe('shipped scenarios checked at build time', () => {
  it('are the scenarios the parser reads from their files, for every folder', async () => {
    const { checked, folders } = await loadCheckedScenarios(bundledFolders);
    expect(Object.keys(folders)).toEqual([]);
    expect(Object.keys(checked).sort()).toEqual([...bundledFolders].sort());
    const files = await loadBundledScenarios();
    for (const folder of bundledFolders) {
      const parsed = parseScenario(folder, files[folder]!);
      if (!parsed.ok) throw new Error(`${folder}: ${JSON.stringify(parsed.errors)}`);
      expect(checked[folder]).toStrictEqual(parsed.scenario);
      expect(JSON.stringify(checked[folder])).toBe(JSON.stringify(parsed.scenario));
    }
  });
});
