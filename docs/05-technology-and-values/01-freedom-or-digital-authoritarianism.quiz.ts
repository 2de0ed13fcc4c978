import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'freedom-or-digital-authoritarianism',
  title: 'Freedom or digital authoritarianism',
  questions: [
    {
      id: 'foremost-premise',
      type: 'single',
      prompt: 'What does Mung Chiang call the foremost premise of American tech diplomacy?',
      hint: 'It is about purpose, not about companies or people.',
      explanation:
        'Chiang puts purpose first: "technology must advance freedom". Engaging companies and building a talent pipeline come after it in his argument.',
      options: [
        {
          id: 'advance-freedom',
          text: 'Technology must advance freedom.',
          correct: true,
          explanation: 'Right: this is the premise Chiang states before anything else he asks of tech diplomacy.',
        },
        {
          id: 'new-name',
          text: 'Tech diplomacy is science diplomacy under a new name.',
          explanation:
            'Wrong: Chiang explicitly separates the two. Science diplomacy dealt with nuclear proliferation, colliders, spaceflight and environmental science; tech diplomacy deals with chips, 6G, AI and more.',
        },
        {
          id: 'social-media',
          text: 'Diplomats must use social media and data to reach foreign publics.',
          explanation:
            'Wrong: that describes digital diplomacy, which is about the tools of diplomacy. Tech diplomacy treats technology as its subject.',
        },
        {
          id: 'fastest-wins',
          text: 'Whoever builds a technology first sets its values.',
          explanation:
            'Wrong: Chiang denies any automatic link between technology and democratic values. Being first does not guarantee that a technology serves freedom; that takes deliberate choices.',
        },
      ],
    },
    {
      id: 'automatic-values',
      type: 'true-false',
      prompt:
        'True or false: Chiang argues that technological advances naturally reflect the values of democratic societies and support human rights.',
      answer: false,
      explanation:
        'Chiang writes that technological advances "do not necessarily reflect values of a democratic society or contribute to human rights"; they are increasingly abused to suppress liberty.',
      explanations: {
        true: 'Wrong: Chiang says there is no automatic link. That is exactly why he makes "technology must advance freedom" a premise to work for.',
        false: 'Right: in his view progress carries no built-in preference for open societies, so democracies have to steer it.',
      },
    },
    {
      id: 'three-wins',
      type: 'multiple',
      prompt: 'For which THREE does Chiang say tech diplomacy must keep scoring wins? Select all that apply.',
      explanation: 'Chiang names democracies, free enterprise and fair markets "throughout the globe".',
      options: [
        {
          id: 'democracies',
          text: 'Democracies',
          correct: true,
          explanation: 'Right: the political aim, technology that strengthens self-government and human rights.',
        },
        {
          id: 'free-enterprise',
          text: 'Free enterprise',
          correct: true,
          explanation: 'Right: companies that can compete and innovate without being instruments of a state.',
        },
        {
          id: 'fair-markets',
          text: 'Fair markets',
          correct: true,
          explanation: 'Right: trade and investment that reward the better product rather than subsidy or coercion.',
        },
        {
          id: 'national-champions',
          text: 'State-directed national champions',
          explanation:
            'Wrong: firms directed by a state are the opposite of the free enterprise Chiang wants to win for.',
        },
        {
          id: 'national-internets',
          text: 'Separate national internets',
          explanation:
            'Wrong: walled-off national networks cut against the global, interoperable internet that democracies committed to in 2022.',
        },
      ],
    },
    {
      id: 'orwell-image',
      type: 'single',
      prompt:
        'Chiang warns that abused technology can "lock in" the Orwellian "1984" with digital authoritarianism. How does this lesson explain the idea of lock-in?',
      hint: 'Think about how long infrastructure lasts.',
      explanation:
        'Once surveillance is built into everyday infrastructure it is hard to remove, so abuse can become permanent rather than passing.',
      options: [
        {
          id: 'built-in',
          text: 'Once surveillance is built into the infrastructure of daily life, it becomes very hard to remove.',
          correct: true,
          explanation:
            'Right: infrastructure lasts. Even a democracy needed years and up to £2 billion (UK estimate) to reverse one 5G vendor choice.',
        },
        {
          id: 'year-1984',
          text: 'Because digital surveillance technology was invented in 1984.',
          explanation: 'Wrong: "1984" refers to Orwell\u2019s novel about a total surveillance state, not to a date of invention.',
        },
        {
          id: 'only-cameras',
          text: 'Because the problem is limited to street cameras, which are expensive to take down.',
          explanation:
            'Wrong: digital authoritarianism covers surveillance, censorship and control of data in general, not one device.',
        },
        {
          id: 'democracies-too',
          text: 'Because democracies are bound by treaty to keep surveillance systems once installed.',
          explanation: 'Wrong: no such treaty exists; the lock-in comes from how embedded infrastructure becomes, not from law.',
        },
      ],
    },
    {
      id: 'match-terms',
      type: 'matching',
      prompt: 'Match each term to its meaning.',
      explanation:
        'These terms are easy to confuse: digital diplomacy is about tools, tech diplomacy about technology as the subject, and digital authoritarianism about abuse.',
      pairs: [
        {
          id: 'digital-authoritarianism',
          term: 'Digital authoritarianism',
          match: 'Using surveillance, censorship and data control to monitor and repress a population',
          explanation: 'This is the danger Chiang links to Orwell\u2019s "1984".',
        },
        {
          id: 'digital-diplomacy',
          term: 'Digital diplomacy',
          match: 'Using social media and data as tools for conducting diplomacy',
          explanation: 'It concerns the tools of diplomacy, not technology as its subject.',
        },
        {
          id: 'tech-diplomacy',
          term: 'Tech diplomacy',
          match: 'Foreign policy in which technology is both the subject and a tool',
          explanation: 'Chips, 5G/6G, AI and supply chains are its subject matter.',
        },
        {
          id: 'trusted-vendor',
          term: 'Trusted vendor',
          match: 'A supplier judged reliable on security, transparency and rule-of-law grounds',
          explanation: 'It includes independence from extrajudicial state direction, the test in Australia\u2019s 2018 guidance.',
        },
      ],
    },
    {
      id: 'dfi-partners',
      type: 'short-answer',
      prompt:
        'The Declaration for the Future of the Internet (28 April 2022) was launched by the United States and how many partners? (number, not counting the US)',
      hint: 'Count only the partners, not the United States itself.',
      explanation: 'The US and 60 partners, 61 in all, launched it on 28 April 2022.',
      number: { value: 60, tolerance: 0 },
      unit: 'partners',
    },
    {
      id: 'order-events',
      type: 'ordering',
      prompt: 'Put these events from this lesson in order, earliest first.',
      explanation:
        'Australia\u2019s guidance came on 23 August 2018, the Prague conference in May 2019, the UK removal decision on 14 July 2020 and the Declaration for the Future of the Internet on 28 April 2022.',
      items: [
        {
          id: 'australia-guidance',
          text: 'Australia\u2019s 5G guidance excludes vendors open to extrajudicial foreign direction',
          explanation: 'First: 23 August 2018, the first national exclusion of its kind.',
        },
        {
          id: 'prague',
          text: 'The Prague 5G Security Conference publishes its non-binding proposals',
          explanation: 'Second: May 2019, with 32 countries plus the EU and NATO.',
        },
        {
          id: 'uk-removal',
          text: 'The UK decides to remove Huawei from its 5G networks by the end of 2027',
          explanation: 'Third: 14 July 2020, reversing a January 2020 decision.',
        },
        {
          id: 'dfi',
          text: 'The Declaration for the Future of the Internet is launched',
          explanation: 'Last: 28 April 2022, by the US and 60 partners.',
        },
      ],
    },
  ],
});
