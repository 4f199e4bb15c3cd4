// The tutorial advances only when the player does what the card asks, in order, and ends at the menu.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advance, STEP_COUNT, stepNumber, TUTORIAL_STEPS, type TutorialEvent, type TutorialStep } from '../../game/ui/tutorial/steps';

const screen = (s: Extract<TutorialEvent, { type: 'screen' }>['screen'], phase: 'orders' | 'bargaining' | null = null, turn: number | null = 1): TutorialEvent =>
  ({ type: 'screen', screen: s, phase, turn });

function run(events: TutorialEvent[], from: TutorialStep = 'begin'): (TutorialStep | null)[] {
  const seen: (TutorialStep | null)[] = [];
  let step: TutorialStep | null = from;
  for (const e of events) { if (step === null) break; step = advance(step, e); seen.push(step); }
  return seen;
}

describe('tutorial steps', () => {
  it('walks a first turn: begin → hand-off → tick → commit → others → bargain → dial → done', () => {
    const steps = run([
      screen('handoff'), screen('turn', 'orders'), { type: 'order.ticked' }, screen('handoff'),
      screen('turn', 'orders'), screen('handoff'), screen('turn', 'orders'), screen('turn', 'bargaining'),
      screen('turn', 'bargaining'), screen('summary', 'orders', 2), screen('handoff', 'orders', 2), { type: 'finish' },
    ]);
    expect(steps).toEqual(['handoff', 'tick', 'commit', 'others', 'others', 'others', 'others', 'bargain', 'bargain', 'dial', 'done', null]);
  });

  it('does not advance when the player only looks: a redraw of the same screen changes nothing', () => {
    expect(advance('tick', screen('turn', 'orders'))).toBe('tick');
    expect(advance('bargain', screen('turn', 'bargaining'))).toBe('bargain');
    expect(advance('dial', screen('summary'))).toBe('dial');
    expect(advance('begin', screen('seats'))).toBe('begin');
  });

  it('asks for a tick before a commit, but a player who commits no orders still moves on', () => {
    expect(advance('begin', { type: 'order.ticked' })).toBe('begin');
    expect(advance('tick', screen('handoff'))).toBe('others');
  });

  it('finishes only from the last card, and ends whenever the player goes back to the menu', () => {
    expect(advance('bargain', { type: 'finish' })).toBe('bargain');
    for (const s of TUTORIAL_STEPS) expect(advance(s, screen('menu', null, null))).toBeNull();
  });

  it('never moves backwards, whatever happens', () => {
    const event = fc.oneof(
      fc.constant<TutorialEvent>({ type: 'order.ticked' }), fc.constant<TutorialEvent>({ type: 'finish' }),
      fc.record({
        type: fc.constant('screen' as const),
        screen: fc.constantFrom('seats', 'handoff', 'turn', 'summary', 'result') as fc.Arbitrary<'seats'>,
        phase: fc.constantFrom('orders', 'bargaining', null) as fc.Arbitrary<'orders' | null>,
        turn: fc.constantFrom(1, 2, null),
      }));
    fc.assert(fc.property(fc.constantFrom(...TUTORIAL_STEPS), fc.array(event), (start, events) => {
      let index = TUTORIAL_STEPS.indexOf(start);
      for (const step of run(events, start)) {
        if (step === null) return;
        expect(TUTORIAL_STEPS.indexOf(step)).toBeGreaterThanOrEqual(index);
        index = TUTORIAL_STEPS.indexOf(step);
      }
    }));
  });

  it('numbers the steps that ask for something', () => {
    expect(stepNumber('begin')).toBe(1);
    expect(stepNumber('dial')).toBe(STEP_COUNT);
  });
});
