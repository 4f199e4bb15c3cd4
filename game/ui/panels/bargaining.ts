// The bargaining table (GAME-DESIGN §2.5): the offerer sees the deals the rules allow now and may offer one or
// pass; the receiver sees the offer with what accepting and rejecting would do. Binding deals are labelled.
import type { Action, Deal, PlayerView, Scenario } from '../../rules';
import type { SendIntent } from '../../app/intents';
import { h } from '../dom';
import { t } from '../messages';
import { describeEffects } from '../format/effects';
import { dealTitle, factionName } from '../format/names';
import { sourceLine } from '../format/source';

export function bargainingPanel(scenario: Scenario, view: PlayerView, legal: readonly Action[], send: SendIntent): HTMLElement {
  const actAs = (action: Action) => () => send({ type: 'turn.act', action, seq: view.seq });
  const offers = legal.flatMap((a) => (a.type === 'bargain.offer' ? scenario.deals.filter((d) => d.id === a.deal) : []));
  const pending = view.bargains.find((b) => b.accepted === null);
  const table = pending ?? offers[0];
  const from = table?.from;
  const to = table?.to;

  let body: HTMLElement[];
  if (pending) {
    const deal = scenario.deals.find((d) => d.id === pending.deal);
    body = [
      h('p', null, t('bargaining.respondIntro', { from: factionName(pending.from) })),
      deal ? h('ul', { class: 'cards' }, dealCard(deal, null)) : h('p', null, pending.deal),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'primary', onClick: actAs({ type: 'bargain.accept' }) }, t('bargaining.accept')),
        h('button', { type: 'button', onClick: actAs({ type: 'bargain.reject' }) }, t('bargaining.reject'))),
    ];
  } else {
    body = [
      h('p', { class: 'muted' }, t('bargaining.offerIntro', { to: to ? factionName(to) : '' })),
      h('ul', { class: 'cards' }, offers.map((d) => dealCard(d, h('button', { type: 'button', class: 'primary', onClick: actAs({ type: 'bargain.offer', deal: d.id }) }, t('bargaining.offer', { title: d.title }))))),
      h('button', { type: 'button', onClick: actAs({ type: 'bargain.pass' }) }, t('bargaining.pass')),
    ];
  }

  const earlier = view.bargains.filter((b) => b !== pending);
  return h('section', { class: 'panel bargaining', 'aria-labelledby': 'bargaining-title' },
    h('h2', { id: 'bargaining-title' }, from && to ? t('bargaining.title', { from: factionName(from), to: factionName(to) }) : t('turn.phase.bargaining')),
    body,
    earlier.length ? [h('h3', null, t('bargaining.earlier')), h('ul', { class: 'plain' }, earlier.map((b) =>
      h('li', null, `${factionName(b.from)} → ${factionName(b.to)}: “${dealTitle(scenario, b.deal)}”, ${t(b.accepted ? 'bargaining.accepted' : 'bargaining.rejected')}`)))] : null,
    view.commitments.length ? [h('h3', null, t('bargaining.commitments')), h('ul', { class: 'plain' }, view.commitments.map((c) =>
      h('li', null, `“${dealTitle(scenario, c.deal)}” (${t('log.turn', { turn: c.turn })})`)))] : null,
  );
}

/** A deal as a card; `action` is the offer button, or null when the deal is already on the table. */
function dealCard(d: Deal, action: HTMLElement | null): HTMLElement {
  return h('li', { class: 'card deal-card' },
    h('h3', null, d.title, ' ', h('span', { class: `tag ${d.binding ? 'tag-binding' : 'tag-promise'}` }, t(d.binding ? 'bargaining.binding' : 'bargaining.promise'))),
    h('p', null, d.text),
    h('p', { class: 'effects' }, h('strong', null, `${t('bargaining.ifAccepted')}: `), describeEffects(d.onAccept)),
    h('p', { class: 'effects' }, h('strong', null, `${t('bargaining.ifRejected')}: `), describeEffects(d.onReject)),
    sourceLine(d.source),
    action,
  );
}
