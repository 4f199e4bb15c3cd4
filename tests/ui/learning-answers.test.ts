// The learning check's answer book: per team, before and after, summarised per question.
import { describe, expect, it } from 'vitest';
import type { LearningCheck } from '../../game/rules';
import { hasAnswered, recordAnswers, summarise, type AnswerBook } from '../../game/ui/learning/answers';

const source = { cite: ['securityDilemma' as const] };
const CHECK: LearningCheck = { questions: [
  { id: 'q1', question: 'One?', choices: ['a', 'b'], answer: 1, explanation: 'b.', source },
  { id: 'q2', question: 'Two?', choices: ['a', 'b', 'c'], answer: 0, explanation: 'a.', source },
] };

describe('learning answers', () => {
  it('summarises right answers per question, before and after, over the teams that answered', () => {
    let book: AnswerBook = {};
    book = recordAnswers(book, 'ultimatum', 'before', 'belarus', { q1: 0, q2: 0 });
    book = recordAnswers(book, 'ultimatum', 'before', 'nato', { q1: 1, q2: 2 });
    book = recordAnswers(book, 'ultimatum', 'after', 'belarus', { q1: 1, q2: 0 });
    book = recordAnswers(book, 'ultimatum', 'after', 'nato', { q1: 1 });
    expect(summarise(CHECK, book, 'ultimatum')).toEqual([
      { id: 'q1', before: { answered: 2, right: 1 }, after: { answered: 2, right: 2 } },
      { id: 'q2', before: { answered: 2, right: 1 }, after: { answered: 1, right: 1 } },
    ]);
  });

  it('keeps scenarios and teams apart, and a team answering again replaces its answers', () => {
    let book = recordAnswers({}, 'ultimatum', 'before', 'russia', { q1: 0 });
    book = recordAnswers(book, 'ultimatum', 'before', 'russia', { q1: 1 });
    expect(hasAnswered(book, 'ultimatum', 'before', 'russia')).toBe(true);
    expect(hasAnswered(book, 'ultimatum', 'after', 'russia')).toBe(false);
    expect(hasAnswered(book, 'airbase', 'before', 'russia')).toBe(false);
    expect(summarise(CHECK, book, 'ultimatum')[0]).toEqual({ id: 'q1', before: { answered: 1, right: 1 }, after: { answered: 0, right: 0 } });
    expect(summarise(CHECK, book, 'airbase')[0]!.before.answered).toBe(0);
  });
});
