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
  /** Course, module, page and, in a quiz that draws per section, the pool section. */
  readonly category: readonly string[];
  /** Tags where the format has them: the quiz, the question's level and its pool section. */
  readonly tags: readonly string[];
}

/** Tags of the course's own fields, which the GIFT import reads back (`level-…`, `section-…`). */
export const LEVEL_TAG = 'level-';
export const SECTION_TAG = 'section-';
export const QUIZ_TAG = 'quiz-';

/** The category of a pool section: an LMS draws random questions from a category. */
export const sectionCategory = (section: string) => `Pool section ${section}`;

export function bankEntries(quizzes: readonly BankQuiz[]): BankEntry[] {
  return quizzes.flatMap(({ quiz, category }) =>
    quiz.questions.map((question) => ({
      quiz,
      question,
      category: typeof quiz.draw === 'object' && question.section ? [...category, sectionCategory(question.section)] : category,
      tags: [
        `${QUIZ_TAG}${quiz.id}`,
        ...(question.level ? [`${LEVEL_TAG}${question.level}`] : []),
        ...(question.section ? [`${SECTION_TAG}${question.section}`] : []),
      ],
    })),
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
