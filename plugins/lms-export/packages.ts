/**
 * Which SCORM packages the course has: one per module (assessed by its checkpoint) and one for
 * the whole course (assessed by the final assessment), derived from the docs and the quizzes.
 */
import { COURSE_PACKAGE_ID, packageFileName } from '../../src/lib/lms/files';
import type { LmsPackagePlan, LmsPlan } from '../../src/lib/lms/plan';
import type { CourseModule } from '../../src/data/modules';
import { DEFAULT_PASS_MARK } from '../../src/quiz/scoring';
import type { Quiz } from '../../src/quiz/schema';
import type { BankQuiz } from '../../src/quiz/bank/bankEntries';

export const COURSE_TITLE = 'Silicon Statecraft';

export interface CourseDoc {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  /** `docs/01-foundations/checkpoint.mdx`, relative to the site. */
  readonly file: string;
}

export interface CourseQuiz {
  /** The doc's file the quiz sits beside. */
  readonly lessonFile: string;
  readonly quiz: Quiz;
}

export interface PackageDescription extends LmsPackagePlan {
  readonly fileName: string;
  readonly title: string;
  readonly description: string;
  readonly masteryScore: number;
}

interface Placed {
  readonly quiz: Quiz;
  readonly doc: CourseDoc;
}

/** Quizzes with their docs, in course order (by file). */
function placedQuizzes(docs: readonly CourseDoc[], quizzes: readonly CourseQuiz[]): Placed[] {
  const docByFile = new Map(docs.map((doc) => [doc.file, doc]));
  return [...quizzes]
    .sort((a, b) => a.lessonFile.localeCompare(b.lessonFile))
    .flatMap(({ lessonFile, quiz }) => {
      const doc = docByFile.get(lessonFile);
      return doc ? [{ quiz, doc }] : [];
    });
}

const moduleLabel = (module: CourseModule) => `Module ${module.number}: ${module.title}`;

export function planPackages(modules: readonly CourseModule[], docs: readonly CourseDoc[], quizzes: readonly CourseQuiz[], courseDescription: string): { packages: PackageDescription[]; plan: LmsPlan } {
  const placed = placedQuizzes(docs, quizzes);
  const assessed = (docId: string) => {
    const found = placed.find((entry) => entry.doc.id === docId);
    if (!found) throw new Error(`lms-export: no quiz on "${docId}", the page an LMS package is assessed by`);
    return found.quiz;
  };
  const describe = (id: string, title: string, description: string, startPath: string, quiz: Quiz, inPackage: readonly Placed[]): PackageDescription => ({
    id,
    fileName: packageFileName(id),
    title,
    description,
    startPath,
    assessedQuizId: quiz.id,
    masteryScore: quiz.passMark ?? DEFAULT_PASS_MARK,
    quizIds: [quiz.id, ...inPackage.map((entry) => entry.quiz.id).filter((quizId) => quizId !== quiz.id)],
  });
  const packages = [
    ...modules.map((module) => {
      const overview = docs.find((doc) => doc.id === `${module.id}/index`);
      return describe(
        module.id,
        `${COURSE_TITLE}, ${moduleLabel(module)}`,
        overview?.description ?? module.summary,
        module.href,
        assessed(`${module.id}/checkpoint`),
        placed.filter((entry) => entry.doc.id.startsWith(`${module.id}/`)),
      );
    }),
    describe(COURSE_PACKAGE_ID, COURSE_TITLE, courseDescription, '/', assessed('final-assessment'), placed),
  ];
  const plan: LmsPlan = {
    packages: packages.map(({ id, startPath, assessedQuizId, quizIds }) => ({ id, startPath, assessedQuizId, quizIds })),
    quizzes: Object.fromEntries(placed.map(({ quiz, doc }) => [quiz.id, { quiz, docId: doc.id }])),
  };
  return { packages, plan };
}

/** The question bank's quizzes with their categories: course, module (if any), page. */
export function bankQuizzes(modules: readonly CourseModule[], docs: readonly CourseDoc[], quizzes: readonly CourseQuiz[]): BankQuiz[] {
  return placedQuizzes(docs, quizzes).map(({ quiz, doc }) => {
    const module = modules.find((candidate) => doc.id.startsWith(`${candidate.id}/`));
    return { quiz, category: [COURSE_TITLE, ...(module ? [moduleLabel(module)] : []), doc.title] };
  });
}
