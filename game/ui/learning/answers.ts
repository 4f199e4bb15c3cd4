// The answers of the game on screen to its scenario's learning check, per team, before and after, and the
// before/after summary per question for the debrief. The answers belong to the game: the app keeps them in its
// save; a screen that offers the check keeps a copy of them, since it is not drawn again when a team answers.
import type { CheckPhase, Faction, LearningAnswers, LearningCheck, TeamAnswers } from '../../rules/types';
import type { SendIntent } from '../../app/intents';

export type { CheckPhase, TeamAnswers };

export function recordAnswers(book: LearningAnswers, phase: CheckPhase, team: Faction, answers: TeamAnswers): LearningAnswers {
  return { ...book, [phase]: { ...book[phase], [team]: answers } };
}

export interface QuestionSummary {
  id: string;
  /** Teams that answered, and how many of them were right, before and after. */
  before: { answered: number; right: number };
  after: { answered: number; right: number };
}

export function summarise(check: LearningCheck, book: LearningAnswers): QuestionSummary[] {
  const count = (phase: CheckPhase, id: string, answer: number) => {
    const teams = Object.values(book[phase] ?? {}).filter((a) => a[id] !== undefined);
    return { answered: teams.length, right: teams.filter((a) => a[id] === answer).length };
  };
  return check.questions.map((q) => ({ id: q.id, before: count('before', q.id, q.answer), after: count('after', q.id, q.answer) }));
}

export function hasAnswered(book: LearningAnswers, phase: CheckPhase, team: Faction): boolean {
  return book[phase]?.[team] !== undefined;
}

/** The answers as one screen knows them: what the game held when the screen was drawn, and each team's answers
 *  since, which are also sent to be kept with the game. */
export interface GameAnswers {
  get(): LearningAnswers;
  record(phase: CheckPhase, team: Faction, answers: TeamAnswers): void;
}

export function gameAnswers(held: LearningAnswers, send: SendIntent): GameAnswers {
  let book = held;
  return {
    get: () => book,
    record: (phase, team, answers) => {
      book = recordAnswers(book, phase, team, answers);
      send({ type: 'learning.answer', phase, team, answers });
    },
  };
}
