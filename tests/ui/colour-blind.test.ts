// Colours that carry meaning stay apart for colour-blind players: the faction palette of the interface and the
// dial's zones, read from the stylesheet and compared under simulated protanopia, deuteranopia and tritanopia.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OVERLAY_TONE } from '../../game/map/style';
import { DEFICIENCIES, deltaE, hexToRgb, simulate } from './colour-vision';

const css = readFileSync(new URL('../../game/ui/styles.css', import.meta.url), 'utf8');
const cssVar = (name: string): string => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!m) throw new Error(`styles.css defines no --${name} colour`);
  return m[1]!;
};
const pairs = <T>(xs: readonly T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as const));
const VISIONS = [['typical', null], ...Object.entries(DEFICIENCIES)] as const;

describe('colour-vision simulation', () => {
  it('leaves grey greys and maps pure red and green together under deuteranopia', () => {
    const grey = simulate(hexToRgb('#808080'), DEFICIENCIES.deuteranopia);
    expect(Math.max(...grey) - Math.min(...grey)).toBeLessThan(0.01);
    expect(deltaE('#ff0000', '#00ff00', null)).toBeGreaterThan(100);
    expect(deltaE('#cc3333', '#669933', DEFICIENCIES.deuteranopia)).toBeLessThan(deltaE('#cc3333', '#669933', null) / 3);
  });
});

describe('faction colours', () => {
  const factions = ['belarus', 'russia', 'nato'] as const;
  // ΔE 30 is a difference seen at a glance; the red–green deficiencies are the common ones (about 1 man in 12).
  it.each(VISIONS.filter(([v]) => v !== 'tritanopia'))('are far apart (ΔE ≥ 30) with %s vision', (_, matrix) => {
    for (const [a, b] of pairs(factions)) expect(deltaE(cssVar(a), cssVar(b), matrix), `${a} vs ${b}`).toBeGreaterThanOrEqual(30);
  });
  it('stay distinguishable (ΔE ≥ 10) with tritanopia, where every faction is also named in its label', () => {
    for (const [a, b] of pairs(factions)) expect(deltaE(cssVar(a), cssVar(b), DEFICIENCIES.tritanopia), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
  });
  it('carry white label text at WCAG AA contrast (4.5:1)', () => {
    const luminance = (hex: string) => { const [r, g, b] = simulate(hexToRgb(hex), null); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    for (const f of factions) expect((1.05) / (luminance(cssVar(f)) + 0.05), f).toBeGreaterThanOrEqual(4.5);
  });
});

describe('entrapment dial zones', () => {
  it.each(VISIONS)('differ (ΔE ≥ 12) with %s vision, besides their stripes and labels', (_, matrix) => {
    for (const [a, b] of pairs(['zone-abandon', 'zone-hedge', 'zone-entrap'])) {
      expect(deltaE(cssVar(a), cssVar(b), matrix), `${a} vs ${b}`).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('map overlay tones', () => {
  const tones = ['russia', 'nato', 'belarus'] as const;
  it('are far apart (ΔE ≥ 30) with typical vision', () => {
    for (const [a, b] of pairs(tones)) expect(deltaE(OVERLAY_TONE[a].tint, OVERLAY_TONE[b].tint, null), `${a} vs ${b}`).toBeGreaterThanOrEqual(30);
  });
  // Russia's red and Belarus' green (the APP-6 hostile and neutral colours) come close under deuteranopia, which is
  // why every faction's overlay also carries its own pattern (stripes, dots, lines: game/map/overlay-paint.ts).
  it.each(Object.entries(DEFICIENCIES))('stay apart (ΔE ≥ 8) with %s, their patterns doing the rest', (_, matrix) => {
    for (const [a, b] of pairs(tones)) expect(deltaE(OVERLAY_TONE[a].tint, OVERLAY_TONE[b].tint, matrix), `${a} vs ${b}`).toBeGreaterThanOrEqual(8);
  });
});
