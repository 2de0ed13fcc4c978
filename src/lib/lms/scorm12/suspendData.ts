/**
 * The learner's place and quiz results in `cmi.suspend_data`, which SCORM 1.2 limits to 4,096
 * characters. Answers are written by each question type's SCORM codec (a few characters each);
 * scores are not written but re-derived from the answers when read, and an entry of another
 * version of a quiz (another content hash) is ignored, as on the site.
 *
 *   1|/course/foundations/checkpoint|quiz-id:hash:attempts:best:bestAt:submittedAt:duration:0=a,1=bc;…
 *
 * Numbers are base 36; times are whole seconds since 1970; `best` is the best score's points × 100.
 */
import type { QuestionResult, QuizAttempt } from '../../../quiz/attempt';
import { quizContentHash } from '../../../quiz/contentHash';
import { roundPoints } from '../../../quiz/points';
import type { Quiz } from '../../../quiz/schema';
import { isPassingScore, percentOf, scoreQuestion } from '../../../quiz/scoring';
import { scormOf } from '../../../quiz/types/scorm';
import type { ProgressDocument, QuizEntry } from '../../progress/schema';
import type { PlannedQuiz } from '../plan';

export const SUSPEND_DATA_LIMIT = 4096;
const VERSION = '1';
const PLACE = /^[\w\-/]*$/;

export interface SuspendState {
  /** The route the learner was on. */
  readonly place: string | null;
  readonly progress: ProgressDocument;
}

const b36 = (value: number) => Math.max(0, Math.round(value)).toString(36);
const fromB36 = (text: string) => (/^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : NaN);
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const iso = (secondsSinceEpoch: number) => new Date(secondsSinceEpoch * 1000).toISOString();

function encodeEntry(quiz: Quiz, entry: QuizEntry): string {
  const { latest, best } = entry;
  const answers = latest.questions.flatMap((result) => {
    const index = quiz.questions.findIndex((question) => question.id === result.questionId);
    const question = quiz.questions[index];
    if (!question || result.answer.type !== question.type) return [];
    return [`${b36(index)}=${scormOf(question.type).encode(question, result.answer)}`];
  });
  return [
    quiz.id,
    entry.contentHash,
    b36(entry.attempts),
    b36(best.points * 100),
    b36(seconds(best.submittedAt)),
    b36(seconds(latest.submittedAt)),
    b36(seconds(latest.submittedAt) - seconds(latest.startedAt)),
    answers.join(','),
  ].join(':');
}

/**
 * Encodes the place and the results of the package's quizzes. When the text would pass the
 * limit, the results of quizzes other than `keepQuizId` are left out, oldest first, then the place.
 */
export function encodeSuspendData(state: SuspendState, quizzes: Readonly<Record<string, PlannedQuiz>>, keepQuizId: string): string {
  const entries = Object.entries(state.progress.quizzes)
    .filter(([id]) => quizzes[id] !== undefined)
    .sort(([idA, a], [idB, b]) => (idA === keepQuizId ? 1 : idB === keepQuizId ? -1 : Date.parse(a.latest.submittedAt) - Date.parse(b.latest.submittedAt)))
    .map(([id, entry]) => encodeEntry(quizzes[id]!.quiz, entry));
  const place = state.place && PLACE.test(state.place) ? state.place : '';
  const text = (kept: string[], where: string) => `${VERSION}|${where}|${kept.join(';')}`;
  let kept = entries;
  while (text(kept, place).length > SUSPEND_DATA_LIMIT && kept.length > 1) kept = kept.slice(1);
  return text(kept, place).length > SUSPEND_DATA_LIMIT ? text(kept, '') : text(kept, place);
}

function decodeEntry(fields: string[], planned: PlannedQuiz): QuizEntry | null {
  const [, hash, attemptsText, bestText, bestAtText, submittedText, durationText, answersText = ''] = fields;
  const { quiz } = planned;
  const contentHash = quizContentHash(quiz);
  if (hash !== contentHash) return null;
  const [attempts, best, bestAt, submitted, duration] = [attemptsText, bestText, bestAtText, submittedText, durationText].map((text) => fromB36(text ?? ''));
  if ([attempts, best, bestAt, submitted, duration].some((value) => !Number.isFinite(value)) || attempts! < 1) return null;
  const questions: QuestionResult[] = [];
  for (const part of answersText === '' ? [] : answersText.split(',')) {
    const [indexText, code = ''] = part.split('=');
    const question = quiz.questions[fromB36(indexText ?? '')];
    if (!question || questions.some((result) => result.questionId === question.id)) continue;
    questions.push(scoreQuestion(question, scormOf(question.type).decode(question, code)));
  }
  // As the quiz records it: the mode the quiz is in (the content hash pins the version).
  const mode = quiz.mode ?? 'practice';
  const points = roundPoints(questions.reduce((sum, result) => sum + result.points, 0));
  const maxPoints = roundPoints(questions.reduce((sum, result) => sum + result.maxPoints, 0));
  const latest: QuizAttempt = {
    quizId: quiz.id,
    contentHash,
    attempt: attempts!,
    startedAt: iso(submitted! - duration!),
    submittedAt: iso(submitted!),
    points,
    maxPoints,
    percent: percentOf(points, maxPoints),
    passed: isPassingScore(points, maxPoints, quiz.passMark),
    mode,
    questions,
  };
  const bestPoints = best! / 100;
  return {
    contentHash,
    latest,
    best: {
      points: bestPoints,
      maxPoints,
      percent: percentOf(bestPoints, maxPoints),
      passed: isPassingScore(bestPoints, maxPoints, quiz.passMark),
      submittedAt: iso(bestAt!),
      mode,
    },
    attempts: attempts!,
  };
}

/**
 * Reads suspend data written by `encodeSuspendData`. Entries that do not parse, of quizzes not
 * in the package, or of another version of a quiz are skipped. Returns null for text that is not
 * this format (empty, or written by a newer version of the course).
 */
export function decodeSuspendData(text: string, quizzes: Readonly<Record<string, PlannedQuiz>>): SuspendState | null {
  const [version, place = '', body = ''] = text.split('|');
  if (version !== VERSION) return null;
  const progress: ProgressDocument = { version: 2, lessons: {}, quizzes: {}, lastActivity: null };
  const quizEntries: Record<string, QuizEntry> = {};
  const lessons: ProgressDocument['lessons'] = {};
  for (const part of body === '' ? [] : body.split(';')) {
    const fields = part.split(':');
    const planned = quizzes[fields[0] ?? ''];
    const entry = planned ? decodeEntry(fields, planned) : null;
    if (!planned || !entry) continue;
    quizEntries[planned.quiz.id] = entry;
    lessons[planned.docId] = {
      visitedAt: entry.latest.startedAt,
      ...(entry.best.passed ? { completedAt: entry.best.submittedAt } : {}),
    };
  }
  return { place: PLACE.test(place) && place !== '' ? place : null, progress: { ...progress, lessons, quizzes: quizEntries } };
}
