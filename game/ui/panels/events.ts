// Event cards: what happened in the world, dated and cited, with rumours marked uncertain. On a turn screen
// they are folded to title and date (the orders need the room); the turn summary shows them open to the room.
import type { EventCard, Scenario } from '../../rules';
import { h } from '../dom';
import { t } from '../messages';
import { describeEffects } from '../format/effects';
import { sourceLine } from '../format/source';

export function eventsPanel(scenario: Scenario, eventIds: readonly string[], heading: string, open: boolean): HTMLElement {
  const events = eventIds.map((id) => scenario.events.find((e) => e.id === id)).filter((e): e is EventCard => e !== undefined);
  return h('section', { class: 'panel events', 'aria-label': heading },
    h('h2', null, heading),
    open || !events.length ? null : h('p', { class: 'muted' }, t('events.readHint')),
    events.length ? h('ul', { class: 'cards' }, events.map((e) => eventCard(e, open))) : h('p', { class: 'muted' }, t('events.none')),
  );
}

function eventCard(e: EventCard, open: boolean): HTMLElement {
  return h('li', { class: 'card event-card' },
    h('details', { open },
      h('summary', null,
        h('span', { class: 'event-title' }, e.title),
        e.hedged ? [' ', h('span', { class: 'tag tag-uncertain', title: t('events.uncertainHint') }, t('events.uncertain'))] : null,
        e.date ? h('span', { class: 'date' }, e.date) : null),
      h('p', null, e.text),
      e.hedged ? h('p', { class: 'muted' }, t('events.uncertainHint')) : null,
      e.effects.length ? h('p', { class: 'effects' }, h('strong', null, `${t('orders.effects')}: `), describeEffects(e.effects)) : null,
      sourceLine(e.source)),
  );
}
