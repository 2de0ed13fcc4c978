import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'science-to-tech-checkpoint',
  title: 'Module 2 checkpoint',
  mode: 'exam',
  questions: [
    {
      id: 'order-science-diplomacy',
      type: 'ordering',
      prompt: 'Put these science-diplomacy milestones in order, earliest first.',
      explanation:
        'CERN came into being on 29 September 1954; Sputnik 1 was launched on 4 October 1957; Apollo and Soyuz docked on 17 July 1975; the Montreal Protocol was signed on 16 September 1987; New Frontiers in Science Diplomacy was published on 12 January 2010.',
      items: [
        { id: 'cern', text: 'CERN’s Convention enters into force', explanation: '29 September 1954.' },
        { id: 'sputnik', text: 'The Soviet Union launches Sputnik 1', explanation: '4 October 1957, during the International Geophysical Year.' },
        { id: 'apollo-soyuz', text: 'Apollo and Soyuz dock in orbit', explanation: '17 July 1975.' },
        { id: 'montreal', text: 'The Montreal Protocol is signed', explanation: '16 September 1987.' },
        { id: 'new-frontiers', text: 'The Royal Society and the AAAS publish New Frontiers in Science Diplomacy', explanation: '12 January 2010.' },
      ],
    },
    {
      id: 'match-dimensions',
      type: 'matching',
      prompt: 'Match each dimension of science diplomacy to its meaning.',
      explanation:
        'In the Royal Society–AAAS framework, science in diplomacy informs foreign policy, diplomacy for science enables research, and science for diplomacy builds relations between countries.',
      pairs: [
        {
          id: 'in',
          term: 'Science in diplomacy',
          match: 'Scientific advice informing foreign-policy objectives',
          explanation: 'For example, climate science assessed by the IPCC feeding into negotiations.',
        },
        {
          id: 'for-science',
          term: 'Diplomacy for science',
          match: 'Diplomatic action that makes international research possible',
          explanation: 'For example, the agreements behind CERN, ITER or the ISS.',
        },
        {
          id: 'for-diplomacy',
          term: 'Science for diplomacy',
          match: 'Scientific cooperation used to build or repair relations',
          explanation: 'For example, Apollo–Soyuz or the 1979 US–China agreement.',
        },
      ],
    },
    {
      id: 'state-dept-defined',
      type: 'true-false',
      prompt: 'True or false: the US State Department defined the three dimensions of science diplomacy.',
      answer: false,
      explanation: 'They come from the Royal Society–AAAS report New Frontiers in Science Diplomacy, published on 12 January 2010.',
      explanations: {
        true: 'Wrong: this is a common misconception. Two scientific societies, the Royal Society and the AAAS, defined them.',
        false: 'Right: the framework comes from the Royal Society and the AAAS, not from a government.',
      },
    },
    {
      id: 'classic-topics',
      type: 'multiple',
      prompt: 'Which of these does Chiang name as primary topics of science diplomacy? Select all that apply.',
      explanation:
        'Chiang names nuclear proliferation, super-collider construction, human space exploration and environmental science. 6G and AI belong to the new topics of this decade.',
      options: [
        { id: 'nuclear', text: 'Nuclear proliferation', correct: true, explanation: 'Right: from Atoms for Peace (1953) to the NPT (1968).' },
        {
          id: 'colliders',
          text: 'Super-collider construction',
          correct: true,
          explanation: 'Right: shared facilities such as CERN, and the cancelled US Superconducting Super Collider.',
        },
        { id: 'space', text: 'Human space exploration', correct: true, explanation: 'Right: from Sputnik (1957) to Apollo–Soyuz (1975) and the ISS.' },
        {
          id: 'environment',
          text: 'Environmental science',
          correct: true,
          explanation: 'Right: from the IGY (1957–58) to the Montreal Protocol (1987) and the IPCC (1988).',
        },
        { id: '6g', text: '6G', explanation: 'Wrong: 6G is one of Chiang’s new topics of this decade, a tech-diplomacy topic.' },
        { id: 'ai', text: 'Artificial intelligence', explanation: 'Wrong: AI is one of this decade’s new topics, not a classic science-diplomacy one.' },
      ],
    },
    {
      id: 'biggest-difference',
      type: 'single',
      prompt: 'Which of these changes does this module identify as setting tech diplomacy apart from classic science diplomacy?',
      explanation:
        'The technologies at stake are mostly built and owned by companies and move at commercial speed, so diplomats must persuade, pay or regulate firms, at home and in allied countries.',
      options: [
        {
          id: 'private-fast',
          text: 'The technology is mostly built and owned by companies and moves at commercial speed',
          correct: true,
          explanation: 'Right: and it fits Chiang’s call for tech diplomacy to engage the private sector much more actively than science diplomacy did.',
        },
        {
          id: 'no-cooperation',
          text: 'International cooperation is no longer possible',
          explanation: 'Wrong: cooperation continues, for example among allies and partners; what changes are the owners of the technology and the pace.',
        },
        {
          id: 'social-media',
          text: 'Diplomats now work through social media',
          explanation: 'Wrong: that is digital diplomacy, a different subject.',
        },
      ],
    },
    {
      id: 'iter-parties',
      type: 'short-answer',
      prompt: 'How many parties signed the ITER fusion agreement in Paris on 21 November 2006? (number)',
      explanation: 'Seven: the EU, China, India, Japan, South Korea, Russia and the United States.',
      source: { title: 'ITER Organization', url: 'https://www.iter.org/' },
      number: { value: 7 },
      unit: 'parties',
    },
    {
      id: 'ssc-who',
      type: 'single',
      prompt: 'Who cancelled the Superconducting Super Collider, and when?',
      explanation: 'The US Congress cancelled the SSC, a US project in Texas, in October 1993 after about $2 billion had been spent.',
      options: [
        {
          id: 'congress-1993',
          text: 'The US Congress, in 1993',
          correct: true,
          explanation: 'Right: President Clinton signed the bill ending it.',
        },
        {
          id: 'cern-1954',
          text: 'CERN’s member states, in 1954',
          explanation: 'Wrong: the SSC was not a CERN project, and 1954 is the year CERN itself came into being.',
        },
        {
          id: 'iaea-1957',
          text: 'The IAEA, in 1957',
          explanation: 'Wrong: the IAEA, set up in 1957 for atomic energy, had nothing to do with ending the SSC; the US Congress did that.',
        },
      ],
    },
    {
      id: 'private-sector-more',
      type: 'true-false',
      prompt: 'True or false: Chiang says tech diplomacy must engage the private sector much more actively than science diplomacy typically did, in the US and in partner and allied countries.',
      answer: true,
      explanation: 'Chiang writes that tech diplomacy needs to engage the private sector "here in the U.S. and in partners and allies, much more actively than science diplomacy typically did".',
      explanations: {
        true: 'Right: he names both the US and its partners and allies, and says “much more actively” than science diplomacy typically did.',
        false: 'Wrong: this is one of Chiang’s clearest calls; he asks for much more active engagement with companies, not less.',
      },
    },
  ],
});
