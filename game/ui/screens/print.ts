// Printable handouts: the role briefs (basic, or advanced for a seminar), one faction per page, and a one-page
// rules summary. Shown first as a preview over the game, with Print and Close; the print styles then put only
// the handout on paper.
import type { Faction, Scenario } from '../../rules';
import { TRACKS } from '../../rules/tracks';
import { FACTIONS } from '../../rules/types';
import { h, uid } from '../dom';
import { t } from '../messages';
import { factionName, listOf } from '../format/names';

export type Handout = 'briefs' | 'advancedBriefs' | 'rules';

/** Paragraphs split at blank lines; single line breaks inside are kept by `white-space: pre-line`. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => h('p', { class: 'print-text' }, p.trim()));

function briefPage(scenario: Scenario, faction: Faction, advanced: boolean): HTMLElement {
  const text = (advanced ? scenario.advancedBriefs?.[faction] : undefined) ?? scenario.briefs[faction];
  return h('article', { class: `print-page faction-${faction}` },
    h('p', { class: 'print-kicker' }, `${scenario.title} · ${scenario.period}`),
    h('h2', null, h('span', { class: `faction-label faction-${faction}` }, factionName(faction)), ' ',
      t(advanced ? 'print.advancedBrief' : 'print.brief'), h('span', { class: 'seat-place' }, ` · ${t(`factionSeat.${faction}`)}`)),
    paragraphs(text),
    h('p', { class: 'print-foot' }, t('print.budget', { budget: scenario.budget[faction], max: scenario.maxOrders, turns: scenario.turns })));
}

/** The dial's zones are the track's own thresholds, as on the dial itself. */
const threshold = (dir: 'up' | 'down') => TRACKS.allianceCommitment.thresholds.find((th) => th.dir === dir)?.at ?? '';

function rulesPage(scenario: Scenario): HTMLElement {
  const part = (key: 'turn' | 'orders' | 'bargaining' | 'dial' | 'victory', items: string[]) =>
    h('section', { class: 'rules-part' }, h('h3', null, t(`rules.${key}.title`)), h('ul', null, items.map((i) => h('li', null, i))));
  return h('article', { class: 'print-page rules-page' },
    h('p', { class: 'print-kicker' }, `${scenario.title} · ${scenario.period}`),
    h('h2', null, t('rules.title')),
    h('p', null, t('rules.intro', { turns: scenario.turns, period: scenario.period })),
    part('turn', [t('rules.turn.1'), t('rules.turn.2'), t('rules.turn.3'), t('rules.turn.4'), t('rules.turn.5')]),
    part('orders', [
      t('rules.orders.1', { max: scenario.maxOrders, belarus: scenario.budget.belarus, russia: scenario.budget.russia, nato: scenario.budget.nato }),
      t('rules.orders.2'), t('rules.orders.3')]),
    part('bargaining', [t('rules.bargaining.1', { tables: listOf(scenario.tables.map((table) => `${factionName(table.opener)} ↔ ${factionName(table.parties.find((f) => f !== table.opener)!)}`)) }), t('rules.bargaining.2'), t('rules.bargaining.3')]),
    part('dial', [t('rules.dial.1'), t('rules.dial.2', { at: threshold('down') }), t('rules.dial.3', { at: threshold('up') })]),
    part('victory', [t('rules.victory.1'), t('rules.victory.2'), t('rules.victory.3')]));
}

/** Opens the handout's preview; printing it prints the handout alone. Focus returns where it was on close. */
export function openPrintView(scenario: Scenario, handout: Handout): void {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = uid('print-title');
  const advanced = handout === 'advancedBriefs' && scenario.advancedBriefs !== undefined;
  const pages = handout === 'rules' ? [rulesPage(scenario)] : FACTIONS.map((f) => briefPage(scenario, f, advanced));
  const print = h('button', { type: 'button', class: 'primary' }, t('print.print'));
  const close = h('button', { type: 'button' }, t('print.close'));
  const view = h('dialog', { class: 'print-view', 'aria-labelledby': titleId },
    h('div', { class: 'print-toolbar' },
      h('h1', { id: titleId, class: 'print-title' }, t(`print.title.${handout === 'rules' ? 'rules' : advanced ? 'advancedBriefs' : 'briefs'}`, { title: scenario.title })),
      h('p', { class: 'muted' }, t(handout === 'rules' ? 'print.hint.rules' : 'print.hint.briefs')),
      h('div', { class: 'button-row' }, print, close)),
    pages);
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', () => view.close());
  view.addEventListener('close', () => {
    view.remove();
    document.body.classList.remove('printing');
    back?.focus();
  });
  document.body.classList.add('printing');
  document.body.append(view);
  view.showModal();
}

/** The buttons that open the handouts of a scenario, for the menu and the seats screen. */
export function printButtons(scenario: Scenario): HTMLElement {
  const button = (handout: Handout, key: 'print.open.briefs' | 'print.open.advancedBriefs' | 'print.open.rules') =>
    h('button', { type: 'button', onClick: () => openPrintView(scenario, handout) }, t(key));
  return h('div', { class: 'print-buttons button-row' },
    button('briefs', 'print.open.briefs'),
    scenario.advancedBriefs ? button('advancedBriefs', 'print.open.advancedBriefs') : null,
    button('rules', 'print.open.rules'));
}
