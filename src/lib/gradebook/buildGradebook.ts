/**
 * The class gradebook from the imported results files, every result re-scored with the course's
 * own quizzes (`rescoreResult`): one row per student, one column per quiz of the assignment, and
 * class averages per quiz.
 *
 * Who a file is from: the email its student typed, else the name (`identityOf`). Nothing proves
 * it, so two files for one identity are a conflict, never a silent replacement: both are listed
 * by file name, and the instructor picks the one that counts, or keeps each quiz's best result
 * (an explicit setting). Until then that student is left out of the table and the exports.
 *
 * An attempt at a quiz outside the assignment, or at a quiz this version of the course does not
 * have, is not counted; each is listed as a finding, as is every result whose file claims another
 * score, verdict or lateness than the re-score, or that was made on an older version of its quiz.
 */
import { roundPoints } from '../../quiz/points';
import { DEFAULT_PASS_MARK, maxPointsOf } from '../../quiz/scoring';
import type { Learner, ResultsFile } from '../results/schema';
import type { CourseQuiz } from './courseQuizzes';
import { rescoreResult, type AssignmentTerms, type Rescored } from './rescore';

export interface ImportedFile {
  readonly fileName: string;
  readonly results: ResultsFile;
}

export const CONFLICT_POLICIES = ['choose', 'best'] as const;
/** `choose`: the instructor picks a file per conflict; `best`: each quiz's best result counts. */
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

export interface ConflictChoices {
  readonly policy: ConflictPolicy;
  /** Identity → the file name chosen to count, under `choose`. */
  readonly chosen: ReadonlyMap<string, string>;
}

export const NO_CHOICES: ConflictChoices = { policy: 'choose', chosen: new Map() };

export interface GradingContext {
  /** The course's quizzes by id (`courseQuizMap`). */
  readonly course: ReadonlyMap<string, CourseQuiz>;
  /** What the assignment asks for, or null while only its id and title are known. */
  readonly terms: AssignmentTerms | null;
  /** The assignment's quizzes in order (from its items and the catalogue), or null with `terms`. */
  readonly quizIds: readonly string[] | null;
}

export interface GradedResult extends Rescored {
  readonly fileName: string;
}

export interface GradebookQuiz {
  readonly id: string;
  /** The course's title for the quiz, never a file's. */
  readonly title: string;
  /** Points possible: the largest re-scored maximum, else the quiz's whole maximum. */
  readonly maxPoints: number;
  /** Percent needed to pass: the assignment's, else the quiz's. */
  readonly passMark: number;
}

export interface GradebookStudent {
  readonly key: string;
  readonly name: string;
  readonly email: string | undefined;
  readonly results: ReadonlyMap<string, GradedResult>;
}

/** One file of a conflict, as the instructor chooses between them. */
export interface ConflictFile {
  readonly fileName: string;
  readonly learner: Learner;
  readonly exportedAt: string;
  /** Re-scored points over the assignment's quizzes in the file. */
  readonly points: number;
  readonly maxPoints: number;
}

export interface Conflict {
  readonly key: string;
  readonly files: readonly ConflictFile[];
  /** The file that counts (under `choose`), or null until the instructor picks one. */
  readonly chosen: string | null;
}

export type Finding =
  | { readonly kind: 'outside-assignment' | 'unknown-quiz'; readonly fileName: string; readonly learner: string; readonly quizId: string }
  | { readonly kind: 'rescored'; readonly fileName: string; readonly learner: string; readonly result: GradedResult };

export interface QuizAverage {
  /** How many students have a result for the quiz. */
  readonly count: number;
  readonly meanPoints: number;
  readonly meanPercent: number;
  /** Share of those students who passed, 0–1. */
  readonly passRate: number;
  readonly lateCount: number;
}

export interface Gradebook {
  readonly quizzes: readonly GradebookQuiz[];
  readonly students: readonly GradebookStudent[];
  readonly averages: ReadonlyMap<string, QuizAverage>;
  readonly conflicts: readonly Conflict[];
  readonly findings: readonly Finding[];
}

/** One row per person: the email in lower case when given, otherwise the name. */
export function identityOf(learner: Learner): string {
  return (learner.email ?? learner.name).normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

interface GradedFile {
  readonly file: ImportedFile;
  readonly key: string;
  readonly results: ReadonlyMap<string, GradedResult>;
}

function gradeFile(file: ImportedFile, context: GradingContext, findings: Finding[]): GradedFile {
  const { results } = file;
  const allowed = context.quizIds === null ? null : new Set(context.quizIds);
  const graded = new Map<string, GradedResult>();
  const learner = results.learner.name;
  for (const result of results.quizzes) {
    const course = context.course.get(result.quizId);
    if (!course) {
      findings.push({ kind: 'unknown-quiz', fileName: file.fileName, learner, quizId: result.quizId });
    } else if (allowed && !allowed.has(result.quizId)) {
      findings.push({ kind: 'outside-assignment', fileName: file.fileName, learner, quizId: result.quizId });
    } else if (!graded.has(result.quizId)) {
      const rescored: GradedResult = { ...rescoreResult(result, course, context.terms), fileName: file.fileName };
      graded.set(result.quizId, rescored);
      // A pooled quiz's current version without the attempt's seed: which questions it asked is unknown.
      const isUnchecked = rescored.version === 'current' && rescored.asked === 'as-recorded';
      if (rescored.differences.length > 0 || rescored.version === 'older' || isUnchecked) {
        findings.push({ kind: 'rescored', fileName: file.fileName, learner, result: rescored });
      }
    }
  }
  return { file, key: identityOf(results.learner), results: graded };
}

const share = (result: Rescored) => (result.maxPoints === 0 ? 0 : result.points / result.maxPoints);

/** Each quiz's best result across files: the higher share, then the later submission. */
function bestResults(files: readonly GradedFile[]): Map<string, GradedResult> {
  const best = new Map<string, GradedResult>();
  for (const { results } of files) {
    for (const [quizId, result] of results) {
      const current = best.get(quizId);
      const isBetter =
        !current || share(result) > share(current) || (share(result) === share(current) && result.submittedAt > current.submittedAt);
      if (isBetter) best.set(quizId, result);
    }
  }
  return best;
}

function conflictFile({ file, results }: GradedFile): ConflictFile {
  const values = [...results.values()];
  return {
    fileName: file.fileName,
    learner: file.results.learner,
    exportedAt: file.results.exportedAt,
    points: values.reduce((sum, result) => sum + result.points, 0),
    maxPoints: values.reduce((sum, result) => sum + result.maxPoints, 0),
  };
}

function averageOf(results: readonly GradedResult[]): QuizAverage {
  const count = results.length;
  const mean = (values: number[]) => (count === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / count);
  return {
    count,
    meanPoints: mean(results.map((r) => r.points)),
    meanPercent: mean(results.map((r) => share(r) * 100)),
    passRate: mean(results.map((r) => (r.passed ? 1 : 0))),
    lateCount: results.filter((r) => r.late === true).length,
  };
}

export function buildGradebook(files: readonly ImportedFile[], context: GradingContext, choices: ConflictChoices = NO_CHOICES): Gradebook {
  const findings: Finding[] = [];
  const byIdentity = new Map<string, GradedFile[]>();
  for (const file of files) {
    const graded = gradeFile(file, context, findings);
    byIdentity.set(graded.key, [...(byIdentity.get(graded.key) ?? []), graded]);
  }

  const students: GradebookStudent[] = [];
  const conflicts: Conflict[] = [];
  for (const [key, group] of byIdentity) {
    const latest = group.reduce((a, b) => (Date.parse(b.file.results.exportedAt) > Date.parse(a.file.results.exportedAt) ? b : a));
    let counted: { learner: Learner; results: ReadonlyMap<string, GradedResult> } | null = {
      learner: latest.file.results.learner,
      results: latest.results,
    };
    if (group.length > 1) {
      const picked = choices.chosen.get(key);
      const chosen = group.find((graded) => graded.file.fileName === picked) ?? null;
      conflicts.push({ key, files: group.map(conflictFile), chosen: choices.policy === 'choose' ? (chosen?.file.fileName ?? null) : null });
      counted =
        choices.policy === 'best'
          ? { learner: latest.file.results.learner, results: bestResults(group) }
          : chosen && { learner: chosen.file.results.learner, results: chosen.results };
    }
    if (counted) students.push({ key, name: counted.learner.name, email: counted.learner.email, results: counted.results });
  }
  students.sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));

  const quizIds =
    context.quizIds ?? [...context.course.keys()].filter((id) => files.some((file) => file.results.quizzes.some((quiz) => quiz.quizId === id)));
  const quizzes: GradebookQuiz[] = quizIds.flatMap((id) => {
    const course = context.course.get(id);
    if (!course) return [];
    const maxima = students.flatMap((student) => student.results.get(id)?.maxPoints ?? []);
    const whole = roundPoints(course.quiz.questions.reduce((sum, question) => sum + maxPointsOf(question), 0));
    const passMark = context.terms?.passMark ?? course.quiz.passMark ?? DEFAULT_PASS_MARK;
    return [{ id, title: course.quiz.title, maxPoints: maxima.length > 0 ? Math.max(...maxima) : whole, passMark }];
  });

  const averages = new Map(quizzes.map((quiz) => [quiz.id, averageOf(students.flatMap((student) => student.results.get(quiz.id) ?? []))]));
  return { quizzes, students, averages, conflicts, findings };
}
