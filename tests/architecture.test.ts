// The one-way dependencies of ARCHITECTURE.md, enforced: rules are pure and import nothing outside rules
// (but xstate and zod); Phaser only in map/, zustand only in store/, xstate only in rules/ and app/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const GAME = join(import.meta.dirname, '../game');
const files = (readdirSync(GAME, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ path: f.replaceAll('\\', '/'), text: readFileSync(join(GAME, f), 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
const layer = (path: string) => path.split('/')[0]!;

describe('architecture', () => {
  it('finds the source files', () => expect(files.length).toBeGreaterThan(10));

  it('keeps the rules pure: no DOM, timers, Date, Math.random, Phaser or zustand', () => {
    for (const f of files.filter((x) => layer(x.path) === 'rules')) {
      const code = f.text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code, f.path).not.toMatch(/\b(Math\.random|Date\.now|new Date|setTimeout|setInterval|requestAnimationFrame|document\.|window\.|localStorage)\b/);
      for (const spec of importsOf(f.text)) {
        const ok = spec.startsWith('.') ? !relative(join(GAME, 'rules'), join(GAME, f.path, '..', spec)).startsWith('..') : ['xstate', 'zod'].includes(spec);
        expect(ok, `${f.path} imports ${spec}`).toBe(true);
      }
    }
  });

  it.each([
    ['phaser', ['map']],
    ['zustand', ['store']],
    ['xstate', ['rules', 'app']],
  ])('imports %s only from %j', (pkg, allowed) => {
    for (const f of files) {
      const uses = importsOf(f.text).some((s) => s === pkg || s.startsWith(`${pkg}/`));
      if (uses) expect(allowed, `${f.path} imports ${pkg}`).toContain(layer(f.path));
    }
  });

  it('lets map, ui and store read the rules\' types and static tables, never call the rules', () => {
    const tables = /\/rules\/(types|sections|tracks)$/;
    for (const f of files.filter((x) => ['map', 'ui', 'store'].includes(layer(x.path)))) {
      for (const spec of importsOf(f.text).filter((s) => s.includes('rules') && !tables.test(s))) {
        const typeOnly = new RegExp(`import\\s+type[^;]*['"]${spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`).test(f.text);
        expect(typeOnly, `${f.path} imports values from ${spec}`).toBe(true);
      }
    }
  });
});
