// The learning check's answers of one game: per team, before and after, summarised per question; and a screen's copy
// of them, which sends each team's answers to be kept with the game.
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../game/app/intents';
import type { LearningAnswers, LearningCheck } from '../../game/rules';
import { gameAnswers, hasAnswered, recordAnswers, summarise } from '../../game/ui/learning/answers';

const source = { cite: ['securityDilemma' as const] };
const CHECK: LearningCheck = { questions: [
  { id: 'q1', question: 'One?', choices: ['a', 'b'], answer: 1, explanation: 'b.', source },
  { id: 'q2', question: 'Two?', choices: ['a', 'b', 'c'], answer: 0, explanation: 'a.', source },
] };

describe('learning answers', () => {
  it('summarises right answers per question, before and after, over the teams that answered', () => {
    let book: LearningAnswers = {};
    book = recordAnswers(book, 'before', 'belarus', { q1: 0, q2: 0 });
    book = recordAnswers(book, 'before', 'nato', { q1: 1, q2: 2 });
    book = recordAnswers(book, 'after', 'belarus', { q1: 1, q2: 0 });
    book = recordAnswers(book, 'after', 'nato', { q1: 1 });
    expect(summarise(CHECK, book)).toEqual([
      { id: 'q1', before: { answered: 2, right: 1 }, after: { answered: 2, right: 2 } },
      { id: 'q2', before: { answered: 2, right: 1 }, after: { answered: 1, right: 1 } },
    ]);
  });

  it('keeps teams and phases apart, and a team answering again replaces its answers', () => {
    let book = recordAnswers({}, 'before', 'russia', { q1: 0 });
    book = recordAnswers(book, 'before', 'russia', { q1: 1 });
    expect(hasAnswered(book, 'before', 'russia')).toBe(true);
    expect(hasAnswered(book, 'after', 'russia')).toBe(false);
    expect(hasAnswered(book, 'before', 'nato')).toBe(false);
    expect(summarise(CHECK, book)[0]).toEqual({ id: 'q1', before: { answered: 1, right: 1 }, after: { answered: 0, right: 0 } });
  });

  it('a screen\'s copy starts from the game\'s answers, adds each team\'s and sends them to be kept with the game', () => {
    const sent: Intent[] = [];
    const held = recordAnswers({}, 'before', 'belarus', { q1: 1 });
    const book = gameAnswers(held, (i) => sent.push(i));
    expect(hasAnswered(book.get(), 'before', 'belarus')).toBe(true);
    book.record('after', 'nato', { q1: 1, q2: 0 });
    expect(sent).toEqual([{ type: 'learning.answer', phase: 'after', team: 'nato', answers: { q1: 1, q2: 0 } }]);
    expect(summarise(CHECK, book.get())[1]).toEqual({ id: 'q2', before: { answered: 0, right: 0 }, after: { answered: 1, right: 1 } });
    // Another game's copy knows nothing of these.
    expect(gameAnswers({}, () => {}).get()).toEqual({});
  });
});
