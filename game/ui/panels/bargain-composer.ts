// Building a package of one's own (GAME-DESIGN §2.5): start from a preset (or, when countering, from the offer
// turned round), then tick or untick any term either side may put on this table. The rules check the package
// when it is sent and name what is wrong with it, so the builder lists every term of the table's categories and
// says when a term only counts under conditions.
import type { BargainTable, Commitment, Faction, Package, Scenario, TableView, Term } from '../../rules';
import { h, uid } from '../dom';
import { t, tn } from '../messages';
import { packageText, presetId } from '../format/bargain-log';
import { describeConditions } from '../format/effects';
import { factionName, quoted } from '../format/names';
import { bindingTag, termDetails } from './bargain-terms';

export interface ComposerOptions {
  scenario: Scenario;
  table: BargainTable;
  mover: Faction;
  other: Faction;
  commitments: readonly Commitment[];
  /** The terms each party may put on this table (TableView.terms). */
  terms: TableView['terms'];
  /** Terms whose conditions do not hold now (TableView.notNow). */
  notNow: readonly string[];
  /** Packages to start from: the presets the rules list now. */
  presets: readonly Package[];
  /** When countering: the offer turned round, ticked at first. */
  start: Package | null;
  submit: 'offer' | 'counter';
  send: (pkg: Package) => void;
}

/** Terms `owner` may put on this table (the rules say which). Those already promised are listed too, as are those
 *  waiting on a condition: the builder says why they cannot be ticked. */
function tableTerms(o: ComposerOptions, owner: Faction): Term[] {
  const ids = o.terms[owner] ?? [];
  return o.scenario.terms.filter((x) => ids.includes(x.id));
}

const promised = (o: ComposerOptions, id: string) => o.commitments.some((c) => c.term === id && c.status === 'kept');

/** Why a term cannot be ticked now, or null: already promised (it stands in the ledger), or a condition fails. */
function termBlock(o: ComposerOptions, term: Term): string | null {
  if (promised(o, term.id)) return t('bargain.promised');
  return o.notNow.includes(term.id) ? t('bargain.notNow', { conditions: describeConditions(term.requires ?? []) }) : null;
}

/** The mover's presets for this table that cannot be offered now, each with why: listed, not offered, so that a
 *  player whose presets have gone sees why. */
function waitingPresets(o: ComposerOptions): string[] {
  return o.scenario.deals.filter((d) => d.from === o.mover && d.to === o.other).flatMap((d) => {
    const ids = [...d.give, ...d.ask];
    if (ids.some((id) => promised(o, id))) return [t('bargain.presetPromised', { title: quoted(d.title) })];
    const waiting = ids.filter((id) => o.notNow.includes(id));
    if (!waiting.length) return [];
    const needs = waiting.flatMap((id) => o.scenario.terms.find((x) => x.id === id)?.requires ?? []);
    return [t('bargain.presetNotNow', { title: quoted(d.title), conditions: describeConditions(needs) })];
  });
}

export function packageComposer(o: ComposerOptions): HTMLElement {
  const boxes: { side: 'give' | 'ask'; id: string; box: HTMLInputElement }[] = [];
  const count = h('p', { class: 'composer-count', 'aria-live': 'polite' });
  const submit = h('button', { type: 'button', class: 'primary', onClick: () => o.send(chosen()) }, t(o.submit === 'offer' ? 'bargain.sendOffer' : 'bargain.sendCounter'));
  const chosen = (): Package => ({
    give: boxes.filter((b) => b.side === 'give' && b.box.checked).map((b) => b.id),
    ask: boxes.filter((b) => b.side === 'ask' && b.box.checked).map((b) => b.id),
  });
  const refresh = () => {
    const pkg = chosen();
    const n = pkg.give.length + pkg.ask.length;
    count.textContent = n ? tn('bargain.composed', n, { package: packageText(o.scenario, '', pkg) }) : t('bargain.composedNone');
    submit.disabled = n === 0;
  };
  const tick = (pkg: Package) => {
    for (const b of boxes) b.box.checked = (b.side === 'give' ? pkg.give : pkg.ask).includes(b.id);
    refresh();
  };

  const side = (which: 'give' | 'ask', owner: Faction) => {
    const terms = tableTerms(o, owner);
    return h('fieldset', { class: 'composer-side' },
      h('legend', null, t(which === 'give' ? 'bargain.youGive' : 'bargain.youAsk', { faction: factionName(o.mover), other: factionName(o.other) })),
      terms.length ? h('ul', { class: 'terms' }, terms.map((term) => {
        const id = uid('term');
        // A term that cannot be offered now stays listed, so the player sees why, but cannot be ticked.
        const block = termBlock(o, term);
        const box = h('input', { type: 'checkbox', id, onChange: refresh, disabled: block !== null });
        boxes.push({ side: which, id: term.id, box });
        return h('li', { class: block ? 'term not-now' : 'term' }, box, ' ',
          h('label', { for: id }, h('span', { class: 'term-title' }, term.title), ' ', bindingTag(term.binding)),
          block ? h('p', { class: 'muted' }, block) : null,
          termDetails(term, true));
      })) : h('p', { class: 'muted' }, t('bargain.noTerms')));
  };

  const presetLabel = (p: Package) => packageText(o.scenario, presetId(o.scenario, o.mover, o.other, p), p);
  const starts = [...(o.start ? [{ label: t('bargain.startTurned'), pkg: o.start }] : []), ...o.presets.map((p) => ({ label: presetLabel(p), pkg: p }))];
  const selectId = uid('preset');
  const select = h('select', { id: selectId, onChange: () => { const s = starts[Number(select.value)]; tick(s ? s.pkg : { give: [], ask: [] }); } },
    h('option', { value: '' }, t('bargain.startEmpty')),
    starts.map((s, i) => h('option', { value: String(i) }, s.label)),
    waitingPresets(o).map((label) => h('option', { disabled: true }, label)));

  const form = h('div', { class: 'composer' },
    h('p', { class: 'muted' }, t('bargain.composerHelp')),
    h('p', { class: 'composer-start' }, h('label', { for: selectId }, `${t('bargain.startFrom')} `), select),
    side('give', o.mover), side('ask', o.other),
    count, submit);
  const first = o.start ?? null;
  if (first) { select.value = '0'; tick(first); } else refresh();
  return form;
}
