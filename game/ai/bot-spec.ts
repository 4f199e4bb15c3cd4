// Who sits in each seat, written as text for the simulator and the what-if panel:
// "belarus=historical:standard,russia=hawk:easy,nato=random", or one name for every seat ("random", "historical").
import { FACTIONS, type Faction, type PlayerView, type Scenario } from '../rules/types';
import { botPolicy, DIFFICULTIES, type Decision, type Difficulty } from './bot';
import { historicalAction } from './historical';
import { PERSONA_IDS, type PersonaId } from './personas';
import { randomPolicy, type Policy } from './play-game';

/** random: uniform legal play; script: the plain history follower (calibration); bot: a persona at a difficulty. */
export type Seat = { kind: 'random' } | { kind: 'script' } | { kind: 'bot'; persona: PersonaId; difficulty: Difficulty };

export const BOT_SPEC_HELP = 'comma-separated [faction=]name, name = random | historical | <persona>[:<difficulty>], '
  + `persona = ${PERSONA_IDS.join(' | ')}, difficulty = ${DIFFICULTIES.join(' | ')} (standard when omitted); `
  + 'a name without a faction fills every seat not named; "historical" alone is the plain script follower';

/** Parses a seat spec; throws an Error whose message says what is wrong. */
export function parseBots(spec: string): Record<Faction, Seat> {
  const seats: Partial<Record<Faction, Seat>> = {};
  let fill: Seat | undefined;
  for (const item of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [who, name] = item.includes('=') ? item.split('=', 2) as [string, string] : [undefined, item];
    const seat = parseSeat(name.trim());
    if (who === undefined) { fill = seat; continue; }
    if (!(FACTIONS as readonly string[]).includes(who.trim())) throw new Error(`unknown faction "${who}" in "${item}" (factions: ${FACTIONS.join(', ')})`);
    seats[who.trim() as Faction] = seat;
  }
  for (const f of FACTIONS) {
    seats[f] ??= fill;
    if (!seats[f]) throw new Error(`no player for ${f} in "${spec}"`);
  }
  return seats as Record<Faction, Seat>;
}

function parseSeat(name: string): Seat {
  if (name === 'random') return { kind: 'random' };
  if (name === 'historical') return { kind: 'script' };
  const [persona, difficulty = 'standard', ...rest] = name.split(':');
  if (!(PERSONA_IDS as readonly string[]).includes(persona!)) throw new Error(`unknown player "${name}"`);
  if (!(DIFFICULTIES as readonly string[]).includes(difficulty) || rest.length) throw new Error(`unknown difficulty in "${name}"`);
  return { kind: 'bot', persona: persona as PersonaId, difficulty: difficulty as Difficulty };
}

export function seatName(seat: Seat): string {
  return seat.kind === 'bot' ? `${seat.persona}:${seat.difficulty}` : seat.kind === 'script' ? 'historical' : 'random';
}

/** One policy per seat for one game; random seats share one generator seeded by the game. `onDecision` hears
 *  every bot move with its reason and the view it was made from. */
export function seatPolicies(scenario: Scenario, seats: Record<Faction, Seat>, seed: number, onDecision?: (faction: Faction, decision: Decision, view: PlayerView) => void): Record<Faction, Policy> {
  const random = randomPolicy(Math.imul(seed, 2654435761));
  const policy = (seat: Seat): Policy => {
    if (seat.kind === 'random') return random;
    if (seat.kind === 'script') return (view, faction, legal) => historicalAction(scenario, view, faction, legal);
    return botPolicy(scenario, { persona: seat.persona, difficulty: seat.difficulty, seed }, onDecision);
  };
  return Object.fromEntries(FACTIONS.map((f) => [f, policy(seats[f])])) as Record<Faction, Policy>;
}
