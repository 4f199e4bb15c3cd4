// Blackmail's demand, chosen by the player: the other side's terms that may be asked for at this table now, the
// rules' suggestion ticked at first, and one button per threat with the odds it holds if the bluff is called. The
// rules check the demand when it is sent (at most a few terms) and name what is wrong with it.
import type { Action, BargainTable, Faction, PlayerView, Scenario } from '../../rules';
import { h, uid } from '../dom';
import { t } from '../messages';
import { factionName, listOf, quoted } from '../format/names';
import { describeEffects } from '../format/effects';

type Blackmail = Extract<Action, { type: 'bargain.blackmail' }>;

export interface DemandOptions {
  scenario: Scenario;
  table: BargainTable;
  view: PlayerView;
  other: Faction;
  /** The rules' blackmail moves: one per threat, each with the demand they suggest. */
  suggested: readonly Blackmail[];
  send: (action: Blackmail) => void;
}

export function demandPicker(o: DemandOptions): HTMLElement {
  const tv = o.view.negotiation.table!;
  const suggested = o.suggested[0]?.demand ?? [];
  const may = tv.terms[o.other] ?? [];
  const terms = o.scenario.terms.filter((x) => may.includes(x.id) && !tv.notNow.includes(x.id) && !o.view.commitments.some((c) => c.term === x.id && c.status === 'kept'));
  const boxes = terms.map((term) => {
    const id = uid('demand');
    const box = h('input', { type: 'checkbox', id, checked: suggested.includes(term.id), onChange: () => refresh() });
    return { term, box, item: h('li', { class: 'term' }, box, ' ', h('label', { for: id }, h('span', { class: 'term-title' }, term.title)),
      h('span', { class: 'term-effects' }, `${t('bargaining.ifAccepted')}: ${describeEffects(term.effects)}`)) };
  });
  const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.term.id);
  const threats = [...new Map(o.suggested.map((a) => [a.threat, a])).keys()];
  const buttons = threats.map((threat) => h('button', { type: 'button', onClick: () => o.send({ type: 'bargain.blackmail', threat, demand: chosen() }) }, ''));
  function refresh(): void {
    const demand = chosen();
    // At the most a blackmail may demand, the other terms wait until one is unticked.
    for (const b of boxes) b.box.disabled = !b.box.checked && demand.length >= tv.maxDemands;
    const what = demand.length ? listOf(demand.map((id) => quoted(terms.find((x) => x.id === id)!.title))) : t('bargain.demandNone');
    buttons.forEach((b, i) => {
      const threat = threats[i]!;
      b.textContent = t('bargaining.blackmail', { threat: o.table.blackmail?.threats.find((x) => x.id === threat)?.title ?? threat, to: factionName(o.other), demand: what, odds: tv.blackmailOdds[threat]?.[Math.max(1, demand.length) - 1] ?? 0 });
      b.disabled = demand.length === 0;
    });
  }
  refresh();
  return h('div', { class: 'demand-picker' },
    h('p', { class: 'muted' }, t(tv.perExtraDemand ? 'bargain.demandHelpOdds' : 'bargain.demandHelp', { max: tv.maxDemands, per: tv.perExtraDemand })),
    h('fieldset', { class: 'composer-side' }, h('legend', null, t('bargain.demandLegend', { other: factionName(o.other) })),
      h('ul', { class: 'terms' }, boxes.map((b) => b.item))),
    h('div', { class: 'button-row' }, buttons));
}
