/**
 * @jest-environment node
 */
/*
 * The SCORM 1.2 runtime against a recording stand-in for the LMS API: what it reports after a
 * submission, what it keeps in the suspend data, and that a relaunch gets the answers back.
 * (The browser test runs the real packages under scorm-again.)
 */
import type { LmsPlan, PlannedQuiz } from '@site/src/lib/lms/plan';
import type { Scorm12Api } from '@site/src/lib/lms/scorm12/findApi';
import { rawScore, startScormSession } from '@site/src/lib/lms/scorm12/session';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '@site/src/lib/lms/scorm12/suspendData';
import { emptyProgress, withAttempt } from '@site/src/lib/progress/model';
import type { Answer, QuizAttempt } from '@site/src/quiz/attempt';
import { quizContentHash } from '@site/src/quiz/contentHash';
import type { Question, Quiz } from '@site/src/quiz/schema';
import { emptyAnswer, scoreQuiz } from '@site/src/quiz/scoring';
import { coursePackages } from '../../support/courseBank';

let plan: LmsPlan;

beforeAll(async () => {
  plan = (await coursePackages()).plan;
});

/** A right answer to every question (ordering in order), with long typed answers to be safe. */
function rightAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.options.find((option) => option.correct)!.id };
    case 'multiple':
      return { type: 'multiple', optionIds: question.options.filter((option) => option.correct).map((option) => option.id) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'ordering':
      return { type: 'ordering', itemIds: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])) };
    case 'short-answer':
      return { type: 'short-answer', text: question.accept?.[0] ?? `${question.number!.value} ${question.unit ?? ''}`.trim() };
  }
}

function attemptOn(quiz: Quiz, answers: (question: Question) => Answer, at = '2026-03-01T10:05:00.000Z'): QuizAttempt {
  const score = scoreQuiz(quiz, Object.fromEntries(quiz.questions.map((question) => [question.id, answers(question)])));
  return { quizId: quiz.id, contentHash: quizContentHash(quiz), attempt: 1, startedAt: '2026-03-01T10:00:00.000Z', submittedAt: at, mode: quiz.mode ?? 'practice', ...score };
}

/** Every quiz of a package answered, the way the learner's progress would hold it. */
function everythingAnswered(quizIds: readonly string[]) {
  let progress = emptyProgress();
  for (const id of quizIds) progress = withAttempt(progress, attemptOn(plan.quizzes[id]!.quiz, rightAnswer), plan.quizzes[id]!.docId);
  return progress;
}

const packageQuizzes = (quizIds: readonly string[]): Record<string, PlannedQuiz> => Object.fromEntries(quizIds.map((id) => [id, plan.quizzes[id]!]));

describe('the suspend data', () => {
  it('holds the largest module with every question answered in under 4,096 ASCII characters', () => {
    const modules = plan.packages.filter((pkg) => pkg.id !== 'silicon-statecraft');
    const sizes = modules.map((pkg) => {
      const text = encodeSuspendData({ place: `/course/${pkg.id}/checkpoint`, progress: everythingAnswered(pkg.quizIds) }, packageQuizzes(pkg.quizIds), pkg.assessedQuizId);
      expect(text).toMatch(/^[\x20-\x7e]+$/);
      return { id: pkg.id, questions: pkg.quizIds.reduce((sum, id) => sum + plan.quizzes[id]!.quiz.questions.length, 0), length: text.length };
    });
    const largest = sizes.reduce((a, b) => (b.questions > a.questions ? b : a));
    expect(largest.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // For the report: npx jest tests/unit/lms/scorm-runtime.test.ts prints it.
    console.info(`suspend_data, largest module (${largest.id}, ${largest.questions} questions, every one answered): ${largest.length} characters`);
  });

  it('holds the whole course, every question answered, within the limit too', () => {
    const course = plan.packages.find((pkg) => pkg.id === 'silicon-statecraft')!;
    const text = encodeSuspendData({ place: '/course/final-assessment', progress: everythingAnswered(course.quizIds) }, packageQuizzes(course.quizIds), course.assessedQuizId);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(decodeSuspendData(text, packageQuizzes(course.quizIds))?.progress.quizzes[course.assessedQuizId]).toBeDefined();
    console.info(`suspend_data, course package, every question answered: ${text.length} characters`);
  });

  it('gives back every answer, the place, the attempt count and the best score', () => {
    const pkg = plan.packages.find((candidate) => candidate.id === 'foundations')!;
    const quizzes = packageQuizzes(pkg.quizIds);
    const checkpoint = plan.quizzes[pkg.assessedQuizId]!.quiz;
    let progress = withAttempt(emptyProgress(), attemptOn(checkpoint, rightAnswer, '2026-03-01T10:05:00.000Z'), 'foundations/checkpoint');
    const second = attemptOn(checkpoint, (question) => emptyAnswer(question), '2026-03-02T09:00:00.000Z');
    progress = withAttempt(progress, { ...second, attempt: 2, startedAt: '2026-03-02T08:58:00.000Z' }, 'foundations/checkpoint');
    const back = decodeSuspendData(encodeSuspendData({ place: '/course/foundations/checkpoint', progress }, quizzes, pkg.assessedQuizId), quizzes)!;
    expect(back.place).toBe('/course/foundations/checkpoint');
    const entry = back.progress.quizzes[checkpoint.id]!;
    expect(entry.attempts).toBe(2);
    expect(entry.latest).toEqual({ ...second, attempt: 2, startedAt: '2026-03-02T08:58:00.000Z' });
    expect(entry.best).toEqual(progress.quizzes[checkpoint.id]!.best);
    expect(back.progress.lessons['foundations/checkpoint']?.completedAt).toBe('2026-03-01T10:05:00.000Z');
  });

  it('ignores results of another version of a quiz and text it does not know', () => {
    const pkg = plan.packages.find((candidate) => candidate.id === 'foundations')!;
    const quizzes = packageQuizzes(pkg.quizIds);
    const text = encodeSuspendData({ place: null, progress: everythingAnswered(pkg.quizIds) }, quizzes, pkg.assessedQuizId);
    const checkpoint = plan.quizzes[pkg.assessedQuizId]!;
    const edited = { ...quizzes, [checkpoint.quiz.id]: { ...checkpoint, quiz: { ...checkpoint.quiz, title: 'Edited' } } };
    expect(decodeSuspendData(text, edited)!.progress.quizzes[checkpoint.quiz.id]).toBeUndefined();
    expect(decodeSuspendData('2|/x|whatever', quizzes)).toBeNull();
    expect(decodeSuspendData('not suspend data', quizzes)).toBeNull();
  });
});

/** A stand-in LMS: values in a map, every call recorded. */
function recordingApi(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries({ 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '', 'cmi.interactions._count': '0', ...initial }));
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => (calls.push(`get ${element}`), values.get(element) ?? ''),
    LMSSetValue: (element, value) => {
      calls.push(`set ${element}`);
      values.set(element, value);
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
  return { api, values, calls };
}

/** SCORM 1.2's response formats (RTE 3.4.2.7.5), strictly. */
const FORMATS: Record<string, RegExp> = {
  'true-false': /^[01tf]$/,
  choice: /^[0-9a-z](,[0-9a-z])*$/,
  sequencing: /^[0-9a-z](,[0-9a-z])*$/,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  numeric: /^-?\d+(\.\d+)?$/,
  'fill-in': /^.{1,255}$/,
};

describe('a SCORM session', () => {
  const session = (api: Scorm12Api, id = 'foundations') => startScormSession({ api, plan, packagePlan: plan.packages.find((pkg) => pkg.id === id)!, now: () => new Date('2026-03-01T10:10:00Z') })!;

  it('marks a first launch incomplete, and reports score, status and one interaction per question on submitting the checkpoint', () => {
    const { api, values, calls } = recordingApi();
    const running = session(api);
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    const checkpoint = plan.quizzes['foundations-checkpoint']!.quiz;
    const attempt = attemptOn(checkpoint, rightAnswer);
    running.submit({ quiz: checkpoint, attempt });
    expect(values.get('cmi.core.score.raw')).toBe(rawScore(attempt.points, attempt.maxPoints));
    expect(values.get('cmi.core.lesson_status')).toBe('passed');
    expect(calls.at(-1)).toBe('LMSCommit');
    const ids = [...values.keys()].filter((key) => /^cmi\.interactions\.\d+\.id$/.test(key));
    expect(ids).toHaveLength(checkpoint.questions.length);
    for (let n = 0; n < ids.length; n++) {
      const type = values.get(`cmi.interactions.${n}.type`)!;
      expect({ type, response: values.get(`cmi.interactions.${n}.student_response`) }).toEqual({ type, response: expect.stringMatching(FORMATS[type]!) });
      expect(values.get(`cmi.interactions.${n}.correct_responses.0.pattern`)).toMatch(FORMATS[type]!);
      expect(values.get(`cmi.interactions.${n}.result`)).toBe('correct');
    }
  });

  it('reports a failed checkpoint as failed, and a lesson quiz without touching score or status', () => {
    const { api, values } = recordingApi();
    const running = session(api);
    const lesson = plan.quizzes['what-is-tech-diplomacy']!.quiz;
    running.submit({ quiz: lesson, attempt: attemptOn(lesson, rightAnswer) });
    expect(values.get('cmi.core.score.raw')).toBeUndefined();
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    const checkpoint = plan.quizzes['foundations-checkpoint']!.quiz;
    running.submit({ quiz: checkpoint, attempt: attemptOn(checkpoint, (question) => emptyAnswer(question)) });
    expect(values.get('cmi.core.lesson_status')).toBe('failed');
    expect(values.get('cmi.core.score.raw')).toBe('0');
  });

  it('finishes once, asking the LMS to keep the suspend data, and a relaunch restores the answers and the place', () => {
    const { api, values, calls } = recordingApi();
    const running = session(api);
    const checkpoint = plan.quizzes['foundations-checkpoint']!.quiz;
    const attempt = attemptOn(checkpoint, rightAnswer);
    running.submit({ quiz: checkpoint, attempt });
    running.setPlace('/course/foundations/checkpoint');
    running.finish();
    running.finish();
    expect(calls.filter((call) => call === 'LMSFinish')).toHaveLength(1);
    expect(values.get('cmi.core.exit')).toBe('suspend');
    expect(values.get('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);

    const again = recordingApi({ 'cmi.suspend_data': values.get('cmi.suspend_data')!, 'cmi.core.lesson_status': 'passed', 'cmi.core.entry': 'resume' });
    const resumed = session(again.api);
    expect(resumed.restored?.place).toBe('/course/foundations/checkpoint');
    expect(resumed.restored?.progress.quizzes[checkpoint.id]?.latest.questions.map((result) => result.answer)).toEqual(attempt.questions.map((result) => result.answer));
    expect(again.values.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('keeps suspend data it cannot read rather than overwrite it', () => {
    const { api, values } = recordingApi({ 'cmi.suspend_data': '9|from a newer course' });
    session(api).finish();
    expect(values.get('cmi.suspend_data')).toBe('9|from a newer course');
  });

  it('writes score.raw as the exact percent, cut to two decimals, so it never passes when the course says not', () => {
    expect(rawScore(13.9, 20)).toBe('69.5');
    expect(rawScore(2, 3)).toBe('66.66');
    expect(rawScore(7, 10)).toBe('70');
  });
});
