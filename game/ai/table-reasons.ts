// What a bargaining move says beyond the tracks it moves: the terms a counter drops and adds, the threat made and
// its trigger, the defection threatened and its odds, why a bluff is called or conceded, what a stall postpones.
// Each names the paper section behind the tactic (the table's blackmail, the threat's term, the persona's line).
import type { Action, Faction, PlayerView, Source } from '../rules/types';
import type { Candidate } from './greedy';
import type { ScenarioModel } from './model';
import { tacticsOf, type Tactics } from './tactics';
import type { PersonaId } from './personas';
import { quoted } from './words';

export const ACTORS: Record<Faction, string> = { belarus: 'Minsk', russia: 'Moscow', nato: 'the Alliance' };
const NAMES: Record<Faction, string> = { belarus: 'Belarus', russia: 'Russia', nato: 'NATO' };

export interface TableReason {
  /** The move as done, e.g. "calls the bluff". */
  done: string;
  /** Why, in a clause. */
  why: string;
  source: Source;
}

const possessive = (f: Faction) => (NAMES[f].endsWith('s') ? `${NAMES[f]}’` : `${NAMES[f]}’s`);
/** A threat term's title without its "Threat: " label: what is carried out. */
const response = (title: string) => title.replace(/^Threat:\s*/i, '');
const percent = (p: number) => `${Math.round(p)}%`;

/** "Leave the CSTO" → "leaves the CSTO"; "Close the pipelines" → "closes the pipelines". */
function thirdPerson(title: string): string {
  const [verb, ...rest] = title.split(' ');
  const v = verb!.toLowerCase();
  return [/(s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`, ...rest].join(' ');
}

const lower = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

export function tableReason(model: ScenarioModel, view: PlayerView, faction: Faction, personaId: PersonaId, chosen: Candidate): TableReason | null {
  const table = view.negotiation.table;
  const rules = table ? model.tables.get(table.id) : undefined;
  if (!table || !rules) return null;
  const other = table.parties[0] === faction ? table.parties[1] : table.parties[0];
  const tactics = tacticsOf(faction, personaId);
  const termTitle = (id: string) => quoted(model.terms.get(id)?.title ?? id);
  const a: Action = chosen.action;
  const open = table.offer;
  const bm = rules.blackmail;
  switch (a.type) {
    case 'bargain.counter': {
      if (!open) return null;
      const before = new Set([...open.give, ...open.ask]);
      const after = new Set([...a.give, ...a.ask]);
      const dropped = [...before].filter((id) => !after.has(id));
      const added = [...after].filter((id) => !before.has(id));
      const list = (ids: string[]) => ids.map(termTitle).join(' and ');
      // A term added to what the counter gives is offered, one added to what it asks for is asked for.
      const offered = added.filter((id) => a.give.includes(id));
      const asked = added.filter((id) => a.ask.includes(id));
      const parts = [dropped.length ? `drops ${list(dropped)}` : '', offered.length ? `offers ${list(offered)} too` : '', asked.length ? `asks for ${list(asked)} too` : ''].filter(Boolean);
      const change = parts.length > 2 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join(' and ');
      if (!change) return null;
      const odds = percent((chosen.accept ?? 0) * 100);
      // The term the counter turns on carries the citation.
      const pivot = model.terms.get([...dropped, ...added][0]!);
      return { done: `counters ${possessive(other)} offer: it ${change}`, why: `odds ${NAMES[other]} accepts: ${odds}`, source: pivot?.source ?? rules.source };
    }
    case 'bargain.threaten': {
      const card = model.cards.get(a.trigger);
      const answer = model.terms.get(a.response);
      const revealed = (view.revealed[other] ?? []).includes(a.trigger);
      const why = revealed ? `${ACTORS[other]} has already played it, so the answer comes this turn` : `to deter a move that would cost ${ACTORS[faction]}`;
      return {
        done: `warns: if ${NAMES[other]} plays ${quoted(card?.title ?? a.trigger)}, ${ACTORS[faction]} answers with ${quoted(response(answer?.title ?? a.response))}`,
        why, source: answer?.source ?? rules.source,
      };
    }
    case 'bargain.blackmail': {
      const threat = bm?.threats.find((t) => t.id === a.threat);
      if (!bm || !threat) return null;
      const odds = table.blackmailOdds[a.threat]?.[a.demand.length - 1] ?? 0;
      return {
        done: `threatens to ${lower(threat.title)} unless ${ACTORS[other]} delivers ${a.demand.map(termTitle).join(' and ')}`,
        why: `the odds the threat holds are ${percent(odds)}: ${ACTORS[other]} needs ${ACTORS[faction]}`, source: bm.source,
      };
    }
    case 'bargain.call':
    case 'bargain.accept': {
      const shown = table.blackmail;
      const threat = shown && bm?.threats.find((t) => t.id === shown.threat);
      if (!shown || !bm || !threat) return null;
      const odds = `the odds that ${ACTORS[other]} ${thirdPerson(threat.title)} are ${percent(shown.odds)}`;
      if (a.type === 'bargain.call') return { done: 'calls the bluff', why: `${odds} and ${callMotive(faction, tactics, shown.odds)}`, source: bm.source };
      const motive = shown.odds >= 50 ? 'too high to risk' : `the demand costs ${ACTORS[faction]} less than the risk`;
      return { done: `concedes ${shown.demand.map(termTitle).join(' and ')}`, why: `${odds}: ${motive}`, source: bm.source };
    }
    case 'bargain.stall': {
      if (!open) return null;
      return {
        done: `stalls ${possessive(other)} offer until the next sitting`,
        why: `postponing spares the cost of a deadlock without signing anything now (${tactics.stallLine})`,
        source: { cite: [tactics.cite], extrapolation: 'Stalling as a move is our mechanic for the paper’s postponement.' },
      };
    }
    default: return null;
  }
}

function callMotive(faction: Faction, tactics: Tactics, odds: number): string {
  if (tactics.doubt >= 0.5) return `${ACTORS[faction]} doubts the threat would be carried out`;
  return odds < 50 ? `${ACTORS[faction]} can afford to wait` : `giving in now would invite the next threat`;
}
