import { buildCatalogue } from '@site/src/data/catalogue';

/** A small course for component tests: two modules, three lessons, a checkpoint and a final. */
export const testCatalogue = buildCatalogue(
  [
    { id: 'foundations', title: 'Foundations', href: '/course/foundations' },
    { id: 'semiconductors', title: 'Semiconductors and supply chains', href: '/course/semiconductors' },
  ],
  [
    { id: 'foundations/what-is-tech-diplomacy', title: 'What is tech diplomacy?', permalink: '/course/foundations/what-is-tech-diplomacy', file: 'docs/01-foundations/01-what-is-tech-diplomacy.mdx' },
    { id: 'foundations/checkpoint', title: 'Checkpoint', permalink: '/course/foundations/checkpoint', file: 'docs/01-foundations/checkpoint.mdx' },
    { id: 'semiconductors/how-chips-are-made', title: 'How chips are made', permalink: '/course/semiconductors/how-chips-are-made', file: 'docs/03-semiconductors/01-how-chips-are-made.mdx' },
    { id: 'semiconductors/chips-and-foreign-policy', title: 'Chips and foreign policy', permalink: '/course/semiconductors/chips-and-foreign-policy', file: 'docs/03-semiconductors/02-chips-and-foreign-policy.mdx' },
    { id: 'final-assessment', title: 'Final assessment', permalink: '/course/final-assessment', file: 'docs/final-assessment.mdx' },
  ],
  [
    { lessonFile: 'docs/01-foundations/01-what-is-tech-diplomacy.mdx', id: 'what-is-tech-diplomacy', title: 'Quiz: what is tech diplomacy?' },
    { lessonFile: 'docs/01-foundations/checkpoint.mdx', id: 'foundations-checkpoint', title: 'Foundations checkpoint' },
    { lessonFile: 'docs/03-semiconductors/01-how-chips-are-made.mdx', id: 'how-chips-are-made', title: 'Quiz: how chips are made' },
    { lessonFile: 'docs/03-semiconductors/02-chips-and-foreign-policy.mdx', id: 'chips-and-foreign-policy', title: 'Quiz: chips and foreign policy' },
    { lessonFile: 'docs/final-assessment.mdx', id: 'final-assessment', title: 'Final assessment' },
  ],
);
