// The map's words: what the text mirror lists, and the announcements between two views of the map.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ScenarioMap } from '../../game/rules';
import { mapChanges, mapContent, strengthWords } from '../../game/ui/panels/map-content';

const source = { cite: [], extrapolation: 'test' };
const MAP: ScenarioMap = {
  sites: [{ id: 'minsk', name: 'Minsk', lon: 27.5, lat: 53.9, kind: 'capital', source }],
  units: [
    { id: 'ru-radar', name: 'Radar staff', sidc: '10061000001218000000', lon: 26, lat: 52.8, faction: 'russia', source },
    { id: 'nato-efp', name: 'EFP battlegroup', sidc: '10031000001211000000', lon: 25, lat: 55, faction: 'nato', source },
  ],
  flows: [{ id: 'druzhba', name: 'Druzhba oil pipeline', kind: 'oil', path: [[30, 52], [24, 52]], track: 'economy', source }],
  overlays: [{ id: 'corridor', name: 'Suwałki corridor', kind: 'corridor', path: [[21, 54], [23, 54]], faction: 'russia', source }],
};
const shown = (units: string[], druzhba: number, overlays: Record<string, number> = {}) => ({ units, flows: { druzhba }, overlays });

describe('map content', () => {
  it('lists the units present with their faction, every flow with its strength, and only the overlays drawn', () => {
    const c = mapContent(MAP, shown(['nato-efp'], 0.5, { corridor: 1 }));
    expect(c.units).toEqual([{ id: 'nato-efp', name: 'EFP battlegroup', faction: 'nato' }]);
    expect(c.flows).toEqual([{ id: 'druzhba', name: 'Druzhba oil pipeline', kind: 'oil', strength: 0.5 }]);
    expect(c.overlays.map((o) => o.id)).toEqual(['corridor']);
    expect(mapContent(MAP, shown([], 1)).overlays).toEqual([]);
  });

  it('reads strengths as words', () => {
    expect(strengthWords(0)).toBe('cut');
    expect(strengthWords(1)).toBe('flowing in full');
    expect(strengthWords(0.6)).toBe('flowing at 60%');
  });
});

describe('map change announcements', () => {
  it('says nothing on the first view or when nothing changed', () => {
    const c = mapContent(MAP, shown(['ru-radar'], 1));
    expect(mapChanges(null, c)).toEqual([]);
    expect(mapChanges(c, mapContent(MAP, shown(['ru-radar'], 1)))).toEqual([]);
  });

  it('announces a unit appearing and leaving, with its faction', () => {
    const before = mapContent(MAP, shown(['ru-radar'], 1));
    const after = mapContent(MAP, shown(['nato-efp'], 1));
    expect(mapChanges(before, after)).toEqual([
      'On the map: EFP battlegroup (NATO) appears.',
      'On the map: Radar staff (Russia) is gone.',
    ]);
  });

  it('announces a pipeline cut, weakened and restored', () => {
    const at = (s: number) => mapContent(MAP, shown([], s));
    expect(mapChanges(at(1), at(0))).toEqual(['On the map: Druzhba oil pipeline: cut.']);
    expect(mapChanges(at(1), at(0.5))).toEqual(['On the map: Druzhba oil pipeline: weaker, now flowing at 50%.']);
    expect(mapChanges(at(0.5), at(1))).toEqual(['On the map: Druzhba oil pipeline: stronger, now flowing in full.']);
    expect(mapChanges(at(0), at(0.7))).toEqual(['On the map: Druzhba oil pipeline: open again, flowing at 70%.']);
  });

  it('announces a corridor drawn and removed', () => {
    const off = mapContent(MAP, shown([], 1));
    const on = mapContent(MAP, shown([], 1, { corridor: 1 }));
    expect(mapChanges(off, on)).toEqual(['On the map: a corridor is drawn: Suwałki corridor.']);
    expect(mapChanges(on, off)).toEqual(['On the map: Suwałki corridor is no longer drawn.']);
    const faint = mapContent(MAP, shown([], 1, { corridor: 0.2 }));
    expect(mapChanges(on, faint)).toEqual(['On the map: Suwałki corridor: drawn fainter, now 20%.']);
    expect(mapChanges(faint, on)).toEqual(['On the map: Suwałki corridor: drawn stronger, now 100%.']);
  });

  it('announces exactly one sentence per unit that changed presence', () => {
    const ids = MAP.units.map((u) => u.id);
    fc.assert(fc.property(fc.subarray(ids), fc.subarray(ids), (a, b) => {
      const said = mapChanges(mapContent(MAP, shown(a, 1)), mapContent(MAP, shown(b, 1)));
      const changed = ids.filter((id) => a.includes(id) !== b.includes(id)).length;
      expect(said.length).toBe(changed);
    }));
  });
});
