// Names of the game's things for people: factions, tracks and their ladder steps, decision states, and the
// scenario's cards, events, deals and end states looked up by id.
import type { BotSeat } from '../../app/bots/seats';
import type { DecisionId, Faction, Scenario, TrackId } from '../../rules';
import { t, tOr } from '../messages';

export const factionName = (f: Faction) => t(`faction.${f}`);
/** "Russia’s", "NATO’s", and "Belarus’" as the game writes it elsewhere (its dial is "Belarus’ commitment"). */
export const whose = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);
export const trackName = (id: TrackId) => t(`track.${id}`);
export const decisionName = (d: DecisionId) => t(`decision.${d}`);
/** "corridorDemand" → "corridor demand": a readable stand-in for an id the catalogue does not name yet. */
const humanize = (id: string) => id.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/\./g, ' ').toLowerCase();
export const decisionStateName = (d: DecisionId, state: string) => tOr(`decision.${d}.${state}`, humanize(state));
export const decisionEventName = (event: string) => tOr(`decisionEvent.${event}`, humanize(event));
/** The words of a name that carry its meaning ("the plan is watered down" → plan, watered, down). */
const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w && !['the', 'a', 'an', 'is', 'are', 'its'].includes(w));
/** The event that moved a decision point, or '' when the state it reached already says it: every word of "Moscow
 *  announces a base", "Minsk asks for modernisation" or "the plan is watered down" is in the state's name. */
export function decisionEventUnsaid(d: DecisionId, to: string, event: string): string {
  const name = decisionEventName(event);
  const state = new Set(wordsOf(decisionStateName(d, to)));
  return wordsOf(name).every((w) => state.has(w)) ? '' : name;
}
/** A title in quotation marks, unless it comes in its own (a card called ‘Minsk has no choice’ is not quoted twice). */
export const quoted = (title: string) => (/^[‘“'"].*[’”'"]$/s.test(title) ? title : `“${title}”`);
export const thresholdName = (label: string) => tOr(`threshold.${label}`, label);
/** "Hawk, Standard": a bot's persona and difficulty by their labels' names, before the explanations ("Hawk: the hard line"). */
export const botName = ({ persona, difficulty }: Pick<BotSeat, 'persona' | 'difficulty'>) =>
  `${t(`persona.${persona}`).split(':')[0]}, ${t(`difficulty.${difficulty}`).split(':')[0]}`;

/** "2 · permanent airbase" for ladder tracks, plain "2" for the others. */
export function trackValue(id: TrackId, value: number): string {
  const step = tOr(`ladder.${id}.${value}`, '');
  return step ? `${value} · ${step}` : String(value);
}

export const turnLabel = (scenario: Scenario, turn: number) => scenario.turnLabels[turn - 1] ?? String(turn);

export const cardTitle = (s: Scenario, id: string) => s.cards.find((c) => c.id === id)?.title ?? id;
export const eventTitle = (s: Scenario, id: string) => s.events.find((e) => e.id === id)?.title ?? id;
/** A preset package, a term or a table (the causes of bargaining's changes). */
export const dealTitle = (s: Scenario, id: string) => (s.deals.find((d) => d.id === id) ?? s.terms.find((x) => x.id === id) ?? s.tables.find((x) => x.id === id))?.title ?? id;
export const endStateTitle = (s: Scenario, id: string) => s.endStates.find((e) => e.id === id)?.title ?? id;

export function listOf(items: string[], joiner: 'list.and' | 'list.or' = 'list.and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${t(joiner)}${items[items.length - 1]}`;
}
