// Who sits in each seat of a match in the browser: a person at this device, or a bot with a persona and a
// difficulty. Hand-off screens appear only between two different people.
import { DIFFICULTIES, type Difficulty } from '../../ai/bot';
import { PERSONA_IDS, type PersonaId } from '../../ai/personas';
import { FACTIONS, type Faction } from '../../rules/types';

export type BotSeat = { kind: 'bot'; persona: PersonaId; difficulty: Difficulty };
export type SeatChoice = { kind: 'human' } | BotSeat;
export type Seats = Record<Faction, SeatChoice>;

export { DIFFICULTIES, PERSONA_IDS };

export const HUMAN: SeatChoice = { kind: 'human' };
/** The bot a seat becomes when a player switches it to "bot", and solo's opponents. */
export const DEFAULT_BOT: BotSeat = { kind: 'bot', persona: 'historical', difficulty: 'standard' };

export const allHuman = (): Seats => ({ belarus: HUMAN, russia: HUMAN, nato: HUMAN });
export const allBots = (): Seats => ({ belarus: DEFAULT_BOT, russia: DEFAULT_BOT, nato: DEFAULT_BOT });

/** The side the solo screen offers first: Belarus, whose choices the game is about (the entrapment dial is Minsk's). */
export const SOLO_SIDE: Faction = 'belarus';

/** Solo: the player at `faction` against two bots: those already chosen for their seats, else the default one. */
export const soloSeats = (faction: Faction, chosen?: Seats): Seats =>
  Object.fromEntries(FACTIONS.map((f) => [f, f === faction ? HUMAN : chosen?.[f].kind === 'bot' ? chosen[f] : DEFAULT_BOT])) as Seats;

export const isBot = (seats: Seats, faction: Faction | null) => faction !== null && seats[faction].kind === 'bot';
export const humanCount = (seats: Seats) => FACTIONS.filter((f) => seats[f].kind === 'human').length;

/** A seat choice from a form or a message, checked: anything unknown is refused (null). */
export function readSeat(value: unknown): SeatChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'human') return HUMAN;
  if (v.kind === 'bot' && (PERSONA_IDS as readonly unknown[]).includes(v.persona) && (DIFFICULTIES as readonly unknown[]).includes(v.difficulty)) {
    return { kind: 'bot', persona: v.persona as PersonaId, difficulty: v.difficulty as Difficulty };
  }
  return null;
}

/** A seat as a save file records it: 'human', or 'bot <persona> <difficulty>' (e.g. 'bot historical standard'). */
export const seatLabel = (seat: SeatChoice): string => (seat.kind === 'human' ? 'human' : `bot ${seat.persona} ${seat.difficulty}`);
export const seatLabels = (seats: Seats) => Object.fromEntries(FACTIONS.map((f) => [f, seatLabel(seats[f])])) as Record<Faction, string>;

/** Seats read back from a save: a label this version does not know seats a person there, who can play on. */
export function seatsFromLabels(labels: Record<Faction, string>): Seats {
  return Object.fromEntries(FACTIONS.map((f) => {
    const [kind, persona, difficulty] = labels[f].split(' ');
    return [f, readSeat({ kind, persona, difficulty }) ?? HUMAN];
  })) as Seats;
}
