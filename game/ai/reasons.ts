// The one-line reason a player reads beside every bot move: what it did, the tracks it expects to move, the
// objective or end state that drives it, its stance when it has flipped, and the paper section behind the card or deal.
import { SECTIONS } from '../rules';
import type { Deal, Faction, OrderCard, PlayerView, Source, TrackId } from '../rules/types';
import { evaluate, stanceOf, type Term, type World } from './evaluate';
import { copyWorld, playEffects } from './expected-effects';
import type { Candidate } from './greedy';
import type { Outlook } from './look-ahead';
import type { ScenarioModel } from './model';
import type { Persona } from './personas';
import { tableReason } from './table-reasons';
import { comparison, quoted, tracksSaid } from './words';

const FACTION_NAMES: Record<Faction, string> = { belarus: 'Belarus', russia: 'Russia', nato: 'NATO' };

export interface Explanation {
  model: ScenarioModel;
  view: PlayerView;
  faction: Faction;
  persona: Persona;
  chosen: Candidate;
  /** Every candidate, best first by the greedy sort: the alternatives a response or a pass is set against. */
  ranked: readonly Candidate[];
  /** When a search chose the move: what the chosen move and the best other one led to, and how far it looked. */
  search?: { chosen: Outlook<Candidate>; versus: Outlook<Candidate>; horizon: string };
  /** How the move was found, when that is worth saying ("as Minsk did in Dec 2018", "best of 64 simulated futures"). */
  how?: string;
}

export function explain(x: Explanation): string {
  const { model, view, faction, persona, chosen } = x;
  const alternative = x.ranked.find((c) => c !== chosen && c.action.type !== 'orders.commit');
  const accepting = x.ranked.find((c) => c.action.type === 'bargain.accept');
  // The comparison runs from the world declined to the world chosen.
  let from: World = view;
  let to: World = chosen.world;
  let moves: string;
  const rate = favours(model, view, faction, persona);
  if (chosen.action.type === 'bargain.reject' && accepting) {
    // A refusal is about the offer itself: what accepting it would have brought and cost.
    from = accepting.world;
    moves = notWorth('accepting', rate, moved(model, to, from), to, from);
  } else if (x.search) {
    from = x.search.versus.world;
    to = x.search.chosen.world;
    // Rollouts are noisy: name only the differences that favour the faction, the ones that decided.
    moves = betterThan('better than', x.search.versus.candidate, moved(model, from, to, 2, (t) => rate(from, t, to) > 0), x.search.horizon);
  } else if (alternative && chosen.action.type === 'bargain.accept') {
    from = alternative.world;
    moves = betterThan('rather than', alternative, moved(model, from, to));
  } else if (alternative && (chosen.action.type === 'bargain.reject' || chosen.action.type === 'bargain.pass')) {
    from = alternative.world;
    moves = notWorth(doing(alternative), rate, moved(model, to, from), to, from);
  } else moves = tracksSaid(moved(model, from, to));
  let drive = mainDrive(model, faction, persona, from, to);
  if (x.search && !moves && !drive) {
    // The futures searched differ in nothing the faction weighs: say what the move itself is expected to do, or for
    // a move that does nothing, what the one it beat would have brought.
    const other = x.search.versus.candidate;
    const idle = chosen.action.type === 'bargain.pass' || chosen.action.type === 'bargain.stall' || (chosen.action.type === 'orders.commit' && !chosen.items.length);
    [from, to] = idle ? [other.world, chosen.world] : [view, chosen.world];
    moves = idle ? notWorth(doing(other), rate, moved(model, to, from), to, from) : tracksSaid(moved(model, from, to));
    drive = mainDrive(model, faction, persona, from, to);
  }
  const stance = stanceOf(model, view, persona);
  const extra = [stance?.label, x.how].filter(Boolean).join('; ');
  const tactic = tableReason(model, view, faction, persona.id, chosen);
  if (tactic) {
    const why = [tactic.why, x.search ? moves : ''].filter(Boolean).join('; ');
    return `${FACTION_NAMES[faction]} ${tactic.done}: ${why}${extra ? ` (${extra})` : ''} — ${sourceText(tactic.source)}`;
  }
  // A scripted historical move needs no more than its history; a searched one whose futures differ in nothing it
  // weighs says so.
  const why = [moves, drive].filter(Boolean).join('; ') || (x.search ? 'no other move does better for it' : x.how ? '' : 'nothing on the table serves its aims better');
  return `${FACTION_NAMES[faction]} ${done(chosen)}${why ? `: ${why}` : ''}${extra ? ` (${extra})` : ''} — ${citation(model, view, faction, persona, chosen, stance?.cite)}`;
}

const title = (item: OrderCard | Deal) => quoted(item.title);
/** Odds in whole percent; a long shot is "under 1%" rather than a 0 that made the offer look pointless. */
const percent = (p: number) => (p > 0 && p < 0.005 ? 'under 1%' : `${Math.round(p * 100)}%`);

type Move = { t: TrackId; d: number };
/** Whether a track's value in `to`, put into `from`, serves the faction: above 0 it does, below 0 it costs it. */
type Rate = (from: World, t: TrackId, to: World) => number;

/** A track the persona weighs (in the stance it holds now) serves it as its weight says: a score that also counts
 *  stances flipping and rivals' gains would call more money a cost for a Minsk that leans East while money is short.
 *  Any other track serves it as far as it raises its score. */
function favours(model: ScenarioModel, view: PlayerView, faction: Faction, persona: Persona): Rate {
  const weights = (stanceOf(model, view, persona) ?? persona).weights;
  return (from, t, to) => {
    const d = (to.tracks[t] ?? 0) - (from.tracks[t] ?? 0);
    const w = weights[t];
    if (w) return w * d;
    return evaluate(model, { ...from, tracks: { ...from.tracks, [t]: to.tracks[t] } }, faction, persona) - evaluate(model, from, faction, persona);
  };
}

/** "better than stalling, which would leave Sovereignty 2 lower a turn later": the move set against the one it beat,
 *  the tracks told as where that one would have left them. */
function betterThan(lead: string, other: Candidate, moves: Move[], horizon = ''): string {
  if (!moves.length) return '';
  return `${lead} ${doing(other)}, which would leave ${tracksSaid(moves.map(({ t, d }) => ({ t, d: -d })), comparison)}${horizon ? ` ${horizon}` : ''}`;
}

/** Why a move declined was not worth it to the faction, from the world chosen (`base`) to the one declined: "accepting
 *  would bring Air defence +2, but Sovereignty −1: not worth it". */
function notWorth(declined: string, rate: Rate, moves: Move[], base: World, other: World): string {
  const gains = tracksSaid(moves.filter(({ t }) => rate(base, t, other) > 0));
  const costs = tracksSaid(moves.filter(({ t }) => rate(base, t, other) < 0));
  if (gains && costs) return `${declined} would bring ${gains}, but ${costs}: not worth it`;
  if (costs) return `${declined} would mean ${costs}: not worth it`;
  if (gains) return `${declined} would bring only ${gains}`;
  return '';
}

/** The move as done: "plays “A” and “B”", "offers “X” (odds Belarus accepts: 70%)". */
function done(c: Candidate): string {
  switch (c.action.type) {
    case 'orders.commit': return c.items.length ? `plays ${c.items.map(title).join(' and ')}` : 'holds its orders back';
    case 'bargain.offer': case 'bargain.counter':
      return `${c.action.type === 'bargain.counter' ? 'counters with' : 'offers'} ${title(c.items[0]!)} (odds ${FACTION_NAMES[(c.items[0] as Deal).to]} accepts: ${percent(c.accept ?? 0)})`;
    case 'bargain.accept': return `accepts ${title(c.items[0]!)}`;
    case 'bargain.reject': return `rejects ${title(c.items[0]!)}`;
    case 'bargain.pass': return 'makes no offer';
    case 'bargain.stall': return 'stalls';
    case 'bargain.threaten': return 'makes a threat';
    case 'bargain.blackmail': return `threatens to defect unless it gets ${title(c.items[0]!)} (odds the threat holds: ${percent(c.accept ?? 0)})`;
    case 'bargain.call': return 'calls the bluff';
  }
}

/** The move as an alternative: "playing “A”", "refusing", "offering “X”". */
function doing(c: Candidate): string {
  switch (c.action.type) {
    case 'orders.commit': return c.items.length ? `playing ${c.items.map(title).join(' and ')}` : 'holding back';
    case 'bargain.offer': return `offering ${title(c.items[0]!)}`;
    case 'bargain.counter': return `countering with ${title(c.items[0]!)}`;
    case 'bargain.accept': return 'accepting';
    case 'bargain.reject': return 'refusing';
    case 'bargain.pass': return 'making no offer';
    case 'bargain.stall': return 'stalling';
    case 'bargain.threaten': return 'threatening';
    case 'bargain.blackmail': return 'threatening to defect';
    case 'bargain.call': return 'calling the bluff';
  }
}

/** The tracks that move most between two worlds, in their typical steps (only those `keep` accepts). */
function moved(model: ScenarioModel, from: World, to: World, most = 3, keep: (t: TrackId) => boolean = () => true): Move[] {
  return (Object.keys(to.tracks) as TrackId[])
    .map((t) => ({ t, d: (to.tracks[t] ?? 0) - (from.tracks[t] ?? 0) }))
    .filter(({ t, d }) => Math.abs(d) >= 0.05 && keep(t))
    .sort((p, q) => Math.abs(q.d) / model.step(q.t) - Math.abs(p.d) / model.step(p.t))
    .slice(0, most);
}

/** The objective, end state or persona priority whose value rises most from the declined world to the chosen one. */
function mainDrive(model: ScenarioModel, faction: Faction, persona: Persona, declined: World, chosen: World): string {
  const before = new Map<string, Term>();
  const after: Term[] = [];
  const was: Term[] = [];
  evaluate(model, declined, faction, persona, was);
  evaluate(model, chosen, faction, persona, after);
  for (const t of was) before.set(`${t.kind}:${t.id}`, t);
  const gains = after.map((t) => ({ t, gain: t.value - (before.get(`${t.kind}:${t.id}`)?.value ?? 0) })).sort((p, q) => q.gain - p.gain);
  const top = gains[0];
  if (!top || top.gain < 0.05) return '';
  const { kind, id } = top.t;
  if (kind === 'objective') return `toward ${quoted(shortText(model.scenario.objectives.find((o) => o.id === id)!.text))}`;
  if (kind === 'end') {
    const end = model.scenario.endStates.find((e) => e.id === id)!;
    return `${end.vp[faction] < 0 ? 'away from' : 'toward'} ${quoted(end.title)}`;
  }
  return personaDrive(persona);
}

/** A persona's aim as the drive behind a move: "for a cheaper ally kept in the fold". */
export const personaDrive = (persona: Persona) => `for ${persona.line}`;

/** The section of the card that does most for the faction, or of the deal; the stance's or the persona's otherwise. */
function citation(model: ScenarioModel, view: PlayerView, faction: Faction, persona: Persona, chosen: Candidate, stanceCite: keyof typeof SECTIONS | undefined): string {
  const gain = (item: OrderCard | Deal) => {
    const w = copyWorld(view);
    playEffects(model, w, 'effects' in item ? item.effects : item.onAccept);
    return evaluate(model, w, faction, persona);
  };
  let item: OrderCard | Deal | undefined;
  let most = -Infinity;
  for (const it of chosen.items) {
    const g = gain(it);
    if (g > most) [item, most] = [it, g];
  }
  if (item && chosen.action.type !== 'bargain.pass' && chosen.action.type !== 'bargain.stall') return sourceText(item.source);
  return SECTIONS[stanceCite ?? persona.cite];
}

function sourceText(source: Source): string {
  const first = source.cite[0];
  return first ? SECTIONS[first] : 'our extrapolation beyond the paper';
}

const shortText = (text: string) => text.split(/[:(.]/)[0]!.trim();
