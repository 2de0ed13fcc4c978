/**
 * The claims checklist: every claim of the course's two source articles, split into single
 * statements (paraphrased, not quoted), each mapped to the doc ids of the lessons that teach it.
 * A claim with no lesson would be a gap in the course.
 *
 * Articles: Mung Chiang, "The Era Of 'Tech Diplomacy' Is Here" (via the Krach Institute for Tech
 * Diplomacy); Bronte Munro, "Tech Diplomacy: What It Is, and Why It's Important" (ASPI The
 * Strategist, May 2024). Both received texts are excerpts; the claims cover what they contain.
 */
export interface Claim {
  readonly id: string;
  readonly article: 'chiang' | 'munro';
  readonly claim: string;
  readonly lessons: readonly string[];
}

export const claims = [
  // Chiang, "The Era Of 'Tech Diplomacy' Is Here"
  {
    id: 'chiang-frontier',
    article: 'chiang',
    claim: 'Technology is the new frontier of international relations.',
    lessons: ['foundations/what-is-tech-diplomacy', 'foundations/a-two-way-street'],
  },
  {
    id: 'chiang-bidirectional',
    article: 'chiang',
    claim:
      'The interaction is bi-directional: technology defines diplomatic matters, while diplomacy influences how technology is developed and deployed.',
    lessons: ['foundations/a-two-way-street'],
  },
  {
    id: 'chiang-chips-foundation',
    article: 'chiang',
    claim: 'Semiconductors are the foundation of the digital economy, national security and productivity in almost all industries.',
    lessons: ['foundations/a-two-way-street', 'semiconductors/chips-and-foreign-policy'],
  },
  {
    id: 'chiang-supply-chain-shapes-policy',
    article: 'chiang',
    claim: 'The global semiconductor supply chain is shaping US foreign policy.',
    lessons: ['foundations/a-two-way-street', 'semiconductors/chips-and-foreign-policy'],
  },
  {
    id: 'chiang-diplomacy-redefines-supply-chain',
    article: 'chiang',
    claim: 'Conversely, US diplomatic effort has been redefining the semiconductor supply chain.',
    lessons: [
      'foundations/a-two-way-street',
      'semiconductors/chips-and-foreign-policy',
      'semiconductors/export-controls-and-industrial-policy',
      'building-capacity/allies-and-partners',
    ],
  },
  {
    id: 'chiang-differs-from-science-diplomacy',
    article: 'chiang',
    claim:
      'Tech diplomacy is different from science diplomacy, which has been a key pillar for the US and other countries since World War II.',
    lessons: [
      'foundations/what-is-tech-diplomacy',
      'science-to-tech/science-diplomacy-since-1945',
      'science-to-tech/when-technology-is-private-and-fast',
      'building-capacity/engaging-the-private-sector',
    ],
  },
  {
    id: 'chiang-scientists-roles',
    article: 'chiang',
    claim: 'In science diplomacy, scientists took part in treaty negotiations, engaged in bilateral summits and served as attachés at embassies.',
    lessons: ['science-to-tech/science-diplomacy-since-1945', 'science-to-tech/three-dimensions'],
  },
  {
    id: 'chiang-classic-topics',
    article: 'chiang',
    claim:
      'The primary topics of science diplomacy were nuclear proliferation, super-collider construction, human space exploration and environmental science.',
    lessons: ['science-to-tech/science-diplomacy-since-1945', 'building-capacity/engaging-the-private-sector'],
  },
  {
    id: 'chiang-new-topics',
    article: 'chiang',
    claim: 'In this decade, chips, 6G, AI, autonomy, digital health and advanced manufacturing have taken centre stage in foreign policy.',
    lessons: [
      'science-to-tech/when-technology-is-private-and-fast',
      'foundations/what-is-tech-diplomacy',
      '5g-trusted-networks/standards-open-ran-and-6g',
      'technology-and-values/weaponisation-and-new-frontiers',
    ],
  },
  {
    id: 'chiang-intertwined',
    article: 'chiang',
    claim: 'How countries craft foreign policy and how they develop these critical technologies are intertwined.',
    lessons: [
      'foundations/a-two-way-street',
      'science-to-tech/when-technology-is-private-and-fast',
      '5g-trusted-networks/standards-open-ran-and-6g',
    ],
  },
  {
    id: 'chiang-mission-strategies-actions',
    article: 'chiang',
    claim: 'It is time for a clear mission, enduring strategies and effective actions on tech diplomacy.',
    lessons: ['science-to-tech/when-technology-is-private-and-fast', 'building-capacity/what-next'],
  },
  {
    id: 'chiang-advance-freedom',
    article: 'chiang',
    claim: 'The foremost premise of American tech diplomacy is that technology must advance freedom.',
    lessons: [
      'technology-and-values/freedom-or-digital-authoritarianism',
      '5g-trusted-networks/trusted-and-high-risk-vendors',
    ],
  },
  {
    id: 'chiang-digital-authoritarianism',
    article: 'chiang',
    claim:
      'Technological advances do not necessarily reflect democratic values or contribute to human rights; they are increasingly abused to suppress liberty and to lock in an Orwellian "1984" through digital authoritarianism.',
    lessons: [
      'technology-and-values/freedom-or-digital-authoritarianism',
      '5g-trusted-networks/what-5g-is',
    ],
  },
  {
    id: 'chiang-keep-scoring-wins',
    article: 'chiang',
    claim: 'Tech diplomacy needs to keep scoring crucial wins for democracies, free enterprise and fair markets around the world.',
    lessons: ['technology-and-values/freedom-or-digital-authoritarianism', 'building-capacity/what-next'],
  },
  {
    id: 'chiang-engage-private-sector',
    article: 'chiang',
    claim:
      'Tech diplomacy must engage the private sector, in the US and in partner and allied countries, much more actively than science diplomacy typically did.',
    lessons: [
      'science-to-tech/when-technology-is-private-and-fast',
      'foundations/actors-and-silos',
      'building-capacity/engaging-the-private-sector',
      'building-capacity/allies-and-partners',
      'semiconductors/export-controls-and-industrial-policy',
      '5g-trusted-networks/trusted-and-high-risk-vendors',
    ],
  },
  {
    id: 'chiang-talent-pipeline',
    article: 'chiang',
    claim:
      'Most critically, tech diplomacy needs a talent pipeline, inside and outside the career foreign service, so that policymaking benefits from the essential engineering details of each technology.',
    lessons: [
      'building-capacity/talent-pipeline',
      'semiconductors/how-chips-are-made',
    ],
  },

  // Munro, "Tech Diplomacy: What It Is, and Why It's Important"
  {
    id: 'munro-new-concept',
    article: 'munro',
    claim: 'Tech diplomacy is a new concept in international security that we need to get used to.',
    lessons: ['foundations/what-is-tech-diplomacy'],
  },
  {
    id: 'munro-definition',
    article: 'munro',
    claim:
      'At its simplest, tech diplomacy means technological collaboration across sectors and between countries, and the simplicity of the idea should not disguise its importance.',
    lessons: ['foundations/what-is-tech-diplomacy'],
  },
  {
    id: 'munro-pacing-threat',
    article: 'munro',
    claim:
      'Tech diplomacy is a key tool for ensuring that US allies and partners, including Australia, can stay ahead of or keep up with the pacing threat of adversaries, notably China, that also seek technological leadership.',
    lessons: [
      'foundations/a-two-way-street',
      'building-capacity/allies-and-partners',
      'semiconductors/chips-and-foreign-policy',
    ],
  },
  {
    id: 'munro-commercialisation-and-norms',
    article: 'munro',
    claim: 'Tech diplomacy also offers opportunities for commercialisation and for establishing the rules and norms that govern uses of technology.',
    lessons: [
      'foundations/a-two-way-street',
      'technology-and-values/rules-norms-and-rights',
      'building-capacity/what-next',
      '5g-trusted-networks/standards-open-ran-and-6g',
    ],
  },
  {
    id: 'munro-heart-of-competition',
    article: 'munro',
    claim: 'Technology lies at the heart of geostrategic competition between China and the US.',
    lessons: [
      'foundations/what-is-tech-diplomacy',
      'foundations/a-two-way-street',
      'semiconductors/chips-and-foreign-policy',
      'building-capacity/allies-and-partners',
    ],
  },
  {
    id: 'munro-emerging-tech-advantage',
    article: 'munro',
    claim: 'The US and its allies need to secure advantages in emerging technologies to meet ongoing and rapidly evolving national-security needs.',
    lessons: ['foundations/what-is-tech-diplomacy', 'foundations/a-two-way-street'],
  },
  {
    id: 'munro-trusted-bleeding-edge',
    article: 'munro',
    claim:
      'Western societies want producers of bleeding-edge technologies, such as advanced chips, AI and quantum computing, to develop, deploy and adopt them in a trusted manner that protects individual and collective freedoms.',
    lessons: [
      'technology-and-values/weaponisation-and-new-frontiers',
      '5g-trusted-networks/trusted-and-high-risk-vendors',
      'technology-and-values/rules-norms-and-rights',
      'semiconductors/how-chips-are-made',
    ],
  },
  {
    id: 'munro-three-siloed-domains',
    article: 'munro',
    claim: 'Tech diplomacy brings together expertise from three traditionally siloed domains (technology, business and foreign policy) to advance national interests.',
    lessons: [
      'foundations/actors-and-silos',
      'building-capacity/engaging-the-private-sector',
      'technology-and-values/weaponisation-and-new-frontiers',
      '5g-trusted-networks/what-5g-is',
    ],
  },
  {
    id: 'munro-counter-weaponisation',
    article: 'munro',
    claim: 'Tech diplomacy is a tool the US and its partners can use to secure high tech and to counter the weaponisation and abuse of technology by malign actors.',
    lessons: [
      'foundations/actors-and-silos',
      'technology-and-values/weaponisation-and-new-frontiers',
      'semiconductors/export-controls-and-industrial-policy',
    ],
  },
  {
    id: 'munro-technology-neutral',
    article: 'munro',
    claim: 'Technology is inherently neutral, neither good nor bad.',
    lessons: [
      'technology-and-values/rules-norms-and-rights',
      'technology-and-values/freedom-or-digital-authoritarianism',
      '5g-trusted-networks/trusted-and-high-risk-vendors',
    ],
  },
  {
    id: 'munro-trusted-manner-rights',
    article: 'munro',
    claim:
      'Because technology is neutral, like-minded allies and partners must advance it in a trusted manner so that it cannot easily be abused to compromise the rights and freedoms of individuals defined under international law.',
    lessons: ['technology-and-values/rules-norms-and-rights', '5g-trusted-networks/trusted-and-high-risk-vendors'],
  },
  {
    id: 'munro-linked-expertise',
    article: 'munro',
    claim:
      'Collaboration across technology, business and foreign policy makes the expertise behind R&D interact with the expertise behind commercialisation and deployment and with the expertise behind security goals and international regulation.',
    lessons: ['foundations/actors-and-silos', 'building-capacity/engaging-the-private-sector'],
  },
  {
    id: 'munro-economic-gains-and-trust',
    article: 'munro',
    claim:
      'This model ensures that the economic advantages of tech leadership are achieved and that technological development is guided by principles of trust that protect individual and collective rights.',
    lessons: ['foundations/actors-and-silos', 'building-capacity/engaging-the-private-sector'],
  },
  {
    id: 'munro-5g-success',
    article: 'munro',
    claim: 'Successful tech diplomacy has already taken place, notably in the deployment of 5G networks.',
    lessons: ['5g-trusted-networks/what-5g-is', '5g-trusted-networks/australia-first-mover', 'foundations/what-is-tech-diplomacy'],
  },
  {
    id: 'munro-5g-infrastructure',
    article: 'munro',
    claim:
      '5G built the infrastructure that underpins the future of connective technology, which could significantly affect national security, rights, privacy and economics.',
    lessons: ['5g-trusted-networks/what-5g-is'],
  },
  {
    id: 'munro-australia-first-mover',
    article: 'munro',
    claim: 'Australia was the first mover in banning Huawei from building its 5G networks.',
    lessons: ['5g-trusted-networks/australia-first-mover', 'foundations/what-is-tech-diplomacy', 'building-capacity/allies-and-partners'],
  },
] as const satisfies readonly Claim[];
