// A scenario is called one thing wherever a student meets it: the menu, the handouts, the report and the projector
// read its title, and the README lists it under that title. The Suwałki scenario was "Corridor" in the menu,
// "Corridor (Suwałki)" in the README and "The Suwałki crisis" on its decision point; the paper calls the place "the
// Suwałki gap" (Introduction, Conclusions), and the corridor is Moscow's route across it, "a land corridor to
// Kaliningrad" (Realities > NATO's dilemmas).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionName, trackName } from '../../game/ui/format/names';
import { loadScenario, scenarioIds } from '../../scripts/scenario-files';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('scenario names', () => {
  it.each(scenarioIds())('%s is listed in the README under its menu title, and the title is no raw id', (id) => {
    const { title } = loadScenario(id);
    expect(readme).toContain(`| ${title} |`);
    expect(title).not.toBe(id);
  });

  it('the Suwałki scenario, its decision point and its track name the gap as the paper does, and the corridor as Moscow’s route', () => {
    const suwalki = loadScenario('suwalki');
    expect(suwalki.title).toBe('Suwałki Gap');
    expect(decisionName('suwalki')).toBe('Suwałki gap crisis');
    expect(trackName('corridor')).toBe('Land corridor to Kaliningrad');
    expect(suwalki.map.overlays?.find((o) => o.id === 'corridor-route')?.name).toBe('Russian land corridor to Kaliningrad');
  });
});
