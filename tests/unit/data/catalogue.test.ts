import { buildCatalogue, lessonQuizzes, quizIdsOfAssignment, withoutCoveredItems } from '@site/src/data/catalogue';

const modules = [
  { id: 'foundations', title: 'Foundations', href: '/course/foundations' },
  { id: 'semiconductors', title: 'Semiconductors', href: '/course/semiconductors' },
];
const docs = [
  { id: 'foundations/index', title: 'Module overview', permalink: '/course/foundations', file: 'docs/01-foundations/index.mdx' },
  { id: 'foundations/a-two-way-street', title: 'A two-way street', permalink: '/course/foundations/a-two-way-street', file: 'docs/01-foundations/02-a-two-way-street.mdx' },
  { id: 'foundations/what-is-tech-diplomacy', title: 'What is tech diplomacy?', permalink: '/course/foundations/what-is-tech-diplomacy', file: 'docs/01-foundations/01-what-is-tech-diplomacy.mdx' },
  { id: 'foundations/checkpoint', title: 'Checkpoint', permalink: '/course/foundations/checkpoint', file: 'docs/01-foundations/checkpoint.mdx' },
  { id: 'semiconductors/how-chips-are-made', title: 'How chips are made', permalink: '/course/semiconductors/how-chips-are-made', file: 'docs/03-semiconductors/01-how-chips-are-made.mdx' },
  { id: 'final-assessment', title: 'Final assessment', permalink: '/course/final-assessment', file: 'docs/final-assessment.mdx' },
  { id: 'glossary', title: 'Glossary', permalink: '/course/glossary', file: 'docs/glossary.mdx' },
];
const quizzes = [
  { lessonFile: 'docs/01-foundations/01-what-is-tech-diplomacy.mdx', id: 'what-is-tech-diplomacy', title: 'What is tech diplomacy? quiz' },
  { lessonFile: 'docs/01-foundations/checkpoint.mdx', id: 'foundations-checkpoint', title: 'Foundations checkpoint' },
  { lessonFile: 'docs/03-semiconductors/01-how-chips-are-made.mdx', id: 'how-chips-are-made', title: 'How chips are made quiz' },
  { lessonFile: 'docs/final-assessment.mdx', id: 'final-assessment', title: 'Final assessment' },
  { lessonFile: 'docs/99-missing/01-gone.mdx', id: 'gone', title: 'Gone' },
];

const catalogue = buildCatalogue(modules, docs, quizzes);

describe('catalogue of assignable items', () => {
  it('lists lessons in file order, without overviews, checkpoints or pages outside modules', () => {
    expect(catalogue.lessons.map((lesson) => lesson.id)).toEqual([
      'foundations/what-is-tech-diplomacy',
      'foundations/a-two-way-street',
      'semiconductors/how-chips-are-made',
    ]);
    expect(catalogue.lessons[0]).toMatchObject({ quizId: 'what-is-tech-diplomacy', href: '/course/foundations/what-is-tech-diplomacy' });
    expect(catalogue.lessons[1]!.quizId).toBeNull();
  });

  it('gives the sidebar each lesson’s quiz, null for a lesson without one, and nothing for other pages', () => {
    expect(lessonQuizzes(catalogue)).toEqual({
      'foundations/what-is-tech-diplomacy': 'what-is-tech-diplomacy',
      'foundations/a-two-way-street': null,
      'semiconductors/how-chips-are-made': 'how-chips-are-made',
    });
  });

  it('gives each module its lessons and quizzes, checkpoint included', () => {
    expect(catalogue.modules[0]).toMatchObject({
      lessonIds: ['foundations/what-is-tech-diplomacy', 'foundations/a-two-way-street'],
      quizIds: ['what-is-tech-diplomacy', 'foundations-checkpoint'],
    });
  });

  it('keeps the final assessment as a quiz outside every module, and drops quizzes without a page', () => {
    expect(catalogue.quizzes.find((quiz) => quiz.id === 'final-assessment')).toEqual({
      id: 'final-assessment', title: 'Final assessment', href: '/course/final-assessment', moduleId: null,
    });
    expect(catalogue.quizzes.some((quiz) => quiz.id === 'gone')).toBe(false);
  });

  it('expands an assignment to its quizzes, once each', () => {
    const items = [
      { kind: 'module', id: 'foundations' },
      { kind: 'lesson', id: 'foundations/what-is-tech-diplomacy' },
      { kind: 'quiz', id: 'final-assessment' },
    ] as const;
    expect(quizIdsOfAssignment(items, catalogue)).toEqual(['what-is-tech-diplomacy', 'foundations-checkpoint', 'final-assessment']);
  });

  it('drops items a chosen module or lesson already covers', () => {
    const items = [
      { kind: 'module', id: 'foundations' },
      { kind: 'lesson', id: 'foundations/what-is-tech-diplomacy' },
      { kind: 'lesson', id: 'semiconductors/how-chips-are-made' },
      { kind: 'quiz', id: 'how-chips-are-made' },
      { kind: 'quiz', id: 'foundations-checkpoint' },
      { kind: 'quiz', id: 'final-assessment' },
    ] as const;
    expect(withoutCoveredItems(items, catalogue)).toEqual([
      { kind: 'module', id: 'foundations' },
      { kind: 'lesson', id: 'semiconductors/how-chips-are-made' },
      { kind: 'quiz', id: 'final-assessment' },
    ]);
  });
});
