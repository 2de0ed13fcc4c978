/**
 * One `cmi.interactions.n` entry per answered question of a submitted attempt (SCORM 1.2 RTE
 * 3.4.2.7), as element–value pairs in the order they are set. Interactions are write-only and
 * journaled in 1.2: each submission appends entries after the ones already recorded.
 */
import type { QuizAttempt } from '../../../quiz/attempt';
import { formatPoints } from '../../../quiz/points';
import type { Quiz } from '../../../quiz/schema';
import { isAnswered } from '../../../quiz/scoring';
import { scormOf } from '../../../quiz/types/scorm';
import { cmiTime } from './time';

export function interactionValues(quiz: Quiz, attempt: QuizAttempt, firstIndex: number, at: Date): Array<readonly [string, string]> {
  const values: Array<readonly [string, string]> = [];
  let n = firstIndex;
  for (const result of attempt.questions) {
    const question = quiz.questions.find((candidate) => candidate.id === result.questionId);
    if (!question || !isAnswered(question, result.answer)) continue;
    const scorm = scormOf(question.type);
    const prefix = `cmi.interactions.${n}`;
    values.push([`${prefix}.id`, question.id], [`${prefix}.type`, scorm.interactionType(question)]);
    scorm.correctPatterns(question).forEach((pattern, index) => values.push([`${prefix}.correct_responses.${index}.pattern`, pattern]));
    const response = scorm.response(question, result.answer);
    if (response !== null) values.push([`${prefix}.student_response`, response]);
    // Partial credit is written as the points earned, which SCORM 1.2 allows as a result.
    const verdict = result.correct ? 'correct' : result.points > 0 ? formatPoints(result.points) : 'wrong';
    values.push([`${prefix}.result`, verdict], [`${prefix}.weighting`, formatPoints(result.maxPoints)], [`${prefix}.time`, cmiTime(at)]);
    n += 1;
  }
  return values;
}
