import { defineQuiz } from '@site/src/quiz/define';

// Two sections, so that every attempt asks three questions that recall or explain and three that
// apply, analyse or evaluate, whichever questions the draw picks.
export default defineQuiz({
  id: 'when-technology-is-private-and-fast',
  title: 'When technology is private and fast',
  draw: { basics: 3, cases: 3 },
  questions: [
    {
      id: 'just-a-rename',
      type: 'true-false',
      level: 'understand',
      section: 'basics',
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
      level: 'recall',
      section: 'basics',
      prompt: 'Which of these are on Chiang’s list of topics that have taken centre stage in foreign policy in "this decade"? Select all that apply.',
      explanation:
        'Chiang names chips, 6G, AI, autonomy, digital health and advanced manufacturing. Colliders and ozone science belong to the classic science-diplomacy topics.',
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
          id: 'particle-colliders',
          text: 'Particle-physics colliders',
          explanation: 'Wrong: Chiang lists super-collider construction among the primary topics of science diplomacy.',
        },
        {
          id: 'ozone-science',
          text: 'Ozone and climate science',
          explanation: 'Wrong: environmental science is one of the classic science-diplomacy topics.',
        },
      ],
    },
    {
      id: 'match-features',
      type: 'matching',
      level: 'understand',
      section: 'basics',
      prompt: 'Match each feature from the lesson to what it describes best.',
      explanation:
        'Science diplomacy dealt mostly with government-owned science at the pace of treaties; tech diplomacy deals mostly with privately owned technology that moves within product cycles.',
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
          explanation: 'Chips are made by firms such as TSMC, on machines from firms such as ASML.',
        },
        {
          id: 'treaty-pace',
          term: 'Fifteen years from "Atoms for Peace" (1953) to the NPT (1968)',
          match: 'The pace of negotiations among states',
          explanation: 'Science diplomacy moved at the speed of treaties.',
        },
        {
          id: 'commercial-pace',
          term: 'Under a year and a half from the first 5G specifications (Dec 2017) to the first commercial smartphone 5G services (Apr 2019)',
          match: 'The speed of product cycles',
          explanation: 'Commercial technology moves from standard to market quickly.',
        },
      ],
    },
    {
      id: 'order-ai-rules',
      type: 'ordering',
      level: 'recall',
      section: 'basics',
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
      level: 'recall',
      section: 'basics',
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
          id: 'home-market',
          text: 'Chiefly at home, with US-headquartered firms',
          explanation: 'Wrong: Chiang explicitly includes partners and allies.',
        },
        {
          id: 'rivals',
          text: 'Mainly in rival countries, to win their firms over to the US side',
          explanation: 'Wrong: Chiang’s point is about working with companies at home and among partners and allies.',
        },
      ],
    },
    {
      id: 'mission-strategies-actions',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'Chiang calls for "a clear mission, enduring strategies and effective actions". In the course’s reading, why do enduring strategies matter especially for technology?',
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
          text: 'Because technology changes slowly, so a strategy rarely needs revisiting once it is written',
          explanation: 'Wrong: technology moves at commercial speed; the point is that the strategy must last while the technology changes.',
        },
        {
          id: 'treaties-only',
          text: 'Because tech diplomacy works only through permanent treaties',
          explanation: 'Wrong: many of its tools are national measures, incentives and partnerships, not treaties.',
        },
      ],
    },
    {
      id: 'test-ban-vs-chips',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Compare the 1963 Partial Test Ban Treaty with a question of the 2020s: who may buy the most advanced chips. What is the main difference for diplomats?',
      explanation:
        'In 1963 everyone whose consent mattered was a government, even if some, France and China, stayed out. The most advanced chips depend on companies such as TSMC and ASML, which no government runs, so diplomats must deal with firms as well as states.',
      options: [
        {
          id: 'states-then-firms',
          text: 'In 1963 the technology’s owners were states; today firms such as TSMC and ASML hold it',
          correct: true,
          explanation: 'Right: the owners of the technology have changed, so the diplomacy must include companies.',
        },
        {
          id: 'all-signed',
          text: 'In 1963 every nuclear power signed the treaty, while today’s chip rules leave some important countries out',
          explanation: 'Wrong: France and China, both building bombs, never signed the test ban. Holdouts are not what is new.',
        },
        {
          id: 'trade-only',
          text: 'The test ban was about technology, while chip rules are only about trade',
          explanation: 'Wrong: chip rules are about a dual-use technology and national security as much as trade.',
        },
      ],
    },
    {
      id: 'persuade-pay-regulate',
      type: 'matching',
      level: 'apply',
      section: 'cases',
      prompt: 'The lesson says a government must persuade, pay or regulate companies. Match each new measure to the approach it uses.',
      explanation:
        'Grants and tax credits pay; licence requirements regulate; meetings that win voluntary commitments persuade.',
      pairs: [
        {
          id: 'tax-credit',
          term: 'A tax credit for firms that build chip plants at home',
          match: 'Pay',
          explanation: 'Like the CHIPS and Science Act’s 25 % investment tax credit.',
        },
        {
          id: 'licence',
          term: 'A licence requirement before a firm may sell a tool to certain buyers',
          match: 'Regulate',
          explanation: 'Export controls regulate: a licence, often refused, is needed before the sale.',
        },
        {
          id: 'pledge',
          term: 'An envoy meets executives to win their signatures on a voluntary supply pledge',
          match: 'Persuade',
          explanation: 'Nothing is paid or required; the firms join because they are convinced.',
        },
      ],
    },
    {
      id: 'ten-year-treaty',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt:
        'A ministry plans to govern a fast-moving technology with a treaty it expects to take ten years to negotiate, and nothing else. Using this lesson, what is the strongest objection?',
      explanation:
        'Commercial technology moves within product cycles: 5G went from first specifications to commercial smartphone services in under a year and a half. A ten-year treaty alone would govern a technology that no longer exists; faster tools are needed alongside it.',
      options: [
        {
          id: 'outpaced',
          text: 'The technology will change many times before the treaty is done, so faster tools are needed alongside it',
          correct: true,
          explanation: 'Right: the pace of the technology, not the value of treaties, is the problem.',
        },
        {
          id: 'no-treaties',
          text: 'Treaties can never cover technology',
          explanation: 'Wrong: treaties have governed technologies before; the problem is relying on a slow one alone.',
        },
        {
          id: 'too-fast',
          text: 'Ten years is too short: from Atoms for Peace to the NPT took fifteen',
          explanation: 'Wrong: that argues for an even slower process, the opposite of what commercial speed demands.',
        },
      ],
    },
    {
      id: 'dual-use-case',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A start-up sells image-recognition chips to farms and, it turns out, to a foreign army. Why does this make the firm a concern for diplomats?',
      explanation:
        'The same product serves civilian and military buyers: it is dual-use. That is why a commercial product can be a national-security asset, and why diplomats care about companies’ customers.',
      options: [
        {
          id: 'dual-use',
          text: 'Its chips are dual-use: one product serves both civilian and military buyers',
          correct: true,
          explanation: 'Right: a commercial product with military uses is a security matter.',
        },
        {
          id: 'state-lab',
          text: 'It counts as a state laboratory',
          explanation: 'Wrong: it is a private start-up; that it is private is exactly why diplomats must deal with it as a company.',
        },
        {
          id: 'farm-only',
          text: 'Only its farm sales matter, since they came first',
          explanation: 'Wrong: which customer came first does not matter; the same chip serves both kinds of buyer, and that is what dual-use means.',
        },
      ],
    },
    {
      id: 'us-firms-only-plan',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt: 'True or false: by Chiang’s standard, a US tech-diplomacy plan that consults only US-headquartered companies falls short.',
      answer: true,
      explanation:
        'Chiang wants the private sector engaged "here in the U.S. and in partners and allies". Leaving out firms in allied countries, such as TSMC or ASML, falls short of that.',
      explanations: {
        true: 'Right: Chiang’s call covers companies in partner and allied countries too.',
        false: 'Wrong: Chiang explicitly includes companies "in partners and allies", not only US firms.',
      },
    },
  ],
});
