// The orders draft: ticking and unticking are undone step by step, back to the empty hand, and never further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canUndo, emptyDraft, toggle, undo, type Draft } from '../../game/app/draft';

describe('orders draft and undo', () => {
  it('undoes a tick, then an untick, in reverse order', () => {
    let d = toggle(toggle(emptyDraft, 'a', true), 'b', true);
    d = toggle(d, 'a', false);
    expect(d.selected).toEqual(['b']);
    d = undo(d);
    expect(d.selected).toEqual(['a', 'b']);
    d = undo(d);
    expect(d.selected).toEqual(['a']);
    d = undo(d);
    expect(d.selected).toEqual([]);
    expect(canUndo(d)).toBe(false);
    expect(undo(d)).toBe(d);
  });

  it('a change that changes nothing adds no undo step', () => {
    const d = toggle(emptyDraft, 'a', true);
    expect(toggle(d, 'a', true)).toBe(d);
    expect(toggle(emptyDraft, 'z', false)).toBe(emptyDraft);
  });

  it('any sequence of changes is undone, one step per real change, back to the empty hand', () => {
    const change = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.boolean());
    fc.assert(fc.property(fc.array(change, { maxLength: 30 }), (changes) => {
      const seen: Draft[] = [emptyDraft];
      let d = emptyDraft;
      for (const [card, on] of changes) {
        const next = toggle(d, card, on);
        if (next !== d) seen.push(next);
        d = next;
        expect(new Set(d.selected).size).toBe(d.selected.length);
      }
      for (let i = seen.length - 1; i > 0; i--) {
        expect(d.selected).toEqual(seen[i]!.selected);
        d = undo(d);
      }
      expect(d.selected).toEqual([]);
      expect(canUndo(d)).toBe(false);
    }));
  });
});
