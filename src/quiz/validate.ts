/**
 * Build-time validation of every quiz in the course. The content-validation plugin calls
 * `assertValidQuizzes` during `docusaurus build`, and a unit test runs it over the real
 * quizzes, so a malformed quiz never reaches a learner.
 *
 * The schemas (`schema.ts`, and each question type's `types/<type>/schema.ts` with its own rules,
 * such as how many options are right) are zod refinements, so all problems in a quiz are reported
 * together, each with the path to where it is; this file adds the checks across questions and
 * quizzes (unique ids) and names file, quiz and question in every message.
 */
import { QuizSchema, type Quiz } from './schema';

/**
 * Question ids are checked on the raw data, apart from the schema, so that a duplicate is
 * reported even when another question in the same quiz is malformed.
 */
function duplicateQuestionIds(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const questions = (data as { questions?: unknown }).questions;
  if (!Array.isArray(questions)) return [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const question of questions) {
    const id = (question as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

export interface QuizSource {
  /** The lesson that shows the quiz, relative to the site: `docs/03-semiconductors/02-x.mdx`. */
  readonly lessonFile: string;
  /** The quiz module's default export, not yet validated. */
  readonly data: unknown;
  /** Where each question is written, by index, for quizzes whose file has lines to name (GIFT). */
  readonly questionLocations?: readonly string[];
}

function quizIdOf(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Where an issue is: `quiz "x", question "q3": options[1].text`. */
function describePath(data: unknown, path: readonly PropertyKey[], locations?: readonly string[]): { question?: string; field: string } {
  let rest = path;
  let question: string | undefined;
  if (path[0] === 'questions' && typeof path[1] === 'number') {
    const raw = (data as { questions?: unknown[] }).questions?.[path[1]];
    const id = (raw as { id?: unknown } | null)?.id;
    const location = locations?.[path[1]];
    question = `${typeof id === 'string' && id !== '' ? `"${id}"` : `#${path[1] + 1}`}${location ? ` (${location})` : ''}`;
    rest = path.slice(2);
  }
  const field = rest
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
  return { question, field };
}

/** Problems with what a quiz draws: more than it holds, or sections that do not add up. */
function drawProblems(quiz: Quiz): { question?: string; message: string }[] {
  const { draw, questions } = quiz;
  const problems: { question?: string; message: string }[] = [];
  if (typeof draw === 'number') {
    if (draw > questions.length) problems.push({ message: `draw: asks ${draw} questions but holds ${questions.length}` });
  } else if (draw !== undefined) {
    for (const [section, count] of Object.entries(draw)) {
      const held = questions.filter((question) => question.section === section).length;
      if (count > held) problems.push({ message: `draw: section "${section}" asks ${count} questions but holds ${held}` });
    }
  }
  for (const question of questions) {
    if (question.section === undefined) {
      if (draw !== undefined && typeof draw !== 'number') {
        problems.push({ question: question.id, message: 'has no `section`, but the quiz draws per section' });
      }
    } else if (draw === undefined || typeof draw === 'number' || !(question.section in draw)) {
      problems.push({ question: question.id, message: `section "${question.section}" is not one the quiz draws from` });
    }
  }
  return problems;
}

/** Checkpoints and the final assessment are exams unless their author says otherwise. */
function isAssessmentFile(lessonFile: string): boolean {
  return /(^|\/)(checkpoint|final-assessment)\.mdx$/.test(lessonFile);
}

/** Checks one quiz module; returns one message per problem, each naming file, quiz and question. */
export function validateQuiz({ lessonFile, data, questionLocations }: QuizSource): string[] {
  const quizId = quizIdOf(data);
  const where = (question?: string) =>
    `${lessonFile}: quiz ${quizId ? `"${quizId}"` : '(no id)'}${question ? `, question ${question}` : ''}`;
  const errors: string[] = [];
  const result = QuizSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { question, field } = describePath(data, issue.path, questionLocations);
      errors.push(`${where(question)}: ${field ? `${field}: ` : ''}${issue.message}`);
    }
  }
  for (const id of duplicateQuestionIds(data)) {
    errors.push(`${where(`"${id}"`)}: duplicate question id "${id}" in this quiz`);
  }
  if (result.success) {
    for (const { question, message } of drawProblems(result.data)) errors.push(`${where(question && `"${question}"`)}: ${message}`);
    if (isAssessmentFile(lessonFile) && result.data.mode === undefined) {
      errors.push(`${where()}: a checkpoint or final assessment must set \`mode\` ('exam', or 'practice' to opt out)`);
    }
  }
  return errors;
}

/** Checks every quiz in the site, including that no two quizzes share an id. */
export function validateQuizzes(sources: readonly QuizSource[]): string[] {
  const errors = sources.flatMap(validateQuiz);
  const firstFile = new Map<string, string>();
  for (const source of sources) {
    const id = quizIdOf(source.data);
    if (id === undefined) continue;
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, source.lessonFile);
    else errors.push(`${source.lessonFile}: quiz "${id}": duplicate quiz id, already used in ${first}`);
  }
  return errors;
}

/** Throws one error that lists every problem in every quiz, or returns when all are valid. */
export function assertValidQuizzes(sources: readonly QuizSource[]): void {
  const errors = validateQuizzes(sources);
  if (errors.length > 0) {
    throw new Error(
      `${errors.length} quiz problem${errors.length === 1 ? '' : 's'} found:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
  }
}
