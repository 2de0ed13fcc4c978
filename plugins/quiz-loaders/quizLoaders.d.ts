/** The module `plugins/quiz-loaders` generates: quiz id → a loader of that quiz's data module. */
declare module '@generated/silicon-statecraft-quiz-loaders/default/quizLoaders' {
  import type { Quiz } from '@site/src/quiz/schema';

  const quizLoaders: Readonly<Record<string, () => Promise<{ readonly default: Quiz }>>>;
  export default quizLoaders;
}
