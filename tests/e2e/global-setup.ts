// Builds the app as `npm run build` does, but into a directory of its own (so a concurrent build of dist/ cannot
// pull files from under the browser), and serves it on 127.0.0.1 for the whole e2e run.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = fileURLToPath(new URL(`../../dist-e2e-${process.pid}`, import.meta.url));
  await build({ configFile, logLevel: 'warn', build: { outDir } });
  const server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 4180, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
