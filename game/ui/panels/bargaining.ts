// The bargaining table (GAME-DESIGN §2.5): whoever must move at the sitting table sees the packages the rules
// list now (presets and small variations) and the answers open to it: accept, reject, counter, stall, threaten,
// blackmail; Russia facing blackmail sees the odds before it concedes or calls the bluff. Below, for everyone:
// this turn's offers, standing threats, credibility and the ledger. A richer table is built on the same view.
import type { Action, Deal, Faction, Package, PlayerView, Scenario } from '../../rules';
import type { SendIntent } from '../../app/intents';
import { h } from '../dom';
import { t } from '../messages';
import { describeEffects } from '../format/effects';
import { packageText, termTitle } from '../format/bargain-log';
import { cardTitle, factionName, listOf } from '../format/names';
import { sourceLine } from '../format/source';

type Offer = Extract<Action, { type: 'bargain.offer' | 'bargain.counter' }>;

/** A listed package with its preset's title and text, or its terms' titles when it is a variation. */
function asDeal(scenario: Scenario, from: Faction, to: Faction, pkg: Package): Deal {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const preset = scenario.deals.find((d) => d.from === from && d.to === to && same(d.give, pkg.give) && same(d.ask, pkg.ask));
  if (preset) return preset;
  const terms = [...pkg.give, ...pkg.ask].map((id) => scenario.terms.find((x) => x.id === id)!);
  return {
    id: '', from, to, title: packageText(scenario, '', pkg), text: terms.map((x) => x.text).join(' '), give: pkg.give, ask: pkg.ask,
    source: terms[0]!.source, binding: terms.every((x) => x.binding), onAccept: terms.flatMap((x) => x.effects), onReject: terms.flatMap((x) => x.refused ?? []),
  };
}

export function bargainingPanel(scenario: Scenario, view: PlayerView, legal: readonly Action[], send: SendIntent): HTMLElement {
  const actAs = (action: Action) => () => send({ type: 'turn.act', action, seq: view.seq });
  const button = (label: string, action: Action, primary = false) => h('button', { type: 'button', class: primary ? 'primary' : undefined, onClick: actAs(action) }, label);
  const table = view.negotiation.table;
  const mover = table?.mover ?? null;
  const other = table && mover ? (table.parties[0] === mover ? table.parties[1] : table.parties[0]) : null;
  const threatTitle = (id: string) => scenario.tables.find((x) => x.id === table?.id)?.blackmail?.threats.find((x) => x.id === id)?.title ?? id;
  const of = <T extends Action['type']>(type: T) => legal.filter((a): a is Extract<Action, { type: T }> => a.type === type);

  const packageCard = (d: Deal, action: HTMLElement | null) => h('li', { class: 'card deal-card' },
    h('h3', null, d.title, ' ', h('span', { class: `tag ${d.binding ? 'tag-binding' : 'tag-promise'}` }, t(d.binding ? 'bargaining.binding' : 'bargaining.promise'))),
    h('p', { class: 'effects' }, h('strong', null, `${t('bargaining.give', { faction: factionName(d.from) })}: `), d.give.length ? listOf(d.give.map((id) => `“${termTitle(scenario, id)}”`)) : t('bargaining.nothing')),
    h('p', { class: 'effects' }, h('strong', null, `${t('bargaining.ask', { faction: factionName(d.to) })}: `), d.ask.length ? listOf(d.ask.map((id) => `“${termTitle(scenario, id)}”`)) : t('bargaining.nothing')),
    d.text ? h('p', null, d.text) : null,
    h('p', { class: 'effects' }, h('strong', null, `${t('bargaining.ifAccepted')}: `), describeEffects(d.onAccept)),
    d.onReject.length ? h('p', { class: 'effects' }, h('strong', null, `${t('bargaining.ifRejected')}: `), describeEffects(d.onReject)) : null,
    sourceLine(d.source),
    action,
  );
  const offerCards = (offers: Offer[], label: 'bargaining.offer' | 'bargaining.counter') => h('ul', { class: 'cards' }, offers.map((a) => {
    const d = asDeal(scenario, mover!, other!, a);
    return packageCard(d, button(t(label, { title: d.id ? d.title : packageText(scenario, '', a).replace(/^“|”$/g, '') }), a, true));
  }));
  const blackmails = () => of('bargain.blackmail').map((a) => button(t('bargaining.blackmail', {
    threat: threatTitle(a.threat), to: factionName(other!),
    demand: listOf(a.demand.map((id) => `“${termTitle(scenario, id)}”`)), odds: table!.blackmailOdds[a.threat] ?? 0,
  }), a));
  const threats = () => of('bargain.threaten').map((a) => button(t('bargaining.threaten', { faction: factionName(other!), card: cardTitle(scenario, a.trigger), response: termTitle(scenario, a.response) }), a));

  let body: (HTMLElement | null)[] = [];
  if (table && mover && legal.length) {
    const offer = table.offer;
    if (table.blackmail && offer) {
      body = [
        h('p', null, t('bargaining.blackmailIntro', { from: factionName(offer.from), threat: threatTitle(table.blackmail.threat) })),
        h('ul', { class: 'cards' }, packageCard(asDeal(scenario, offer.to, offer.from, { give: offer.ask, ask: [] }), null)),
        h('p', { class: 'odds' }, t('bargaining.blackmailOdds', { odds: table.blackmail.odds, from: factionName(offer.from) })),
        h('div', { class: 'button-row' }, button(t('bargaining.concede'), { type: 'bargain.accept' }, true), button(t('bargaining.call', { odds: table.blackmail.odds }), { type: 'bargain.call' })),
      ];
    } else if (offer) {
      const counters = of('bargain.counter');
      body = [
        h('p', null, t('bargaining.respondIntro', { from: factionName(offer.from) })),
        h('ul', { class: 'cards' }, packageCard(asDeal(scenario, offer.from, offer.to, offer), null)),
        h('div', { class: 'button-row' },
          of('bargain.accept').length ? button(t('bargaining.accept'), { type: 'bargain.accept' }, true) : null,
          of('bargain.reject').length ? button(t('bargaining.reject'), { type: 'bargain.reject' }) : null,
          of('bargain.stall').length ? button(t('bargaining.stall'), { type: 'bargain.stall' }) : null),
        ...threats(), ...blackmails(),
        counters.length ? h('p', { class: 'muted' }, t('bargaining.counterIntro')) : null,
        counters.length ? offerCards(counters, 'bargaining.counter') : null,
      ];
    } else {
      body = [
        h('p', { class: 'muted' }, t(of('bargain.blackmail').length ? 'bargaining.openIntroBlackmail' : 'bargaining.openIntro', { to: factionName(other!) })),
        offerCards(of('bargain.offer'), 'bargaining.offer'),
        ...blackmails(),
        of('bargain.pass').length ? button(t('bargaining.pass'), { type: 'bargain.pass' }) : null,
      ];
    }
  } else if (mover) body = [h('p', { class: 'muted' }, t('bargaining.waiting', { faction: factionName(mover) }))];

  const n = view.negotiation;
  const ledger = view.commitments;
  return h('section', { class: 'panel bargaining', 'aria-labelledby': 'bargaining-title' },
    h('h2', { id: 'bargaining-title' }, table ? t('bargaining.table', { title: table.title }) : t('turn.phase.bargaining')),
    table ? h('p', { class: 'muted' }, t('bargaining.round', { round: Math.max(1, table.round), max: table.maxRounds })) : null,
    body,
    view.bargains.length || n.closed.length ? [h('h3', null, t('bargaining.thisTurn')), h('ul', { class: 'plain' },
      view.bargains.map((b) => h('li', null, `${t(b.kind === 'blackmail' ? 'bargaining.blackmailLine' : 'bargaining.offerLine', { from: factionName(b.from), to: factionName(b.to), package: packageText(scenario, b.deal, b) })}: ${t(`bargaining.answered.${String(b.accepted) as 'true' | 'false' | 'null'}`)}`)),
      n.closed.map((c) => h('li', null, `${scenario.tables.find((x) => x.id === c.table)?.title ?? c.table}: ${t(`bargaining.result.${c.result}`)}`)))] : null,
    n.threats.length ? [h('h3', null, t('bargaining.threats')), h('ul', { class: 'plain' }, n.threats.map((x) =>
      h('li', null, t('bargaining.threatLine', { by: factionName(x.by), against: factionName(x.against), card: cardTitle(scenario, x.trigger), response: termTitle(scenario, x.response), status: t(`threat.status.${x.status}`) }))))] : null,
    h('p', { class: 'muted' }, `${t('bargaining.credibility')}: ${(Object.keys(n.credibility) as Faction[]).map((f) => t('bargaining.credibilityLine', { faction: factionName(f), value: n.credibility[f] })).join(' · ')}`),
    ledger.length ? [h('h3', null, t('bargaining.ledger')), h('ul', { class: 'plain' }, ledger.map((c) =>
      h('li', null, t('bargaining.ledgerLine', {
        owner: factionName(c.owner), beneficiary: factionName(c.beneficiary), term: termTitle(scenario, c.term),
        kind: t(c.binding ? 'bargaining.binding' : 'bargaining.promise'), turn: c.turn, status: t(c.status === 'kept' ? 'bargaining.kept' : 'bargaining.breached'),
      }))))] : null,
  );
}
