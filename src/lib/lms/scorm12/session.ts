/**
 * A SCORM 1.2 session of one package: LMSInitialize once, the learner's status, score and answers
 * after each submission (then LMSCommit), their place and results in the suspend data, and
 * LMSFinish once when the page goes away. Pure of the DOM: the browser wiring is `start.ts`.
 */
import { emptyProgress, mergeProgress, withAttempt } from '../../progress/model';
import type { ProgressDocument } from '../../progress/schema';
import type { QuizSubmission } from '../index';
import type { LmsPackagePlan, LmsPlan } from '../plan';
import type { Scorm12Api } from './findApi';
import { interactionValues } from './interactions';
import { decodeSuspendData, encodeSuspendData } from './suspendData';
import { cmiTimespan } from './time';

export interface ScormSessionOptions {
  readonly api: Scorm12Api;
  readonly plan: LmsPlan;
  readonly packagePlan: LmsPackagePlan;
  readonly now?: () => Date;
  /** Warnings for the console: a call the LMS refused, unreadable suspend data. */
  readonly warn?: (message: string) => void;
}

export interface ScormSession {
  /** What the suspend data restored: merge it into the learner's progress. Null on a first launch. */
  readonly restored: { readonly place: string | null; readonly progress: ProgressDocument } | null;
  submit(submission: QuizSubmission): void;
  /** The route the learner is on, kept for the next launch. */
  setPlace(place: string): void;
  finish(): void;
}

/** A score as SCORM 1.2's score.raw (0–100): the exact percent, cut (never rounded up) to two decimals. */
export function rawScore(points: number, maxPoints: number): string {
  const exact = maxPoints === 0 ? 0 : (points / maxPoints) * 100;
  return String(Math.floor((exact + 1e-9) * 100) / 100);
}

/** Starts the session, or returns null when the LMS refuses LMSInitialize. */
export function startScormSession({ api, plan, packagePlan, now = () => new Date(), warn = () => {} }: ScormSessionOptions): ScormSession | null {
  if (api.LMSInitialize('') !== 'true') {
    warn(`LMSInitialize failed with error ${api.LMSGetLastError()}`);
    return null;
  }
  const startedAt = now();
  const quizzes = Object.fromEntries(packagePlan.quizIds.flatMap((id) => (plan.quizzes[id] ? [[id, plan.quizzes[id]!] as const] : [])));
  const set = (element: string, value: string) => {
    if (api.LMSSetValue(element, value) !== 'true') warn(`LMSSetValue(${element}) failed with error ${api.LMSGetLastError()}`);
  };

  const status = api.LMSGetValue('cmi.core.lesson_status');
  if (status === 'not attempted' || status === '') set('cmi.core.lesson_status', 'incomplete');
  const saved = api.LMSGetValue('cmi.suspend_data');
  const restored = saved ? decodeSuspendData(saved, quizzes) : null;
  // Suspend data this version cannot read (a newer course) is kept as it is, never overwritten.
  const canWrite = saved === '' || restored !== null;
  if (!canWrite) warn('The LMS holds suspend data this version of the course cannot read; it is kept unchanged.');

  let progress: ProgressDocument = restored ? mergeProgress(emptyProgress(), restored.progress) : emptyProgress();
  let place: string | null = restored?.place ?? null;
  let isFinished = false;

  const writeSuspendData = () => {
    if (!canWrite) return;
    set('cmi.suspend_data', encodeSuspendData({ place, progress }, quizzes, packagePlan.assessedQuizId));
    if (place) set('cmi.core.lesson_location', place.slice(0, 255));
  };

  return {
    restored,
    submit({ quiz, attempt }) {
      const planned = quizzes[quiz.id];
      if (isFinished || !planned) return;
      progress = withAttempt(progress, attempt, planned.docId);
      if (quiz.id === packagePlan.assessedQuizId) {
        const count = Number(api.LMSGetValue('cmi.interactions._count'));
        for (const [element, value] of interactionValues(quiz, attempt, Number.isInteger(count) ? count : 0, now())) set(element, value);
        // The best attempt counts, as on the site: a practice retake never lowers the grade.
        const best = progress.quizzes[quiz.id]!.best;
        set('cmi.core.score.raw', rawScore(best.points, best.maxPoints));
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        set('cmi.core.lesson_status', best.passed ? 'passed' : 'failed');
      }
      writeSuspendData();
      api.LMSCommit('');
    },
    setPlace(next) {
      place = next;
    },
    finish() {
      if (isFinished) return;
      isFinished = true;
      set('cmi.core.session_time', cmiTimespan(now().getTime() - startedAt.getTime()));
      // "suspend" asks the LMS to keep the suspend data, so the next launch resumes.
      set('cmi.core.exit', 'suspend');
      writeSuspendData();
      api.LMSFinish('');
    },
  };
}
