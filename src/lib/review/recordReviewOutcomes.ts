import type { QuizAttempt } from '../../quiz/attempt';
import { loadProgressRuntime } from '../progress/useProgress';

/**
 * The one call the quiz makes at submit: every question answered wrong, or right only with help
 * (`helpedIds`), joins the learner's review deck, and questions already in it are reviewed (see
 * src/review/outcomes.ts). The scheduler (ts-fsrs) loads here, on the first submit, not with the
 * lesson page. Nothing here touches assignment results.
 */
export async function recordReviewOutcomes(attempt: QuizAttempt, helpedIds: readonly string[]): Promise<void> {
  const [{ progressStore }, { withAttemptOutcomes }] = await Promise.all([
    loadProgressRuntime(),
    import('../../review/outcomes'),
  ]);
  const helped = new Set(helpedIds);
  progressStore.update((progress) => ({ ...progress, review: withAttemptOutcomes(progress.review, attempt, helped) }));
}
