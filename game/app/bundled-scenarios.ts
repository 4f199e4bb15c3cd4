// The scenario folders shipped in scenarios/: fetched lazily as raw text, so content stays out of the first
// load and is validated by the same parser as a facilitator's files. Each folder is one chunk (vite.config.ts).
import type { ScenarioFiles } from './catalogue';

const modules = import.meta.glob<string>('/scenarios/*/*.json', { query: '?raw', import: 'default' });

const folderOf = (path: string) => path.split('/')[2] ?? '';

/** The names of the shipped folders, known without fetching any. */
export const bundledFolders: readonly string[] = [...new Set(Object.keys(modules).map(folderOf))];

/** These folders' files (all of them by default): { ultimatum: { 'cards.json': '…', … }, … }. */
export async function loadBundledScenarios(only: readonly string[] = bundledFolders): Promise<Record<string, ScenarioFiles>> {
  const entries = await Promise.all(
    Object.entries(modules).filter(([path]) => only.includes(folderOf(path))).map(async ([path, load]) => {
      const [, , folder = '', file = ''] = path.split('/');
      return { folder, file, text: await load() };
    }),
  );
  const folders: Record<string, ScenarioFiles> = {};
  for (const { folder, file, text } of entries) (folders[folder] ??= {})[file] = text;
  return folders;
}
