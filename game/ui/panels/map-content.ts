// What the map shows, as words: the units present, the sites, each flow's strength and each overlay drawn, read
// from the scenario's map data and the rules' view (never from Phaser), and the sentences that announce how one
// view's map differs from the last. Pure, so a screen reader's account of the canvas can be tested.
import type { Faction, MapFlow, MapOverlay, MapSite, PlayerView, ScenarioMap } from '../../rules';
import { t } from '../messages';
import { factionName } from '../format/names';

export interface MapContent {
  units: { id: string; name: string; faction: Faction }[];
  sites: Pick<MapSite, 'id' | 'name' | 'kind'>[];
  /** strength 0 (cut) to 1 (full). */
  flows: (Pick<MapFlow, 'id' | 'name' | 'kind'> & { strength: number })[];
  overlays: (Pick<MapOverlay, 'id' | 'name' | 'kind' | 'faction'> & { strength: number })[];
}

export function mapContent(map: ScenarioMap, shown: PlayerView['map']): MapContent {
  return {
    units: map.units.filter((u) => shown.units.includes(u.id)).map(({ id, name, faction }) => ({ id, name, faction })),
    sites: map.sites.map(({ id, name, kind }) => ({ id, name, kind })),
    flows: map.flows.map(({ id, name, kind }) => ({ id, name, kind, strength: shown.flows[id] ?? 1 })),
    overlays: (map.overlays ?? []).filter((o) => shown.overlays[o.id] !== undefined)
      .map(({ id, name, kind, faction }) => ({ id, name, kind, faction, strength: shown.overlays[id]! })),
  };
}

const percent = (strength: number) => Math.round(strength * 100);

/** "cut", "full" or "at 60%": how a flow (or an overlay's strength) reads out. */
export function strengthWords(strength: number): string {
  if (strength <= 0) return t('mirror.strength.cut');
  if (strength >= 1) return t('mirror.strength.full');
  return t('mirror.strength.part', { percent: percent(strength) });
}

/** One sentence per change between two readings of the map; none for the first reading or no change. */
export function mapChanges(before: MapContent | null, after: MapContent): string[] {
  if (!before) return [];
  const out: string[] = [];
  const unitWas = new Set(before.units.map((u) => u.id));
  const unitIs = new Set(after.units.map((u) => u.id));
  for (const u of after.units) if (!unitWas.has(u.id)) out.push(t('mirror.change.unitIn', { name: u.name, faction: factionName(u.faction) }));
  for (const u of before.units) if (!unitIs.has(u.id)) out.push(t('mirror.change.unitOut', { name: u.name, faction: factionName(u.faction) }));

  for (const f of after.flows) {
    const was = before.flows.find((x) => x.id === f.id)?.strength ?? 1;
    if (percent(was) === percent(f.strength)) continue;
    if (f.strength <= 0) out.push(t('mirror.change.flowCut', { name: f.name }));
    else if (was <= 0) out.push(t('mirror.change.flowRestored', { name: f.name, strength: strengthWords(f.strength) }));
    else out.push(t(f.strength > was ? 'mirror.change.flowUp' : 'mirror.change.flowDown', { name: f.name, strength: strengthWords(f.strength) }));
  }

  for (const o of after.overlays) {
    const was = before.overlays.find((x) => x.id === o.id);
    if (!was) out.push(t(`mirror.change.drawn.${o.kind}`, { name: o.name }));
    else if (percent(was.strength) !== percent(o.strength)) {
      out.push(t(o.strength > was.strength ? 'mirror.change.overlayUp' : 'mirror.change.overlayDown', { name: o.name, percent: percent(o.strength) }));
    }
  }
  for (const o of before.overlays) if (!after.overlays.some((x) => x.id === o.id)) out.push(t('mirror.change.removed', { name: o.name }));
  return out;
}
