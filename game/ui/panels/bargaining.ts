// The bargaining table (GAME-DESIGN §2.5) as a first-time student meets it: which of the three tables sits, who
// sits at it and whose move it is, the round; the offer on the table as "X gives … / asks …" with each term's
// binding or promise, effects and citation; the answers (accept, reject with the deadlock's cost, counter with a
// package of one's own, stall, threaten, blackmail with the odds, and Russia's concede / call the bluff); what became
// of the viewer's own offers at tables it was not sitting at; and, for everyone, this turn's offers, standing
// threats, credibility and the ledger of commitments. The White Cell's console shows it too, without the answers:
// the offer waiting, in the words its receiver reads, and what the receiver's answers would cost.
import type { Action, BargainTable, Faction, Package, PlayerView, Scenario } from '../../rules';
import type { SendIntent } from '../../app/intents';
import type { BotMoveShown } from '../../store/store';
import { h } from '../dom';
import { t } from '../messages';
import { describeEffects } from '../format/effects';
import { packageText, presetId, termTitle, threatAnswer } from '../format/bargain-log';
import { cardTitle, factionName, quoted, whose } from '../format/names';
import { offerFates } from '../format/offer-fates';
import { sourceLine } from '../format/source';
import { packageComposer } from './bargain-composer';
import { demandPicker } from './bargain-demand';
import { bindingTag, packageView } from './bargain-terms';
import { yourOfferFates } from './offer-fates';

type Of<T extends Action['type']> = Extract<Action, { type: T }>;

/** The three tables of the turn in order, with the one sitting now marked and the closed ones' results. */
function tablesStrip(scenario: Scenario, view: PlayerView): HTMLElement {
  const n = view.negotiation;
  const sitting = n.table?.id;
  return h('ol', { class: 'bargain-tables', 'aria-label': t('bargain.tables') }, scenario.tables.map((tb) => {
    const closed = n.closed.find((c) => c.table === tb.id);
    const status = tb.id === sitting ? t('bargain.sitting') : closed ? resultText(tb, closed.result) : t('bargain.later');
    return h('li', { class: tb.id === sitting ? 'sitting' : closed ? 'closed' : undefined, 'aria-current': tb.id === sitting ? 'step' : undefined },
      h('span', { class: 'table-parties' }, tb.title), ` · ${status}`);
  }));
}

/** How a table closed; a blackmail that failed names who backed down (only the table's blackmailer can). */
function resultText(table: BargainTable | undefined, result: PlayerView['negotiation']['closed'][number]['result']): string {
  return t(`bargaining.result.${result}`, { faction: table?.blackmail ? factionName(table.blackmail.by) : '', cost: table?.blackmail?.failedCredibility ?? 0 });
}

/** What rejecting costs: the table's own words, with its effects when it has any (a deadlock that changes nothing
 *  says so in its text, and is not said to cost "no change"). */
export function deadlockText(table: BargainTable): string {
  const { text, effects } = table.deadlock;
  return effects.length ? `${text} (${describeEffects(effects)})` : text;
}

function deadlockLine(table: BargainTable): HTMLElement {
  return h('p', { class: 'deadlock-cost' }, h('strong', null, `${t('bargain.deadlockCost')}: `), deadlockText(table));
}

type TableView = NonNullable<PlayerView['negotiation']['table']>;

/** The offer waiting for an answer, as the White Cell watches it (it answers nothing): the package the receiver
 *  reads, and what a rejection costs, or a blackmail's odds if the bluff is called. */
function watchedOffer(scenario: Scenario, tv: TableView, table: BargainTable, threatTitle: (id: string) => string): HTMLElement[] {
  const offer = tv.offer!;
  const names = { from: factionName(offer.from), to: factionName(offer.to), whose: whose(factionName(offer.to)) };
  if (tv.blackmail) {
    return [
      h('p', { class: 'bargain-situation' }, t('bargain.watch.blackmail', { ...names, threat: threatTitle(tv.blackmail.threat) })),
      packageView(scenario, offer.from, offer.to, { give: [], ask: offer.ask }),
      h('p', { class: 'odds' }, t('bargain.watch.odds', { ...names, odds: tv.blackmail.odds })),
    ];
  }
  return [
    h('p', { class: 'bargain-situation' }, t(offer.kind === 'counter' ? 'bargain.watch.counter' : 'bargain.watch.offer', names)),
    packageView(scenario, offer.from, offer.to, offer),
    deadlockLine(table),
  ];
}

/** `botMoves` (the computer players' moves with their reasons) say why a bot answered the viewer's offers. */
export function bargainingPanel(scenario: Scenario, view: PlayerView, legal: readonly Action[], send: SendIntent, botMoves: readonly BotMoveShown[] = []): HTMLElement {
  const actAs = (action: Action) => () => send({ type: 'turn.act', action, seq: view.seq });
  const button = (label: string, action: Action, primary = false) => h('button', { type: 'button', class: primary ? 'primary' : undefined, onClick: actAs(action) }, label);
  const tv = view.negotiation.table;
  const table = tv ? scenario.tables.find((x) => x.id === tv.id) ?? null : null;
  const mover = tv?.mover ?? null;
  const other = tv && mover ? (tv.parties[0] === mover ? tv.parties[1] : tv.parties[0]) : null;
  const threatTitle = (id: string) => table?.blackmail?.threats.find((x) => x.id === id)?.title ?? id;
  const of = <T extends Action['type']>(type: T) => legal.filter((a): a is Of<T> => a.type === type);
  const packagesOf = (type: 'bargain.offer' | 'bargain.counter'): Package[] => of(type).map((a) => ({ give: a.give, ask: a.ask }));
  const composer = (submit: 'offer' | 'counter', start: Package | null) => packageComposer({
    scenario, table: table!, mover: mover!, other: other!, commitments: view.commitments, terms: tv!.terms, notNow: tv!.notNow, presets: packagesOf(submit === 'offer' ? 'bargain.offer' : 'bargain.counter'), start, submit,
    send: (pkg) => send({ type: 'turn.act', action: { type: submit === 'offer' ? 'bargain.offer' : 'bargain.counter', ...pkg }, seq: view.seq }),
  });
  const quickOffers = (type: 'bargain.offer' | 'bargain.counter') => {
    const list = of(type);
    return list.length ? h('div', { class: 'quick-offers' }, h('p', { class: 'muted' }, t(type === 'bargain.offer' ? 'bargain.quickOffers' : 'bargain.quickCounters')),
      h('div', { class: 'button-row' }, list.map((a) => {
        const title = packageText(scenario, presetId(scenario, mover!, other!, a), a);
        return button(t(type === 'bargain.offer' ? 'bargaining.offer' : 'bargaining.counter', { title }), a);
      }))) : null;
  };
  const blackmails = () => {
    const list = of('bargain.blackmail');
    return list.length ? h('details', { class: 'bargain-more' }, h('summary', null, t('bargain.blackmailSummary', { to: factionName(other!) })),
      h('p', { class: 'muted' }, t('bargain.blackmailHelp')),
      demandPicker({ scenario, table: table!, view, other: other!, suggested: list, send: (action) => actAs(action)() })) : null;
  };
  const threats = () => {
    const list = of('bargain.threaten');
    return list.length ? h('details', { class: 'bargain-more' }, h('summary', null, t('bargain.threatSummary', { faction: factionName(other!) })),
      h('p', { class: 'muted' }, t('bargain.threatHelp')),
      list.map((a) => button(t('bargaining.threaten', { faction: factionName(other!), card: quoted(cardTitle(scenario, a.trigger)), response: quoted(threatAnswer(scenario, a.response)) }), a))) : null;
  };

  const n = view.negotiation;
  const ledger = view.commitments;
  // The answers to what is on the table, named by the sentence that says what it is: where the focus lands when the
  // offer comes to the viewer (mount-ui.ts), that sentence is read with the first answer.
  const answers = { class: 'button-row', role: 'group', 'aria-labelledby': 'bargain-situation' };
  let body: (HTMLElement | null)[] = [];
  if (tv && table && mover && other && legal.length) {
    const offer = tv.offer;
    if (tv.blackmail && offer) {
      body = [
        h('p', { class: 'bargain-situation', id: 'bargain-situation' }, t('bargaining.blackmailIntro', { from: factionName(offer.from), threat: threatTitle(tv.blackmail.threat) })),
        packageView(scenario, offer.from, offer.to, { give: [], ask: offer.ask }),
        h('p', { class: 'odds' }, t('bargaining.blackmailOdds', { odds: tv.blackmail.odds, from: factionName(offer.from) })),
        h('div', answers, button(t('bargaining.concede'), { type: 'bargain.accept' }, true), button(t('bargaining.call', { odds: tv.blackmail.odds }), { type: 'bargain.call' })),
      ];
    } else if (offer) {
      // Any package may counter while rounds are left; the legal list names only a few of them.
      const counters = tv.round < tv.maxRounds;
      // A resumed offer, and any at the game's last sitting (rules version 4 on), cannot be stalled: say so and why.
      const stalls = of('bargain.stall').length > 0;
      const noStall = stalls ? '' : 'NoStall';
      body = [
        h('p', { class: 'bargain-situation', id: 'bargain-situation' }, t(offer.kind === 'counter' ? `bargain.counterOnTable${noStall}` : `bargain.offerOnTable${noStall}`, { from: factionName(offer.from), to: factionName(offer.to) })),
        packageView(scenario, offer.from, offer.to, offer),
        h('div', answers,
          of('bargain.accept').length ? button(t('bargaining.accept'), { type: 'bargain.accept' }, true) : null,
          of('bargain.reject').length ? button(t('bargaining.reject'), { type: 'bargain.reject' }) : null,
          stalls ? button(t('bargaining.stall'), { type: 'bargain.stall' }) : null),
        stalls ? null : h('p', { class: 'muted' }, t(view.turn >= view.turns ? 'bargain.noStallLast' : 'bargain.noStallResumed')),
        of('bargain.reject').length ? deadlockLine(table) : null,
        threats(), blackmails(),
        counters ? h('details', { class: 'bargain-compose', open: true }, h('summary', null, t('bargain.counterSummary')),
          composer('counter', { give: [...offer.ask], ask: [...offer.give] }), quickOffers('bargain.counter')) : h('p', { class: 'muted' }, t(`bargain.noMoreRounds${noStall}`)),
      ];
    } else {
      body = [
        h('p', { class: 'bargain-situation' }, t(tv.state === 'secondChance' ? 'bargain.secondChanceSituation' : 'bargain.openingSituation', { to: factionName(other) })),
        of('bargain.pass').length ? button(t('bargaining.pass'), { type: 'bargain.pass' }) : null,
        threats(), blackmails(),
        h('details', { class: 'bargain-compose', open: true }, h('summary', null, t('bargain.offerSummary', { to: factionName(other) })),
          composer('offer', null), quickOffers('bargain.offer')),
      ];
    }
  } else if (mover) {
    body = [h('p', { class: 'muted' }, t('bargaining.waiting', { faction: factionName(mover) })),
      view.viewer === 'facilitator' && tv?.offer && table ? watchedOffer(scenario, tv, table, threatTitle) : null].flat();
  }

  return h('section', { class: 'panel bargaining', 'aria-labelledby': 'bargaining-title' },
    h('h2', { id: 'bargaining-title' }, tv ? t('bargaining.table', { title: tv.title }) : t('turn.phase.bargaining')),
    tablesStrip(scenario, view),
    // Answered, or stalled, while the viewer was away from that table: a table closed on its offer says so here.
    view.viewer === 'public' || view.viewer === 'facilitator' ? null : yourOfferFates(scenario, offerFates(scenario, view.log, view.turn), view.viewer, botMoves),
    tv ? h('p', { class: 'bargain-status' },
      mover ? h('strong', null, t('bargain.move', { faction: factionName(mover) })) : null,
      ` · ${t('bargaining.round', { round: Math.max(1, tv.round), max: tv.maxRounds })} · `,
      h('a', { href: '#bargain-ledger' }, t('bargain.ledgerLink', { n: ledger.length }))) : null,
    table ? sourceLine(table.source) : null,
    body,
    view.bargains.length || n.closed.length ? h('details', { class: 'bargain-record' }, h('summary', null, t('bargaining.thisTurn')), h('ul', { class: 'plain' },
      view.bargains.map((b) => h('li', null, `${t(b.kind === 'blackmail' ? 'bargaining.blackmailLine' : 'bargaining.offerLine', { from: factionName(b.from), to: factionName(b.to), package: packageText(scenario, b.deal, b) })}: ${t(`bargaining.answered.${String(b.accepted) as 'true' | 'false' | 'null'}`)}`)),
      n.closed.map((c) => { const tb = scenario.tables.find((x) => x.id === c.table); return h('li', null, `${tb?.title ?? c.table}: ${resultText(tb, c.result)}`); }))) : null,
    n.threats.length ? [h('h3', null, t('bargaining.threats')), h('ul', { class: 'plain' }, n.threats.map((x) =>
      h('li', null, t('bargaining.threatLine', { by: factionName(x.by), against: factionName(x.against), card: quoted(cardTitle(scenario, x.trigger)), response: quoted(threatAnswer(scenario, x.response)), status: t(`threat.status.${x.status}`) }))))] : null,
    h('h3', null, t('bargaining.credibility')),
    h('ul', { class: 'credibility', 'aria-label': t('bargaining.credibility') }, (Object.keys(n.credibility) as Faction[]).map((f) =>
      h('li', null, h('span', null, factionName(f)), h('meter', { min: 0, max: 10, value: n.credibility[f], 'aria-label': t('bargaining.credibilityLine', { faction: factionName(f), value: n.credibility[f] }) }), ` ${n.credibility[f]}/10`))),
    h('p', { class: 'muted small' }, t('bargain.credibilityHelp')),
    h('h3', { id: 'bargain-ledger' }, t('bargaining.ledger')),
    ledger.length ? h('ul', { class: 'ledger', 'aria-label': t('bargaining.ledger') }, ledger.map((c) =>
      h('li', { class: `ledger-${c.status}` },
        t('bargaining.ledgerLine', { owner: factionName(c.owner), beneficiary: factionName(c.beneficiary), term: quoted(termTitle(scenario, c.term)), turn: c.turn }), ' ',
        bindingTag(c.binding), ' ', h('span', { class: `tag tag-${c.status}` }, t(c.status === 'kept' ? 'bargaining.kept' : 'bargaining.breached')))))
      : h('p', { class: 'muted' }, t('bargain.ledgerEmpty')),
  );
}
