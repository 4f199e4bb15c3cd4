// The map's accessible layer: the canvas is invisible to screen readers, so the same content is written out as
// lists (regions, units with their faction, sites, pipelines with their strength, areas drawn), folded under the
// map for anyone who prefers text. The announcer reads map changes aloud through a polite live region.
import type { PlayerView, ScenarioMap } from '../../rules';
import type { UiStore } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { factionName } from '../format/names';
import { mapChanges, mapContent, strengthWords, type MapContent } from './map-content';

const REGIONS = ['belarus', 'russia', 'nato', 'ukraine'] as const;

export function mapMirror(map: ScenarioMap, view: PlayerView): HTMLElement {
  const c = mapContent(map, view.map);
  const list = (title: string, items: string[], empty: string) => [
    h('h3', null, title),
    items.length ? h('ul', null, items.map((i) => h('li', null, i))) : h('p', { class: 'muted' }, empty),
  ];
  return h('details', { class: 'panel map-mirror' },
    h('summary', null, t('mirror.summary', { units: c.units.length, flows: c.flows.length, overlays: c.overlays.length })),
    h('section', { 'aria-label': t('mirror.title') },
      list(t('mirror.regions'), REGIONS.map((r) => t(`mirror.region.${r}`)), ''),
      list(t('mirror.units'), c.units.map((u) => t('mirror.unit', { name: u.name, faction: factionName(u.faction) })), t('mirror.noUnits')),
      list(t('mirror.flows'), c.flows.map((f) => t('mirror.flow', { name: f.name, kind: t(`mirror.flow.${f.kind}`), strength: strengthWords(f.strength) })), ''),
      list(t('mirror.overlays'), c.overlays.map((o) => t('mirror.overlay', {
        name: o.name, kind: t(`mirror.overlay.${o.kind}`), faction: o.faction ? `, ${factionName(o.faction)}` : '', percent: Math.round(o.strength * 100),
      })), t('mirror.noOverlays')),
      list(t('mirror.sites'), c.sites.map((s) => t('mirror.site', { name: s.name, kind: t(`mirror.site.${s.kind}`) })), '')));
}

/**
 * A live region outside the screens (so redrawing a screen never drops it) that announces what changed on the
 * map since the last view: a unit appearing, a pipeline cut, a corridor drawn. Returns the unsubscribe.
 */
export function mountMapAnnouncer(parent: HTMLElement, store: UiStore): () => void {
  const region = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-map-announcer': '' });
  parent.append(region);
  let last: { scenario: string; content: MapContent } | null = null;
  return store.subscribe((s) => s.view, (view) => {
    const scenario = store.getState().scenario;
    if (!view || !scenario) { last = null; return; }
    const content = mapContent(scenario.map, view.map);
    const before = last?.scenario === scenario.id ? last.content : null;
    last = { scenario: scenario.id, content };
    const said = mapChanges(before, content);
    if (said.length) region.textContent = said.join(' ');
  });
}
