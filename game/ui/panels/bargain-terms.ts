// Terms as a student reads them at the table: the term's title, binding or promise, what it does when the turn
// resolves, and where the paper says so. Shared by the offer on the table and the package builder.
import type { Faction, Scenario, Term } from '../../rules';
import { h } from '../dom';
import { t } from '../messages';
import { describeConditions, describeEffects } from '../format/effects';
import { factionName, quoted } from '../format/names';
import { sourceLine } from '../format/source';

const termOf = (scenario: Scenario, id: string): Term | undefined => scenario.terms.find((x) => x.id === id);

export const bindingTag = (binding: boolean) =>
  h('span', { class: `tag ${binding ? 'tag-binding' : 'tag-promise'}`, title: t(binding ? 'bargain.bindingHint' : 'bargain.promiseHint') },
    t(binding ? 'bargaining.binding' : 'bargaining.promise'));

/** What a term does if agreed, or if refused, and when it may be offered at all. */
function termEffects(term: Term): HTMLElement[] {
  return [
    h('span', { class: 'term-effects' }, `${t('bargaining.ifAccepted')}: ${describeEffects(term.effects)}`),
    term.refused?.length ? h('span', { class: 'term-effects' }, `${t('bargaining.ifRejected')}: ${describeEffects(term.refused)}`) : null,
    term.requires?.length ? h('span', { class: 'term-effects' }, t('bargain.onlyWhen', { conditions: describeConditions(term.requires) })) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

/** A term's effects and its citation; in the package builder, where many terms are listed, the citation is folded
 *  with the term's text, while the terms on the table show it outright. */
export function termDetails(term: Term, fold: boolean): HTMLElement[] {
  const text = h('p', { class: 'term-text' }, term.text);
  return fold
    ? [...termEffects(term), h('details', { class: 'term-more' }, h('summary', null, t('bargain.termMore')), text, sourceLine(term.source))]
    : [...termEffects(term), sourceLine(term.source), h('details', { class: 'term-more' }, h('summary', null, t('bargain.termText')), text)];
}

/** One side of a package: "Russia gives" / "Russia asks of Belarus", each term with its tag, effects and source. */
function packageSide(scenario: Scenario, label: string, ids: readonly string[]): HTMLElement {
  return h('div', { class: 'package-side' },
    h('h3', null, label),
    ids.length ? h('ul', { class: 'terms' }, ids.map((id) => {
      const term = termOf(scenario, id);
      return h('li', { class: 'term' },
        h('span', { class: 'term-title' }, `${quoted(term?.title ?? id)} `), term ? bindingTag(term.binding) : null,
        term ? termDetails(term, false) : null);
    })) : h('p', { class: 'muted' }, t('bargaining.nothing')));
}

/** The package on the table in words: what its author gives and what it asks of the other side. */
export function packageView(scenario: Scenario, from: Faction, to: Faction, pkg: { give: readonly string[]; ask: readonly string[] }): HTMLElement {
  return h('div', { class: 'package-view' },
    packageSide(scenario, t('bargain.gives', { faction: factionName(from) }), pkg.give),
    packageSide(scenario, t('bargain.asks', { faction: factionName(from), other: factionName(to) }), pkg.ask));
}
