/**
 * The class gradebook from validated results files: one row per student, one column per quiz,
 * and class averages per quiz.
 */
import type { QuizResult, ResultsFile } from '../results/schema';

export interface GradebookQuiz {
  readonly id: string;
  readonly title: string;
  /** The most points any file records for the quiz. */
  readonly maxPoints: number;
}

export interface GradebookStudent {
  /** Email in lower case when given, otherwise the name in lower case: one row per person. */
  readonly key: string;
  readonly name: string;
  readonly email: string | undefined;
  readonly exportedAt: string;
  readonly results: ReadonlyMap<string, QuizResult>;
}

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
  /** Older files replaced by a newer export from the same student. */
  readonly replaced: number;
}

export function studentKey(learner: ResultsFile['learner']): string {
  return (learner.email ?? learner.name).trim().toLowerCase();
}

/**
 * Files from the same student (same email, or same name when there is no email): the latest
 * export wins, since a student re-exports after improving. Students are sorted by name.
 */
export function buildGradebook(files: readonly ResultsFile[]): Gradebook {
  const latest = new Map<string, ResultsFile>();
  for (const file of files) {
    const key = studentKey(file.learner);
    const current = latest.get(key);
    if (!current || Date.parse(file.exportedAt) >= Date.parse(current.exportedAt)) latest.set(key, file);
  }

  const quizzes = new Map<string, GradebookQuiz>();
  for (const file of latest.values()) {
    for (const quiz of file.quizzes) {
      const known = quizzes.get(quiz.quizId);
      quizzes.set(quiz.quizId, {
        id: quiz.quizId,
        title: known?.title ?? quiz.title,
        maxPoints: Math.max(known?.maxPoints ?? 0, quiz.maxPoints),
      });
    }
  }

  const students: GradebookStudent[] = [...latest.entries()]
    .map(([key, file]) => ({
      key,
      name: file.learner.name,
      email: file.learner.email,
      exportedAt: file.exportedAt,
      results: new Map(file.quizzes.map((quiz) => [quiz.quizId, quiz])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));

  const averages = new Map<string, QuizAverage>();
  for (const quiz of quizzes.values()) {
    const results = students.flatMap((student) => student.results.get(quiz.id) ?? []);
    const count = results.length;
    const mean = (values: number[]) => (count === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / count);
    averages.set(quiz.id, {
      count,
      meanPoints: mean(results.map((r) => r.points)),
      meanPercent: mean(results.map((r) => r.percent)),
      passRate: mean(results.map((r) => (r.passed ? 1 : 0))),
      lateCount: results.filter((r) => r.late).length,
    });
  }

  return { quizzes: [...quizzes.values()], students, averages, replaced: files.length - latest.size };
}
