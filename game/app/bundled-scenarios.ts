// The scenario folders shipped in scenarios/, fetched lazily so that content stays out of the first load. The build
// reads each folder with the same parser as a facilitator's files (vite.config.ts, checkedScenarios) and ships what it
// read; the raw files come along for a folder it found problems in, whose problems the page then shows, as it does
// for a facilitator's. A folder's checked scenario is one chunk, its files another (vite.config.ts).
import type { Scenario } from '../rules';
import type { ScenarioFiles } from './catalogue';

const modules = import.meta.glob<string>('/scenarios/*/*.json', { query: '?raw', import: 'default' });
/** null where the folder has problems. */
const checked = import.meta.glob<Scenario | null>('/scenarios/*/scenario.json', { query: '?checked', import: 'default' });

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

/** These folders as the build read them: the scenario where it found no problem, otherwise the files to be read. */
export async function loadCheckedScenarios(only: readonly string[]): Promise<{ checked: Record<string, Scenario>; folders: Record<string, ScenarioFiles> }> {
  const read = await Promise.all(Object.entries(checked).filter(([path]) => only.includes(folderOf(path))).map(async ([path, load]) => [folderOf(path), await load()] as const));
  const ok = read.flatMap(([folder, scenario]) => (scenario ? [[folder, scenario] as const] : []));
  const unread = read.flatMap(([folder, scenario]) => (scenario ? [] : [folder]));
  return { checked: Object.fromEntries(ok), folders: unread.length ? await loadBundledScenarios(unread) : {} };
}
