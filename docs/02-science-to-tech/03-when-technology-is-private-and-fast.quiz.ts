import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'when-technology-is-private-and-fast',
  title: 'When technology is private and fast',
  questions: [
    {
      id: 'just-a-rename',
      type: 'true-false',
      prompt: 'True or false: "tech diplomacy" is simply a new name for science diplomacy.',
      answer: false,
      explanation:
        'Chiang separates them. Science diplomacy dealt with nuclear proliferation, colliders, spaceflight and environmental science through scientists and attachés; tech diplomacy deals with chips, 6G, AI, autonomy, digital health and advanced manufacturing, and must engage the private sector much more.',
      explanations: {
        true: 'Wrong: the topics, the owners of the technology, the pace and the tools all differ. Chiang writes that tech diplomacy "is different from science diplomacy".',
        false: 'Right: tech diplomacy inherits the habit of cooperation, but its topics, actors and speed are different.',
      },
    },
    {
      id: 'this-decade',
      type: 'multiple',
      prompt: 'Which of these are on Chiang’s list of topics that have taken centre stage in foreign policy "in this decade"? Select all that apply.',
      explanation:
        'Chiang names chips, 6G, AI, autonomy, digital health and advanced manufacturing. Human space exploration and environmental science were classic science-diplomacy topics.',
      options: [
        { id: 'ai', text: 'AI', correct: true, explanation: 'Right: AI is on the list.' },
        { id: 'autonomy', text: 'Autonomy', correct: true, explanation: 'Right: autonomy is one of the six topics.' },
        {
          id: 'advanced-manufacturing',
          text: 'Advanced manufacturing',
          correct: true,
          explanation: 'Right: it completes Chiang’s list of six.',
        },
        {
          id: 'spaceflight',
          text: 'Human space exploration',
          explanation: 'Wrong: Chiang lists human space exploration among the primary topics of science diplomacy.',
        },
        {
          id: 'environment',
          text: 'Environmental science',
          explanation: 'Wrong: environmental science is one of the classic science-diplomacy topics.',
        },
      ],
    },
    {
      id: 'match-features',
      type: 'matching',
      prompt: 'Match each feature to the kind of diplomacy it describes best.',
      explanation:
        'Science diplomacy dealt mostly with government-owned science at treaty pace; tech diplomacy deals mostly with privately owned technology at commercial speed and uses tools such as export controls and industrial incentives.',
      pairs: [
        {
          id: 'owned-by-states',
          term: 'Technology built mostly in state laboratories and public programmes',
          match: 'Classic science diplomacy',
          explanation: 'Colliders, spacecraft and nuclear programmes were largely public projects.',
        },
        {
          id: 'owned-by-firms',
          term: 'Technology designed, made and sold mostly by companies',
          match: 'Tech diplomacy',
          explanation: 'Chips and networks come from firms such as TSMC and ASML.',
        },
        {
          id: 'treaty-pace',
          term: 'Fifteen years from "Atoms for Peace" (1953) to the NPT (1968)',
          match: 'The pace of treaties',
          explanation: 'Science diplomacy moved at the speed of negotiations among states.',
        },
        {
          id: 'commercial-pace',
          term: 'Less than a year and a half from the first 5G specifications (Dec 2017) to commercial service (Apr 2019)',
          match: 'Commercial speed',
          explanation: 'Commercial technology moves from standard to market within product cycles.',
        },
      ],
    },
    {
      id: 'order-ai-rules',
      type: 'ordering',
      prompt: 'Put these steps in the governance of AI in order, earliest first.',
      explanation:
        'The OECD AI Principles were adopted on 22 May 2019; the Bletchley Declaration was signed in November 2023; the EU AI Act entered into force on 1 August 2024. Rule-making now moves in years rather than decades.',
      items: [
        { id: 'oecd', text: 'The OECD adopts its AI Principles, backed by 42 countries', explanation: '22 May 2019.' },
        { id: 'bletchley', text: '28 countries and the EU sign the Bletchley Declaration', explanation: '1–2 November 2023.' },
        { id: 'eu-ai-act', text: 'The EU Artificial Intelligence Act enters into force', explanation: '1 August 2024.' },
      ],
    },
    {
      id: 'engage-where',
      type: 'single',
      prompt: 'Chiang says tech diplomacy must engage the private sector "much more actively than science diplomacy typically did". Where?',
      explanation: 'Chiang writes "here in the U.S. and in partners and allies": the companies that matter are spread across allied countries.',
      options: [
        {
          id: 'us-and-allies',
          text: 'In the United States and in partner and allied countries',
          correct: true,
          explanation: 'Right: firms such as TSMC in Taiwan and ASML in the Netherlands matter as much as US firms.',
        },
        {
          id: 'us-only',
          text: 'Only in the United States',
          explanation: 'Wrong: Chiang explicitly includes partners and allies.',
        },
        {
          id: 'rivals',
          text: 'Mainly in rival countries, to win their companies over',
          explanation: 'Wrong: Chiang’s point is about working with companies at home and among partners and allies.',
        },
      ],
    },
    {
      id: 'sole-euv-maker',
      type: 'short-answer',
      prompt: 'Which Dutch company is the only maker of extreme-ultraviolet (EUV) lithography machines?',
      explanation:
        'ASML. Its unique position is an example of why tech diplomacy must deal with companies: no government owns the technology.',
      source: { title: 'AP, 30 June 2023', url: 'https://apnews.com/' },
      accept: ['ASML', 'ASML Holding'],
    },
    {
      id: 'mission-strategies-actions',
      type: 'single',
      prompt: 'Chiang calls for "a clear mission, enduring strategies and effective actions". Why do enduring strategies matter especially for technology?',
      explanation:
        'Factories, networks and alliances take years to build or unwind (the UK’s 2020 decision to remove Huawei from 5G runs until the end of 2027), so strategies must outlast a single product cycle or government.',
      options: [
        {
          id: 'long-build',
          text: 'Because factories, networks and alliances take years to build or unwind',
          correct: true,
          explanation: 'Right: strategies that change with every product cycle or government cannot guide investments that last years.',
        },
        {
          id: 'slow-tech',
          text: 'Because technology changes slowly, so strategies rarely need revisiting',
          explanation: 'Wrong: technology moves at commercial speed; the point is that the strategy must last while the technology changes.',
        },
        {
          id: 'treaties-only',
          text: 'Because tech diplomacy works only through permanent treaties',
          explanation: 'Wrong: many of its tools are national measures, incentives and partnerships, not treaties.',
        },
      ],
    },
  ],
});
