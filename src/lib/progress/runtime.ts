/**
 * Everything the progress hooks need at run time, in one module that they load lazily: the
 * store, the pure updates and, through them, the zod/mini schemas. Kept apart so that the code
 * on every course page (sidebar, lesson wrapper, quiz) does not carry the validator in its
 * bundle; it arrives after hydration, which is when storage may be read anyway.
 */
export { progressStore } from './store';
export { withAttempt, withLearnerSeed, withVisit } from './model';
