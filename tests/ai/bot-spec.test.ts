// Seat specs for the simulator and the what-if panel: per-faction personas and difficulties, "random" and
// "historical" for every seat, and errors that say what is wrong.
import { describe, expect, it } from 'vitest';
import { parseBots, seatName } from '../../game/ai/bot-spec';

describe('parseBots', () => {
  it('reads one player per seat, with standard as the default difficulty', () => {
    const seats = parseBots('belarus=historical:standard,russia=hawk:easy,nato=random');
    expect(seats).toEqual({
      belarus: { kind: 'bot', persona: 'historical', difficulty: 'standard' },
      russia: { kind: 'bot', persona: 'hawk', difficulty: 'easy' },
      nato: { kind: 'random' },
    });
    expect(parseBots('opportunist').nato).toEqual({ kind: 'bot', persona: 'opportunist', difficulty: 'standard' });
  });

  it('keeps "random" and "historical" (the plain script follower) for every seat, and fills unnamed seats', () => {
    expect(Object.values(parseBots('random')).every((s) => s.kind === 'random')).toBe(true);
    expect(Object.values(parseBots('historical')).every((s) => s.kind === 'script')).toBe(true);
    const mixed = parseBots('accommodating:expert,nato=random');
    expect(seatName(mixed.belarus)).toBe('accommodating:expert');
    expect(seatName(mixed.nato)).toBe('random');
  });

  it('names what is wrong', () => {
    expect(() => parseBots('poland=hawk')).toThrow(/unknown faction "poland"/);
    expect(() => parseBots('belarus=dove')).toThrow(/unknown player "dove"/);
    expect(() => parseBots('hawk:impossible')).toThrow(/unknown difficulty/);
    expect(() => parseBots('belarus=hawk')).toThrow(/no player for russia/);
  });
});
