/**
 * The one point where the quiz meets an LMS. The quiz calls `reportQuizSubmission` after every
 * submission; outside an LMS package nothing listens and the call does nothing. Inside a SCORM
 * package, the package's runtime (`scorm12/`, started by a client module that only the package
 * build includes) listens and reports to the LMS.
 */
import type { QuizAttempt } from '../../quiz/attempt';
import type { Quiz } from '../../quiz/schema';

export interface QuizSubmission {
  readonly quiz: Quiz;
  readonly attempt: QuizAttempt;
}

type Listener = (submission: QuizSubmission) => void;

let listener: Listener | null = null;

/** Starts reporting submissions to `next`; returns the function that stops it. */
export function connectLms(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}

/** Called by the quiz once an attempt is scored and saved. */
export function reportQuizSubmission(quiz: Quiz, attempt: QuizAttempt): void {
  listener?.({ quiz, attempt });
}
