// Where a card, event, deal or logged change comes from: the paper's sections by title, or an admitted
// extrapolation, shown on every item so players can check the game against the paper.
import type { Source } from '../../rules';
import { SECTIONS } from '../../rules/sections';
import { h } from '../dom';
import { t } from '../messages';

export function sourceLine(source: Source): HTMLElement {
  return h('p', { class: 'source' },
    source.cite.length ? t('source.paper', { sections: source.cite.map((id) => SECTIONS[id]).join('; ') }) : null,
    source.extrapolation ? [source.cite.length ? ' ' : null, h('span', { class: 'tag tag-extrapolation' }, t('source.extrapolation')), ` ${source.extrapolation}`] : null,
  );
}
