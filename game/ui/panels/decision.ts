// A decision point's statechart as the rules describe it: its states in order with the current one lit, and the
// moves out of it with the cards and deals that make them, so players see where the question can still go.
import type { DecisionGraph, DecisionId, Effect, PlayerView, Scenario } from '../../rules';
import { h } from '../dom';
import { t } from '../messages';
import { decisionEventName, decisionName, decisionStateName, factionName, listOf, quoted } from '../format/names';
import { statechartButton } from './statechart';

const sends = (effects: readonly Effect[], id: DecisionId, event: string): boolean => effects.some((e) =>
  ('decision' in e && e.decision === id && e.event === event)
  || ('roll' in e && (sends(e.success, id, event) || sends(e.failure, id, event)))
  || ('if' in e && (sends(e.then, id, event) || sends(e.else ?? [], id, event))));

/** Which order cards and deals of the scenario can send this event to the statechart. */
function makers(scenario: Scenario, id: DecisionId, event: string): string[] {
  return [
    ...scenario.cards.filter((c) => sends(c.effects, id, event)).map((c) => `${quoted(c.title)} (${factionName(c.faction)})`),
    ...scenario.deals.filter((d) => sends(d.onAccept, id, event) || sends(d.onReject, id, event)).map((d) => quoted(d.title)),
  ];
}

export function decisionPanel(scenario: Scenario, graph: DecisionGraph, view: PlayerView, graphs: readonly DecisionGraph[]): HTMLElement {
  const id = graph.id;
  const current = view.decisions[id] ?? graph.initial;
  const exits = graph.transitions.filter((tr) => tr.from === current && tr.to !== current);
  const final = graph.states.find((s) => s.name === current)?.final ?? false;
  return h('section', { class: 'panel decision', 'aria-labelledby': `decision-${id}` },
    h('div', { class: 'panel-head' },
      h('h2', { id: `decision-${id}` }, t('decision.title', { decision: decisionName(id) })),
      statechartButton(scenario, graphs, view, id)),
    h('ol', { class: 'chart' }, graph.states.map((s) => h('li', { class: s.name === current ? 'current' : null, 'aria-current': s.name === current ? 'step' : null },
      decisionStateName(id, s.name),
      s.name === current ? h('span', { class: 'visually-hidden' }, ` (${t('decision.now')})`) : null))),
    final ? h('p', { class: 'muted' }, t('decision.final')) : null,
    exits.length ? [
      h('h3', null, t('decision.next')),
      h('ul', { class: 'decision-next' }, exits.map((tr) => {
        const by = makers(scenario, id, tr.event);
        return h('li', null, t('decision.move', { event: decisionEventName(tr.event), state: decisionStateName(id, tr.to) }),
          by.length ? h('span', { class: 'muted' }, ` ${t('decision.by', { makers: listOf(by, 'list.or') })}`) : null);
      })),
    ] : null,
  );
}
