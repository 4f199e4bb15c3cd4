// The scenario folders shipped in scenarios/: fetched lazily as raw text, so content stays out of the first
// load and is validated by the same parser as a facilitator's files.
import type { ScenarioFiles } from './catalogue';

const modules = import.meta.glob<string>('/scenarios/*/*.json', { query: '?raw', import: 'default' });

/** Every folder's files: { ultimatum: { 'cards.json': '…', … }, … }. */
export async function loadBundledScenarios(): Promise<Record<string, ScenarioFiles>> {
  const entries = await Promise.all(
    Object.entries(modules).map(async ([path, load]) => {
      const [, , folder = '', file = ''] = path.split('/');
      return { folder, file, text: await load() };
    }),
  );
  const folders: Record<string, ScenarioFiles> = {};
  for (const { folder, file, text } of entries) (folders[folder] ??= {})[file] = text;
  return folders;
}
