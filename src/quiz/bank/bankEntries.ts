/**
 * The question bank: every question of the course with where it sits (categories: course,
 * module, page) and its tags, in course order. The three export formats are written from this.
 */
import type { Question, Quiz } from '../schema';

export interface BankQuiz {
  readonly quiz: Quiz;
  /** Category path, outermost first: the course, then the module (if any), then the quiz's page. */
  readonly category: readonly string[];
}

export interface BankEntry {
  readonly quiz: Quiz;
  readonly question: Question;
  readonly category: readonly string[];
  /** Tags where the format has them (Moodle XML, GIFT): the quiz the question comes from. */
  readonly tags: readonly string[];
}

export function bankEntries(quizzes: readonly BankQuiz[]): BankEntry[] {
  return quizzes.flatMap(({ quiz, category }) =>
    quiz.questions.map((question) => ({ quiz, question, category, tags: [`quiz-${quiz.id}`] })),
  );
}

/** What a format could not carry, or carried differently, for one question. */
export interface BankNote {
  readonly quizId: string;
  readonly questionId: string;
  readonly text: string;
}

/** The result of writing one format: the file's content and its notes. */
export interface BankFile<T> {
  readonly content: T;
  /** Questions the format could not carry at all. */
  readonly notCarried: readonly BankNote[];
  /** Questions carried, with what was lost or differs. */
  readonly partlyCarried: readonly BankNote[];
}

export function noteOf(entry: BankEntry, text: string): BankNote {
  return { quizId: entry.quiz.id, questionId: entry.question.id, text };
}

/** What every format's general feedback carries besides the explanation: the source. */
export function feedbackParagraphs(entry: BankEntry, extra: readonly string[] = []): string[] {
  const { explanation, source } = entry.question;
  return [...(explanation ? [explanation] : []), ...extra, ...(source ? [`Source: ${source.title} (${source.url})`] : [])];
}
