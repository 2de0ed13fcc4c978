import type { QuizAttempt } from '@site/src/quiz/attempt';
import type { Catalogue } from '@site/src/data/catalogue';
import { emptyProgress, withAttempt, withVisit, type ProgressDocument } from '@site/src/lib/progress';

/** A two-module course: enough to see statuses, checkpoints and the final. */
export const catalogue: Catalogue = {
  modules: [
    { id: 'chips', title: 'Chips', href: '/course/chips', lessonIds: ['chips/made', 'chips/policy'], quizIds: ['made', 'policy', 'chips-checkpoint'] },
    { id: 'networks', title: 'Networks', href: '/course/networks', lessonIds: ['networks/5g'], quizIds: ['5g'] },
  ],
  lessons: [
    { id: 'chips/made', title: 'How chips are made', href: '/course/chips/made', moduleId: 'chips', quizId: 'made' },
    { id: 'chips/policy', title: 'Chips and policy', href: '/course/chips/policy', moduleId: 'chips', quizId: 'policy' },
    { id: 'networks/5g', title: 'What 5G is', href: '/course/networks/5g', moduleId: 'networks', quizId: '5g' },
  ],
  quizzes: [
    { id: 'made', title: 'How chips are made', href: '/course/chips/made', moduleId: 'chips' },
    { id: 'policy', title: 'Chips and policy', href: '/course/chips/policy', moduleId: 'chips' },
    { id: 'chips-checkpoint', title: 'Checkpoint: chips', href: '/course/chips/checkpoint', moduleId: 'chips' },
    { id: '5g', title: 'What 5G is', href: '/course/networks/5g', moduleId: 'networks' },
    { id: 'final-assessment', title: 'Final assessment', href: '/course/final-assessment', moduleId: null },
  ],
};

export function attempt(quizId: string, percent: number, submittedAt = '2026-11-20T10:00:00.000Z'): QuizAttempt {
  return {
    quizId,
    contentHash: 'h1',
    attempt: 1,
    startedAt: '2026-11-20T09:55:00.000Z',
    submittedAt,
    points: percent / 10,
    maxPoints: 10,
    percent,
    passed: percent >= 70,
    // Checkpoints and the final are exams, as in the course.
    ...(/checkpoint|final-assessment/.test(quizId) && { mode: 'exam' as const }),
    questions: [{ questionId: 'q1', answer: { type: 'single', optionId: 'a' }, points: 1, maxPoints: 1, correct: percent >= 70 }],
  };
}

/** Lesson 1 passed (90%), lesson 2 opened, the checkpoint failed. */
export function someProgress(): ProgressDocument {
  let progress = withVisit(emptyProgress(), 'chips/made', '2026-11-20T09:00:00.000Z');
  progress = withAttempt(progress, attempt('made', 90), 'chips/made');
  progress = withVisit(progress, 'chips/policy', '2026-11-20T11:00:00.000Z');
  progress = withAttempt(progress, attempt('chips-checkpoint', 40, '2026-11-20T11:30:00.000Z'));
  return progress;
}
