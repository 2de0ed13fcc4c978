import { defineQuiz } from '@site/src/quiz/define';

// Exam mode. Two sections, so that every attempt asks four questions that recall or explain and
// four that apply, analyse or evaluate. None of these questions appears in the lesson quizzes.
export default defineQuiz({
  id: 'science-to-tech-checkpoint',
  title: 'Module 2 checkpoint',
  mode: 'exam',
  draw: { basics: 4, cases: 4 },
  questions: [
    {
      id: 'order-science-diplomacy',
      type: 'ordering',
      level: 'recall',
      section: 'basics',
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
      id: 'state-dept-defined',
      type: 'true-false',
      level: 'recall',
      section: 'basics',
      prompt: 'True or false: the US State Department defined the three dimensions of science diplomacy.',
      answer: false,
      explanation: 'They come from the Royal Society–AAAS report New Frontiers in Science Diplomacy, published on 12 January 2010.',
      explanations: {
        true: 'Wrong: this is a common misconception. Two scientific societies, the Royal Society and the AAAS, defined them.',
        false: 'Right: the framework comes from the Royal Society and the AAAS, not from a government.',
      },
    },
    {
      id: 'iter-parties',
      type: 'short-answer',
      level: 'recall',
      section: 'basics',
      prompt: 'How many parties signed the ITER fusion agreement in Paris on 21 November 2006? (number)',
      explanation: 'Seven: the EU, China, India, Japan, South Korea, Russia and the United States.',
      source: { title: 'ITER Organization', url: 'https://www.iter.org/' },
      number: { value: 7 },
      unit: 'parties',
    },
    {
      id: 'who-serves-whom',
      type: 'matching',
      level: 'understand',
      section: 'basics',
      prompt: 'The three dimensions differ in which way the help flows. Match each dimension to whom or what the help serves.',
      explanation:
        'In science in diplomacy, research serves the negotiator; in diplomacy for science, the negotiator serves the researcher; in science for diplomacy, shared research serves the relationship between states.',
      pairs: [
        {
          id: 'in',
          term: 'Science in diplomacy',
          match: 'Research informs the negotiator',
          explanation: 'For example, the IPCC’s assessments feeding climate talks.',
        },
        {
          id: 'for-science',
          term: 'Diplomacy for science',
          match: 'The negotiator opens the way for the researcher',
          explanation: 'For example, the agreements behind CERN or ITER.',
        },
        {
          id: 'for-diplomacy',
          term: 'Science for diplomacy',
          match: 'Shared research serves the relationship between states',
          explanation: 'For example, Apollo–Soyuz or the 1979 US–China agreement.',
        },
      ],
    },
    {
      id: 'biggest-difference',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'Which change does Module 2 single out as setting tech diplomacy apart from classic science diplomacy?',
      explanation:
        'The technologies at stake are mostly built and owned by companies and move at commercial speed, so diplomats must persuade, pay or regulate firms, at home and in allied countries.',
      options: [
        {
          id: 'private-fast',
          text: 'The technology is mostly owned by companies and moves at commercial speed',
          correct: true,
          explanation: 'Right: and it fits Chiang’s call for tech diplomacy to engage the private sector much more actively than science diplomacy did.',
        },
        {
          id: 'state-built',
          text: 'Governments now build the technology themselves, in state laboratories, faster than companies can',
          explanation: 'Wrong: the reverse is true; today’s critical technologies are mostly built and owned by companies.',
        },
        {
          id: 'no-cooperation',
          text: 'International cooperation is no longer possible',
          explanation: 'Wrong: cooperation continues, for example among allies and partners; what changes are the owners of the technology and the pace.',
        },
      ],
    },
    {
      id: 'pillar-since',
      type: 'single',
      level: 'recall',
      section: 'basics',
      prompt: 'Since when, according to Chiang, has science diplomacy been a key pillar for the United States and other countries?',
      explanation: 'Chiang writes that science diplomacy "became a key pillar for the U.S. and other countries since World War II".',
      options: [
        { id: 'ww2', text: 'Since World War II', correct: true, explanation: 'Right: his words are "since World War II".' },
        {
          id: 'cold-war-end',
          text: 'Since the end of the Cold War',
          explanation: 'Wrong: the examples in Module 2 start in 1946, long before the Cold War ended.',
        },
        {
          id: 'new-frontiers-2010',
          text: 'Since the Royal Society–AAAS report of 2010',
          explanation: 'Wrong: the 2010 report named three dimensions of a practice that was already decades old.',
        },
        {
          id: 'sputnik-1957',
          text: 'Since the launch of Sputnik in 1957',
          explanation: 'Wrong: Sputnik came during the International Geophysical Year, but Chiang dates the pillar from World War II.',
        },
      ],
    },
    {
      id: 'telescope-site-deal',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A university joins a foreign partner to build a shared telescope, and the foreign ministry negotiates the site agreement and visas for the astronomers. Which dimension describes the ministry’s work?',
      explanation:
        'The ministry’s diplomacy makes the research possible: access, a site and visas. That is diplomacy for science.',
      options: [
        {
          id: 'for-science',
          text: 'Diplomacy for science',
          correct: true,
          explanation: 'Right: diplomatic action creates the conditions for the research.',
        },
        {
          id: 'in-diplomacy',
          text: 'Science in diplomacy, because astronomers are advising the ministry on its foreign policy',
          explanation: 'Wrong: nothing in the case has the astronomers advising the ministry; the ministry is serving them.',
        },
        {
          id: 'for-diplomacy',
          text: 'Science for diplomacy: the telescope is mainly a gesture between the two countries',
          explanation: 'Not the best fit: the telescope may well improve relations, but the ministry’s work described here is enabling research.',
        },
      ],
    },
    {
      id: 'lab-or-controls',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Case A: twelve states ratify a convention to share a physics laboratory. Case B: three allies restrict exports of chipmaking tools to a rival. Which case fits science diplomacy better, and why?',
      explanation:
        'A is cooperation on publicly funded research, settled by treaty among governments: classic science diplomacy. B is about denying a technology that companies build and sell: tech diplomacy.',
      options: [
        {
          id: 'case-a',
          text: 'A: governments cooperate on public research through a treaty',
          correct: true,
          explanation: 'Right: this is the pattern of CERN and the other classic cases.',
        },
        {
          id: 'case-b',
          text: 'B: export controls are science diplomacy, because the tools embody advanced physics and chemistry',
          explanation: 'Wrong: scientific content does not make a case science diplomacy; denial of privately built technology is tech diplomacy.',
        },
        {
          id: 'both-fit',
          text: 'Both equally, since both are agreements among states',
          explanation: 'Wrong: both involve states, but only A is cooperation on public research; B is about denying a commercial technology.',
        },
      ],
    },
    {
      id: 'framework-verdict',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt:
        'A student claims: "The Royal Society–AAAS framework describes tech diplomacy just as well as it describes science diplomacy." Which judgement does Module 2 support best?',
      explanation:
        'The lenses carry over for expert advice and for partnerships, but the framework was built for cooperation among governments that controlled the science. Denial and private ownership, central to tech diplomacy, fall outside it.',
      options: [
        {
          id: 'partly',
          text: 'Partly: the lenses carry over, but they miss denial and private ownership',
          correct: true,
          explanation: 'Right: that is the course’s comparison in the three-dimensions lesson.',
        },
        {
          id: 'fully',
          text: 'Fully: every tech-diplomacy case fits one of the three lenses, including export controls and bans on vendors',
          explanation: 'Wrong: none of the lenses is about keeping a technology from someone.',
        },
        {
          id: 'not-at-all',
          text: 'Not at all: none of the lenses has any use for technology',
          explanation: 'Wrong: engineering advice and technology partnerships fit the lenses well.',
        },
      ],
    },
    {
      id: 'holdouts-lesson',
      type: 'true-false',
      level: 'analyse',
      section: 'cases',
      prompt:
        'True or false: that France and China never signed the 1963 Partial Test Ban Treaty shows that even when only governments control a technology, some of them can stay outside the diplomacy that governs it.',
      answer: true,
      explanation:
        'France (testing since 1960) and China (first test in 1964) stayed out and went on testing in the atmosphere. State ownership made the test ban diplomacy among governments, not diplomacy that every government joined.',
      explanations: {
        true: 'Right: the technology belonged to states, yet France, already testing, and China, about a year from its first test, did not sign.',
        false: 'Wrong: France had the bomb and China was building one, and both stayed outside the treaty.',
      },
    },
    {
      id: 'speed-evidence',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt: 'Which evidence best supports the claim that commercial technology moves faster than treaty diplomacy did?',
      explanation:
        'The comparison needs two paces side by side: under a year and a half from the first 5G specifications (December 2017) to the first commercial smartphone 5G services (April 2019), against fifteen years from Atoms for Peace (1953) to the NPT (1968).',
      options: [
        {
          id: 'two-paces',
          text: 'From 5G specifications to smartphone 5G took under two years; from Atoms for Peace to the NPT, fifteen',
          correct: true,
          explanation: 'Right: it measures both paces, so it can support a claim about which is faster.',
        },
        {
          id: 'sales',
          text: 'Global chip sales passed $600 billion in 2024',
          explanation: 'Wrong: that measures the industry’s size, not its speed.',
        },
        {
          id: 'iss',
          text: 'The International Space Station has been occupied without a break since its first crew arrived in November 2000',
          explanation: 'Wrong: that shows how long a science project has lasted, not how fast technology moves.',
        },
        {
          id: 'ai-act',
          text: 'Most EU AI Act obligations apply two years after it entered into force',
          explanation: 'Wrong: that is about the pace of one law, and it says nothing about how fast the technology itself changes.',
        },
      ],
    },
    {
      id: 'consult-list',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A US agency plans a tech-diplomacy push on advanced manufacturing and draws up a list of whom to consult. Following Chiang, which list is most complete?',
      explanation:
        'Chiang wants the private sector engaged "here in the U.S. and in partners and allies". A complete list has US firms, firms in allied countries and the partner governments.',
      options: [
        {
          id: 'firms-and-partners',
          text: 'US firms, firms in allied and partner countries, and partner governments',
          correct: true,
          explanation: 'Right: it covers the private sector at home and among partners, plus the states.',
        },
        {
          id: 'governments-only',
          text: 'Allied governments only',
          explanation: 'Wrong: Chiang asks for much more active engagement with companies themselves.',
        },
        {
          id: 'universities-only',
          text: 'Universities and national laboratories',
          explanation: 'Wrong: that is the older, science-diplomacy model; today’s critical technologies are mostly built by companies.',
        },
      ],
    },
    {
      id: 'source-roles',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Read this sentence: "Scientists participated in treaty negotiations, engaged in bilateral summits and served as attachés at embassies." Who wrote it, and which dimension does the first role fit best?',
      explanation:
        'The sentence is Mung Chiang’s. Scientists in treaty negotiations bring scientific advice to the negotiators, which is science in diplomacy.',
      options: [
        {
          id: 'chiang-in',
          text: 'Chiang; science in diplomacy',
          correct: true,
          explanation: 'Right: scientific advice informing the negotiators’ positions.',
        },
        {
          id: 'munro-in',
          text: 'Munro, in her article for ASPI; science in diplomacy',
          explanation: 'Wrong: the dimension is right, but the excerpt of Munro’s article does not discuss science diplomacy; the sentence is Chiang’s.',
        },
        {
          id: 'chiang-for-science',
          text: 'Chiang; diplomacy for science, the negotiators serving research',
          explanation: 'Wrong: the author is right, but scientists at a treaty table serve the diplomats, not the other way round.',
        },
        {
          id: 'report-for-diplomacy',
          text: 'The Royal Society–AAAS report; science for diplomacy',
          explanation: 'Wrong: the sentence is Chiang’s, and advising negotiators is not chiefly about repairing a relationship.',
        },
      ],
    },
    {
      id: 'tool-for-aim',
      type: 'matching',
      level: 'apply',
      section: 'cases',
      prompt: 'A government has three aims for a critical technology. Match each aim to the tool of tech diplomacy that fits it.',
      explanation:
        'The lesson’s table lists the newer tools: export controls deny, industrial incentives build, and standards work shapes how the technology works everywhere.',
      pairs: [
        {
          id: 'keep-from-rival',
          term: 'Keep advanced tools out of a rival’s hands',
          match: 'Export controls',
          explanation: 'Licensing rules restrict who may receive sensitive items.',
        },
        {
          id: 'plants-at-home',
          term: 'Bring chip plants to its own territory',
          match: 'Industrial incentives',
          explanation: 'Grants and tax credits, such as those in the CHIPS and Science Act.',
        },
        {
          id: 'shared-specs',
          term: 'Make sure equipment from different countries works together',
          match: 'Standards work',
          explanation: 'Shared specifications, such as 3GPP’s for mobile networks.',
        },
      ],
    },
  ],
});
