/**
 * Classical item analysis of each question of a quiz, from the students' results.
 *
 * - Difficulty p (facility): the share of the students who were asked the question who got it
 *   right. A pooled quiz asks each student only the questions drawn for them, so every figure
 *   here counts only the students who were asked the question.
 * - Distractors: for question types with choices, how often each wrong choice was picked (an
 *   unanswered question counts as "no answer"); each type's model says how (`wrongChoices`).
 * - Discrimination D (Kelley's upper–lower 27 % method): rank the N students who were asked the
 *   question by their percent on the quiz (ties broken by name, for a stable result), take the top
 *   and bottom g = round(0.27 × N), and subtract the share correct in the lower group from the
 *   share correct in the upper group. D runs from −1 to 1; above about 0.3 the question separates
 *   strong from weak students well, near 0 or negative it does not. With fewer than 2 students
 *   (g = 0) D is null.
 */
import type { Answer } from '../../quiz/attempt';
import { NO_ANSWER } from '../../quiz/questionModel';
import { modelOf } from '../../quiz/types';
import type { GradebookStudent } from './buildGradebook';

export const GROUP_SHARE = 0.27;

export interface DistractorCount {
  readonly choice: string;
  readonly count: number;
}

export interface ItemStats {
  readonly questionId: string;
  readonly type: Answer['type'];
  readonly responses: number;
  readonly correct: number;
  /** Share correct, 0–1. */
  readonly difficulty: number;
  /** Upper-group share correct minus lower-group share correct, or null with too few students. */
  readonly discrimination: number | null;
  /** Wrong choices and how often each was picked; null for question types without choices. */
  readonly distractors: readonly DistractorCount[] | null;
}

interface Response {
  readonly answer: Answer;
  readonly correct: boolean;
}

function countChoices(choices: readonly string[]): DistractorCount[] {
  const counts = new Map<string, number>();
  for (const choice of choices) counts.set(choice, (counts.get(choice) ?? 0) + 1);
  return [...counts.entries()]
    .map(([choice, count]) => ({ choice, count }))
    .sort((a, b) => b.count - a.count || a.choice.localeCompare(b.choice));
}

/**
 * Wrong choices and how often each was picked, for question types with choices to count (each
 * type says which in its model: `wrongChoices`). Responses of another type than the first (data
 * from a changed quiz) are left out rather than miscounted.
 */
function distractorsOf(responses: readonly Response[]): DistractorCount[] | null {
  const type = responses[0]?.answer.type;
  if (type === undefined) return null;
  const choices = modelOf(type).wrongChoices(responses.filter((response) => response.answer.type === type));
  return choices === null ? null : countChoices(choices);
}

/** Item statistics for every question of one quiz, in the order the questions first appear. */
export function analyseQuiz(quizId: string, students: readonly GradebookStudent[]): ItemStats[] {
  const takers = students
    .flatMap((student) => {
      const result = student.results.get(quizId);
      return result ? [{ student, result }] : [];
    })
    .sort((a, b) => b.result.percent - a.result.percent || a.student.name.localeCompare(b.student.name) || a.student.key.localeCompare(b.student.key));

  const questionIds = [...new Set(takers.flatMap(({ result }) => result.questions.map((q) => q.questionId)))];
  return questionIds.map((questionId) => {
    const asked = takers.flatMap(({ result }) => {
      const response = result.questions.find((q) => q.questionId === questionId);
      return response ? [response] : [];
    });
    const responses: Response[] = asked;
    const correct = responses.filter((response) => response.correct).length;
    const groupSize = Math.round(GROUP_SHARE * asked.length);
    const shareCorrect = (group: readonly Response[]) => group.filter((response) => response.correct).length / group.length;
    const upper = asked.slice(0, groupSize);
    const lower = groupSize > 0 ? asked.slice(-groupSize) : [];
    return {
      questionId,
      type: responses[0]!.answer.type,
      responses: responses.length,
      correct,
      difficulty: responses.length === 0 ? 0 : correct / responses.length,
      discrimination: groupSize === 0 ? null : shareCorrect(upper) - shareCorrect(lower),
      distractors: distractorsOf(responses),
    };
  });
}
