/**
 * A small course for the gradebook's tests: two quizzes whose questions the results builders in
 * `results.ts` answer. The unit tests' stand-in for the generated course-quiz module
 * (tests/doubles/courseQuizzes.ts) is this course.
 *
 * Relative imports: the benchmark (jiti) loads this file too.
 */
import { courseQuizzesOf, type CourseQuiz } from '../../src/lib/gradebook/courseQuizzes';
import type { Quiz } from '../../src/quiz/schema';

const options = (...ids: string[]) => (correct: string[]) => ids.map((id) => ({ id, text: `Option ${id}`, ...(correct.includes(id) && { correct: true }) }));
const abcd = options('a', 'b', 'c', 'd');

export const chipsQuiz: Quiz = {
  id: 'how-chips-are-made',
  title: 'How chips are made',
  questions: [
    { id: 'q1', type: 'single', prompt: 'Q1', options: abcd(['a']), explanation: 'Only learners read this.' },
    { id: 'q2', type: 'true-false', prompt: 'Q2', answer: true },
    { id: 'q3', type: 'single', prompt: 'Q3', options: abcd(['c']) },
    { id: 'q4', type: 'multiple', prompt: 'Q4', options: options('a', 'b', 'c')(['a', 'b']) },
  ],
};

export const fiveGQuiz: Quiz = {
  id: 'what-5g-is',
  title: 'What 5G is',
  passMark: 60,
  questions: [
    { id: 'q1', type: 'true-false', prompt: 'Q1', answer: true },
    { id: 'q2', type: 'true-false', prompt: 'Q2', answer: false },
    { id: 'q3', type: 'true-false', prompt: 'Q3', answer: true, points: 2 },
  ],
};

export const sampleCourse: readonly CourseQuiz[] = courseQuizzesOf([chipsQuiz, fiveGQuiz]);

/** The content hash the course has now for a quiz of the sample course. */
export function currentHashOf(quizId: string): string {
  return sampleCourse.find((entry) => entry.quiz.id === quizId)?.contentHash ?? 'c0ffee';
}
