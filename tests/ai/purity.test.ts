// game/ai is pure and sits on the rules only (ARCHITECTURE.md): no DOM, timers, Date or Math.random, and no
// import from outside game/ai and game/rules, so bots run the same in a test, a worker and the simulator.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const GAME = join(import.meta.dirname, '../../game');
const AI = join(GAME, 'ai');
const files = readdirSync(AI).filter((f) => f.endsWith('.ts')).map((f) => ({ name: f, text: readFileSync(join(AI, f), 'utf8') }));

describe('game/ai', () => {
  it.each(files.map((f) => [f.name, f.text]))('%s is pure and imports only game/ai and game/rules', (_name, text) => {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/\b(Math\.random|Date\.now|new Date|performance\.now|setTimeout|setInterval|requestAnimationFrame|document\.|window\.|localStorage)\b/);
    for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      expect(spec!.startsWith('.'), `imports ${spec}`).toBe(true);
      const layer = relative(GAME, join(AI, spec!)).split(/[\\/]/)[0];
      expect(['ai', 'rules'], `imports ${spec}`).toContain(layer);
    }
  });
});
