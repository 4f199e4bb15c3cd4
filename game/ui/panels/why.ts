// The "why?" control of a track: a button that opens, on hover, on keyboard focus or on click, a popover with the
// track's last changes as chains (what happened → the rule → the paper). The popover lives in the browser's top
// layer so the scrolling dashboard cannot clip it; a click pins it open until Escape or a second click.
import type { PlayerView, Scenario, TrackId } from '../../rules/types';
import { h, uid } from '../dom';
import { t } from '../messages';
import { trackName, trackValue } from '../format/names';
import { sourceLine } from '../format/source';
import { whyTrack, type WhyChain } from '../explain/why';

/** One chain as an ordered list of its links: cause, rule steps, source. Compact: one running line, for the dial. */
export function chainView(chain: WhyChain, compact = false): HTMLElement {
  if (compact) {
    return h('li', { class: `why-item why-compact why-${chain.causeKind}` },
      h('p', null, h('span', { class: 'why-when' }, chain.when), ' ', h('strong', null, chain.cause), ...chain.rule.map((r) => ` → ${r}`)),
      sourceLine(chain.source));
  }
  return h('li', { class: `why-item why-${chain.causeKind}` },
    h('p', { class: 'why-when' }, chain.when),
    h('ol', { class: 'why-chain', 'aria-label': t('why.chainLabel') },
      h('li', { class: 'why-cause' }, h('span', { class: 'why-link-kind' }, t('why.linkCause')), chain.cause),
      chain.rule.map((r) => h('li', { class: 'why-rule' }, h('span', { class: 'why-link-kind' }, t('why.linkRule')), r)),
      h('li', { class: 'why-source' }, h('span', { class: 'why-link-kind' }, t('why.linkSource')), sourceLine(chain.source))));
}

export function whyBody(track: TrackId, view: PlayerView, scenario: Scenario, limit = 3): HTMLElement {
  const chains = whyTrack(view.log, track, scenario, limit);
  const start = scenario.tracks[track];
  return h('div', { class: 'why-body' },
    chains.length
      ? h('ol', { class: 'why-list' }, chains.map((c) => chainView(c)))
      : h('div', null, h('p', null, start ? t('why.none', { why: start.why }) : t('why.noneShort')), start ? sourceLine(start.source) : null));
}

/** One "why?" open at a time: hovering a second track closes the first, even if focus stayed on it. */
let closeOpen: (() => void) | null = null;

export function whyControl(track: TrackId, view: PlayerView, scenario: Scenario, anchor: HTMLElement): HTMLElement[] {
  const value = view.tracks[track] ?? 0;
  const popId = uid(`why-${track}`);
  const titleId = `${popId}-title`;
  const pop = h('div', { id: popId, class: 'why-pop', popover: 'manual', role: 'dialog', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, t('why.title', { track: trackName(track), value: trackValue(track, value) })),
    whyBody(track, view, scenario));
  const button = h('button', {
    type: 'button', class: 'why-button', 'aria-expanded': 'false', 'aria-controls': popId,
    'aria-label': t('why.buttonLabel', { track: trackName(track), value }),
  }, t('why.button'));
  let pinned = false;
  const show = () => {
    if (!pop.isConnected || pop.matches(':popover-open')) return;
    if (closeOpen !== hide) closeOpen?.();
    closeOpen = hide;
    pop.showPopover();
    button.setAttribute('aria-expanded', 'true');
    // Beside the row, kept inside the window.
    const r = anchor.getBoundingClientRect();
    const left = Math.min(r.right + 8, window.innerWidth - pop.offsetWidth - 8);
    const top = Math.max(8, Math.min(r.top, window.innerHeight - pop.offsetHeight - 8));
    pop.style.left = `${Math.max(8, left)}px`;
    pop.style.top = `${top}px`;
  };
  function hide(): void {
    if (closeOpen === hide) closeOpen = null;
    if (pop.matches(':popover-open')) pop.hidePopover();
    button.setAttribute('aria-expanded', 'false');
    pinned = false;
  }
  // Leaving the row closes it after a moment, so the pointer can cross the gap into the popover to scroll it.
  let leaving: ReturnType<typeof setTimeout> | undefined;
  const stay = () => clearTimeout(leaving);
  const hideUnlessPinned = () => { stay(); leaving = setTimeout(() => { if (!pinned) hide(); }, 200); };
  anchor.addEventListener('mouseenter', () => { stay(); show(); });
  anchor.addEventListener('mouseleave', hideUnlessPinned);
  pop.addEventListener('mouseenter', stay);
  pop.addEventListener('mouseleave', hideUnlessPinned);
  button.addEventListener('focus', show);
  button.addEventListener('blur', hideUnlessPinned);
  button.addEventListener('click', () => {
    if (pinned) { hide(); return; }
    show();
    pinned = true;
  });
  button.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Escape') hide(); });
  return [button, pop];
}
