// The class's answers to a scenario's learning check, kept per team for the page session (nothing is stored on
// the device), and the before/after summary per question for the debrief. Pure functions over plain data.
import type { Faction, LearningCheck } from '../../rules';

export type CheckPhase = 'before' | 'after';
/** One team's choice per question id (index into its choices). */
export type TeamAnswers = Record<string, number>;
/** Answers by scenario id, then phase, then team. */
export type AnswerBook = Record<string, Partial<Record<CheckPhase, Partial<Record<Faction, TeamAnswers>>>>>;

export function recordAnswers(book: AnswerBook, scenarioId: string, phase: CheckPhase, team: Faction, answers: TeamAnswers): AnswerBook {
  const scenario = book[scenarioId] ?? {};
  return { ...book, [scenarioId]: { ...scenario, [phase]: { ...scenario[phase], [team]: answers } } };
}

export interface QuestionSummary {
  id: string;
  /** Teams that answered, and how many of them were right, before and after. */
  before: { answered: number; right: number };
  after: { answered: number; right: number };
}

export function summarise(check: LearningCheck, book: AnswerBook, scenarioId: string): QuestionSummary[] {
  const count = (phase: CheckPhase, id: string, answer: number) => {
    const teams = Object.values(book[scenarioId]?.[phase] ?? {}).filter((a) => a[id] !== undefined);
    return { answered: teams.length, right: teams.filter((a) => a[id] === answer).length };
  };
  return check.questions.map((q) => ({ id: q.id, before: count('before', q.id, q.answer), after: count('after', q.id, q.answer) }));
}

export function hasAnswered(book: AnswerBook, scenarioId: string, phase: CheckPhase, team: Faction): boolean {
  return book[scenarioId]?.[phase]?.[team] !== undefined;
}

/** The one answer book of this page session. */
let session: AnswerBook = {};
export const sessionAnswers = {
  get: (): AnswerBook => session,
  record: (scenarioId: string, phase: CheckPhase, team: Faction, answers: TeamAnswers): void => {
    session = recordAnswers(session, scenarioId, phase, team, answers);
  },
};
