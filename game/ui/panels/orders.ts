// The order hand: the faction's cards as checkboxes. A card can be ticked only if the hand it would make is one
// of the rules' legal actions; otherwise it is disabled with the reason. Commit sends the hand with the move number.
import type { Action, Faction, OrderCard, PlayerView, Scenario } from '../../rules';
import type { SendIntent } from '../../app/intents';
import { canUndo, emptyDraft, toggle, undo } from '../../app/draft';
import { h, uid } from '../dom';
import { t, tn } from '../messages';
import { describeConditions, describeEffects } from '../format/effects';
import { listOf, quoted } from '../format/names';
import { sourceLine } from '../format/source';

const handKey = (ids: readonly string[]) => [...ids].sort().join('|');

/** A warning on a card that would break a promise the faction has kept so far (binding terms forbid their cards
 *  outright: those are blocked with the reason instead). */
function brokenPromises(scenario: Scenario, view: PlayerView, card: string): HTMLElement | null {
  const broken = view.breaks[card];
  if (!broken) return null;
  const titles = broken.terms.map((id) => quoted(scenario.terms.find((x) => x.id === id)?.title ?? id));
  return h('p', { class: 'breach-warning' }, t('orders.breaksPromise', { terms: listOf(titles), cost: broken.credibility }));
}

export function ordersPanel(scenario: Scenario, view: PlayerView, legal: readonly Action[], faction: Faction, send: SendIntent): HTMLElement {
  const legalHands = new Map<string, string[]>();
  for (const a of legal) if (a.type === 'orders.commit') legalHands.set(handKey(a.cards), a.cards);
  const cards = scenario.cards.filter((c) => c.faction === faction);
  const budget = scenario.budget[faction];
  // The ticks are a draft with an undo history (app/draft.ts); this panel is rebuilt for every new move, so
  // a commit, reveal or roll starts a fresh draft and the next seat inherits nothing.
  let draft = emptyDraft;
  const selected = new Set<string>();

  const status = h('p', { class: 'orders-status', 'aria-live': 'polite' });
  const commit = h('button', { type: 'button', class: 'primary commit' });
  const rows = cards.map((card) => {
    const id = uid('card');
    const box = h('input', { type: 'checkbox', id, value: card.id, 'aria-describedby': `${id}-reason` });
    const reason = h('p', { class: 'reason', id: `${id}-reason` });
    box.addEventListener('change', () => { draft = toggle(draft, card.id, box.checked); showDraft(); });
    const item = h('li', { class: 'card order-card' },
      h('div', { class: 'card-head' }, box,
        h('label', { for: id }, h('span', { class: 'card-title' }, card.title), h('span', { class: 'cost' }, t('orders.cost', { cost: card.cost })))),
      h('p', null, card.text),
      h('p', { class: 'effects' }, h('strong', null, `${t('orders.effects')}: `), describeEffects(card.effects)),
      card.limit ? h('p', { class: 'muted' }, tn('orders.limit', card.limit)) : null,
      brokenPromises(scenario, view, card.id),
      sourceLine(card.source),
      reason);
    return { card, box, reason, item };
  });

  function blockReason(card: OrderCard): string {
    const used = cards.filter((c) => selected.has(c.id)).reduce((sum, c) => sum + c.cost, 0);
    if (!legalHands.has(card.id)) {
      // The rules say why (view.blocked); the reason names the failing conditions or the commitment.
      const why = view.blocked[card.id];
      if (why?.code === 'limit') return t('orders.reason.limit', { limit: why.limit });
      if (why?.code === 'forbidden-by-commitment') return t('why.forbidden', { term: quoted(scenario.terms.find((x) => x.id === why.term)?.title ?? why.term) });
      if (why?.code === 'budget') return t('why.budget', { cost: why.cost, budget: why.budget });
      const failing = why?.code === 'requires' ? why.failing : card.requires;
      const needs = failing?.length ? ` ${t('orders.requires', { conditions: describeConditions(failing) })}` : '';
      return t('orders.reason.unavailable') + needs;
    }
    if (selected.size >= scenario.maxOrders) return t('orders.reason.maxOrders', { max: scenario.maxOrders });
    if (card.cost > budget - used) return tn('orders.reason.budget', budget - used, { cost: card.cost });
    return t('orders.reason.combination');
  }

  const undoButton = h('button', { type: 'button', class: 'undo', 'aria-label': t('undo.label'), 'aria-keyshortcuts': 'Control+Z', title: t('undo.hint') }, t('undo.button'));
  function showDraft(): void {
    selected.clear();
    for (const c of draft.selected) selected.add(c);
    for (const { card, box } of rows) box.checked = selected.has(card.id);
    refresh();
  }
  const stepBack = () => { draft = undo(draft); showDraft(); };
  undoButton.addEventListener('click', stepBack);
  // Ctrl+Z anywhere on the turn screen, except in a text field, whose own undo it must not take.
  const onKey = (e: KeyboardEvent) => {
    if (!section.isConnected) { document.removeEventListener('keydown', onKey); return; }
    const target = e.target as HTMLElement | null;
    const typing = target?.isContentEditable || target?.tagName === 'TEXTAREA'
      || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type));
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !typing && canUndo(draft)) { e.preventDefault(); stepBack(); }
  };
  document.addEventListener('keydown', onKey);

  function refresh(): void {
    for (const { card, box, reason, item } of rows) {
      const open = selected.has(card.id) || legalHands.has(handKey([...selected, card.id]));
      box.disabled = !open;
      item.classList.toggle('selected', box.checked);
      item.classList.toggle('blocked', !open);
      reason.textContent = open ? '' : blockReason(card);
    }
    const used = cards.filter((c) => selected.has(c.id)).reduce((sum, c) => sum + c.cost, 0);
    status.textContent = t('orders.budget', { used, budget, count: selected.size, max: scenario.maxOrders });
    commit.textContent = selected.size ? tn('orders.commit', selected.size) : t('orders.commitNone');
    // Holding every order back is a move too, but not the one a bold button should invite before any card is ticked.
    commit.classList.toggle('primary', selected.size > 0);
    commit.disabled = !legalHands.has(handKey([...selected]));
    undoButton.disabled = !canUndo(draft);
    // The ticked hand is what a facilitated session's clock commits if time runs out (game/app/facilitator).
    send({ type: 'orders.draft', faction, cards: [...selected] });
  }

  commit.addEventListener('click', () => {
    const hand = legalHands.get(handKey([...selected]));
    if (hand) send({ type: 'turn.act', action: { type: 'orders.commit', cards: hand }, seq: view.seq });
  });
  refresh();

  const section = h('section', { class: 'panel orders', 'aria-labelledby': 'orders-title' },
    h('h2', { id: 'orders-title' }, t('orders.title')),
    h('p', { class: 'muted' }, t('orders.intro', { max: scenario.maxOrders, budget })),
    h('ul', { class: 'cards' }, rows.map((r) => r.item)),
    h('div', { class: 'commit-bar' }, status, undoButton, commit),
  );
  return section;
}
