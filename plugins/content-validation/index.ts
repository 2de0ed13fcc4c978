/**
 * Build-time checks of the course's typed data. `docusaurus build` (and `start`) fail with a
 * message that names the file and the item when a quiz or a timeline event is malformed, so a
 * mistake never reaches a learner.
 *
 * The checks themselves are pure functions beside the components they serve; this plugin only
 * finds the data, loads it and reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { aliasedSitePathToRelativePath } from '@docusaurus/utils';
import { lintQuizzes } from '../../src/quiz/lint';
import { assertValidQuizzes } from '../../src/quiz/validate';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { findTimelineProblems, formatTimelineProblems, type LinkedLesson } from '../../src/timeline/validate';
import { lessonText } from '../../src/timeline/mentions';
import type { TimelineLessonLinks } from '../../src/timeline/lessonLinks';
import { loadQuizModules, QUIZ_FILES } from './load-quiz-modules';
import type { Quiz } from '../../src/quiz/schema';
import type { QuizFacts } from '../../src/data/catalogue';
import { courseQuizzesOf } from '../../src/lib/gradebook/courseQuizzes';

export const CONTENT_VALIDATION_PLUGIN = 'silicon-statecraft-content-validation';
/** Imported as `@generated/silicon-statecraft-content-validation/default/timeline-lessons.json`. */
const TIMELINE_LESSONS_FILE = 'timeline-lessons.json';
/** Imported as `@generated/silicon-statecraft-content-validation/default/course-quizzes.json`. */
const COURSE_QUIZZES_FILE = 'course-quizzes.json';

/** A validated quiz, and the data module it comes from (relative to the site). */
export interface ValidatedQuiz extends QuizFacts {
  readonly quizFile: string;
}

/** What this plugin loads: every quiz in the site, validated. */
export interface ValidatedContent {
  readonly quizzes: readonly ValidatedQuiz[];
  /** The quizzes themselves, for the LMS exports (never sent to the browser). */
  readonly quizData: readonly { readonly lessonFile: string; readonly quiz: Quiz }[];
}
import { loadTimelineEvents } from './load-timeline';

/**
 * Set (to "1") only by the scale benchmark (scripts/bench/scale.ts) for its synthetic course, whose
 * module copies repeat the real questions by design: the assessment lint's errors are then counted
 * instead of failing the build. Never set for the course itself.
 */
export const SYNTHETIC_COURSE_ENV = 'SILICON_STATECRAFT_SYNTHETIC_COURSE';

type CourseDoc = DocsContent['loadedVersions'][number]['docs'][number];

/** Every doc of the course (the docs plugin's only version), as the timeline refers to them. */
function courseDocs(allContent: Record<string, Record<string, unknown> | undefined>): CourseDoc[] {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  if (!docs) throw new Error('content-validation: the docs plugin has no content to check the timeline against.');
  return docs.loadedVersions.flatMap((version) => version.docs);
}

/** The text of each doc an event links to, read from its source file, by doc id. */
function linkedLessonTexts(siteDir: string, docs: readonly CourseDoc[], events: unknown): Record<string, LinkedLesson> {
  const linked = new Set(
    (Array.isArray(events) ? events : []).flatMap((event: { lessons?: unknown }) => (Array.isArray(event?.lessons) ? event.lessons : [])),
  );
  return Object.fromEntries(
    docs
      .filter((doc) => linked.has(doc.id))
      .map((doc) => {
        const file = aliasedSitePathToRelativePath(doc.source);
        return [doc.id, { file, text: lessonText(fs.readFileSync(path.join(siteDir, file), 'utf8')) }];
      }),
  );
}

export default function contentValidation(context: LoadContext): Plugin {
  const { siteDir } = context;
  return {
    name: CONTENT_VALIDATION_PLUGIN,

    getPathsToWatch() {
      return [path.join(siteDir, QUIZ_FILES), path.join(siteDir, 'src/data/**/*.ts')];
    },

    // A lesson imports a GIFT quiz as it imports a TypeScript one: `import quiz from './02-x.quiz.gift'`.
    configureWebpack() {
      return {
        module: { rules: [{ test: /\.quiz\.gift$/, use: [path.join(__dirname, 'gift-loader.cjs')], type: 'javascript/auto' }] },
      };
    },

    async loadContent(): Promise<ValidatedContent> {
      const modules = await loadQuizModules(siteDir);
      // Throws one error that lists every problem in every quiz, naming lesson, quiz and question.
      assertValidQuizzes(modules);
      // The assessment lint: what would let a score measure test-taking rather than understanding.
      const lint = lintQuizzes(modules.map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz })));
      for (const warning of lint.warnings) console.warn(`[assessment lint] warning: ${warning}`);
      if (lint.errors.length > 0 && process.env[SYNTHETIC_COURSE_ENV] === '1') {
        // The scale benchmark's synthetic course repeats every module's questions on purpose.
        console.warn(`[assessment lint] ${lint.errors.length} problems not fatal in a synthetic course (${SYNTHETIC_COURSE_ENV})`);
      } else if (lint.errors.length > 0) {
        throw new Error(
          `The assessment lint found ${lint.errors.length} problem${lint.errors.length === 1 ? '' : 's'}:\n${lint.errors.map((e) => `  - ${e}`).join('\n')}`,
        );
      }
      // Valid from here on: other plugins (the catalogue) read the quizzes from this content
      // rather than loading and compiling every quiz module a second time.
      const quizzes: ValidatedQuiz[] = modules.map(({ lessonFile, quizFile, data }) => {
        const { id, title } = data as Quiz;
        return { lessonFile, quizFile, id, title };
      });
      const quizData = modules.map(({ lessonFile, data }) => ({ lessonFile, quiz: data as Quiz }));
      return { quizzes, quizData };
    },

    // The quizzes' keys and versions for the gradebook's re-scoring, as a generated module, not
    // global data: only the gradebook page imports it (its `loadCourseQuizzes`), when it needs
    // it, so no other page carries them.
    async contentLoaded({ content, actions }) {
      const { quizData } = content as ValidatedContent;
      await actions.createData(COURSE_QUIZZES_FILE, JSON.stringify(courseQuizzesOf(quizData.map(({ quiz }) => quiz))));
    },

    // Runs once every plugin has loaded, so the timeline's lesson references can be checked
    // against the docs that really exist.
    async allContentLoaded({ allContent, actions }) {
      const docs = courseDocs(allContent);
      const events = loadTimelineEvents(siteDir);
      // A linked lesson must mention its event: the check needs the lessons' own words.
      const problems = findTimelineProblems(events, docs.map((doc) => doc.id), linkedLessonTexts(siteDir, docs, events));
      if (problems.length > 0) {
        throw new Error(
          `The timeline has ${problems.length} problem(s):\n${formatTimelineProblems(problems)}`,
        );
      }
      // The timeline page links events to their lessons by title. A data module that only the
      // timeline page imports (global data would reach every page), holding only the lessons
      // the timeline refers to.
      const referenced = new Set((events as { lessons: string[] }[]).flatMap((event) => event.lessons));
      const lessons: TimelineLessonLinks = Object.fromEntries(
        docs
          .filter((doc) => referenced.has(doc.id))
          .map((doc) => [doc.id, { title: doc.title, permalink: doc.permalink }]),
      );
      await actions.createData(TIMELINE_LESSONS_FILE, JSON.stringify(lessons));
    },
  };
}
