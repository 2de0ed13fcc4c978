/**
 * The course's modules in order, for the landing page and the progress pages. Lesson lists and
 * reading times come from the docs themselves; this module holds only what a card shows.
 */
export interface CourseModule {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  /** The module overview, which leads to its first lesson. */
  readonly href: string;
}

export const courseModules = [
  {
    id: 'foundations',
    number: 1,
    title: 'Foundations',
    summary: 'What tech diplomacy is, who practises it, and the three domains it joins: technology, business and foreign policy.',
    href: '/course/foundations',
  },
  {
    id: 'science-to-tech',
    number: 2,
    title: 'From science diplomacy to tech diplomacy',
    summary: 'How scientists served diplomacy after 1945, the three dimensions of science diplomacy, and what changes when technology is private and fast.',
    href: '/course/science-to-tech',
  },
  {
    id: 'semiconductors',
    number: 3,
    title: 'Semiconductors and supply chains',
    summary: 'How chips are made and where, why they shape foreign policy, and how alliances, export controls and industrial policy reshape the supply chain.',
    href: '/course/semiconductors',
  },
  {
    id: '5g-trusted-networks',
    number: 4,
    title: '5G, 6G and trusted networks',
    summary: 'Trusted and high-risk vendors, Australia’s first move on 5G and what others did next, standards, Open RAN and the road to 6G.',
    href: '/course/5g-trusted-networks',
  },
  {
    id: 'technology-and-values',
    number: 5,
    title: 'Technology and values',
    summary: 'Technology that advances freedom versus digital authoritarianism, rights under international law, and the new frontiers of AI and quantum.',
    href: '/course/technology-and-values',
  },
  {
    id: 'building-capacity',
    number: 6,
    title: 'Building the capacity',
    summary: 'Engaging the private sector, building a talent pipeline inside and outside the foreign service, and working with allies and partners.',
    href: '/course/building-capacity',
  },
] as const satisfies readonly CourseModule[];
