import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'freedom-or-digital-authoritarianism',
  title: 'Freedom or digital authoritarianism',
  draw: 6,
  questions: [
    {
      id: 'foremost-premise',
      type: 'single',
      level: 'recall',
      prompt: 'What does Mung Chiang call the foremost premise of American tech diplomacy?',
      hint: 'It is about purpose, not about who does the work.',
      explanation:
        'Chiang puts purpose first: "technology must advance freedom". Engaging companies and building a talent pipeline come later in his argument.',
      options: [
        {
          id: 'advance-freedom',
          text: 'Technology must advance freedom.',
          correct: true,
          explanation: 'Right: this is the premise Chiang states before anything else he asks of tech diplomacy.',
        },
        {
          id: 'pacing-threat',
          text: 'Technology must keep America and its allies ahead of the pacing threat.',
          explanation:
            'Wrong: "pacing threat" is Bronte Munro\u2019s framing of why allies need tech diplomacy. Chiang\u2019s first premise is about what technology is for, not who leads.',
        },
        {
          id: 'fastest-wins',
          text: 'Whoever builds a technology first sets its values.',
          explanation:
            'Wrong: Chiang denies any automatic link between technology and democratic values. Being first does not guarantee that a technology serves freedom.',
        },
        {
          id: 'private-sector-first',
          text: 'Companies, not governments, must lead on technology abroad.',
          explanation:
            'Wrong: Chiang does ask for much more engagement with the private sector, but as a later requirement, and he never hands the lead to companies.',
        },
      ],
    },
    {
      id: 'automatic-values',
      type: 'true-false',
      level: 'understand',
      prompt:
        'True or false: Chiang argues that technological advances naturally reflect the values of democratic societies and support human rights.',
      answer: false,
      explanation:
        'Chiang writes that technological advancements "do not necessarily reflect values of a democratic society or contribute to human rights"; they are increasingly abused to suppress liberty.',
      explanations: {
        true: 'Wrong: Chiang says there is no automatic link. That is exactly why he makes "technology must advance freedom" a premise to work for.',
        false: 'Right: in his view progress carries no built-in preference for open societies, so democracies have to steer it.',
      },
    },
    {
      id: 'three-wins',
      type: 'multiple',
      level: 'recall',
      prompt: 'For which THREE does Chiang say tech diplomacy must keep scoring wins? Select all that apply.',
      explanation: 'Chiang names "democracies, free enterprises and fair markets throughout the globe".',
      options: [
        {
          id: 'democracies',
          text: 'Democracies',
          correct: true,
          explanation: 'Right: the political aim, technology that strengthens self-government and human rights.',
        },
        {
          id: 'free-enterprise',
          text: 'Free enterprises',
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
            'Wrong: firms directed by a state are the opposite of the free enterprises Chiang wants to win for.',
        },
        {
          id: 'national-internets',
          text: 'Separate national internets',
          explanation:
            'Wrong: walled-off national networks cut against the global, interoperable internet that the Declaration for the Future of the Internet committed to in 2022.',
        },
      ],
    },
    {
      id: 'orwell-image',
      type: 'single',
      level: 'understand',
      prompt:
        'Chiang warns that abused technology can "lock in the Orwellian \u20181984\u2019". How does this lesson read the words "lock in"?',
      hint: 'Recall what the UK faced after July 2020.',
      explanation:
        'The course\u2019s reading: once surveillance is built into everyday systems it is hard and costly to remove, so abuse can become permanent rather than passing.',
      options: [
        {
          id: 'built-in',
          text: 'Surveillance built into daily life is hard and costly to remove.',
          correct: true,
          explanation:
            'Right: even a democracy needed until the end of 2027 and up to \u00a32 billion (UK estimate) to reverse one 5G vendor choice.',
        },
        {
          id: 'year-1984',
          text: 'Digital surveillance was invented in 1984 and has spread ever since.',
          explanation: 'Wrong: "1984" is Orwell\u2019s novel about a total surveillance state, not a date of invention.',
        },
        {
          id: 'only-cameras',
          text: 'The danger is limited to street cameras, which are expensive to take down once mounted.',
          explanation:
            'Wrong: digital authoritarianism covers surveillance, censorship and control of data in general, not one device.',
        },
        {
          id: 'democracies-too',
          text: 'Democracies are bound by treaty to keep surveillance systems once they are installed.',
          explanation: 'Wrong: no such treaty exists; the lock-in comes from how embedded infrastructure becomes, not from law.',
        },
      ],
    },
    {
      id: 'order-events',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these events from this lesson in order, earliest first.',
      explanation:
        'The Prague Proposals (May 2019), the UK removal decision (14 July 2020), the widened Clean Network (5 August 2020), the Declaration for the Future of the Internet (28 April 2022).',
      items: [
        {
          id: 'prague',
          text: 'The Prague 5G Security Conference\u2019s chair publishes non-binding proposals',
          explanation: 'First: 2\u20133 May 2019, with 32 countries plus the EU and NATO.',
        },
        {
          id: 'uk-removal',
          text: 'The UK decides to remove Huawei from its 5G networks by the end of 2027',
          explanation: 'Second: 14 July 2020, reversing a January 2020 decision.',
        },
        {
          id: 'clean-network',
          text: 'Secretary Pompeo widens the Clean Network to carriers, stores, apps, cloud and cables',
          explanation: 'Third: 5 August 2020, after the "5G Clean Path" of April 2020.',
        },
        {
          id: 'dfi',
          text: 'The Declaration for the Future of the Internet is launched',
          explanation: 'Last: 28 April 2022, by the US and 60 partners.',
        },
      ],
    },
    {
      id: 'smart-city-offer',
      type: 'single',
      level: 'apply',
      prompt:
        'A mid-sized democracy is offered a cheap nationwide camera-and-data platform for its cities. Its security agency reports that the supplier could be directed by a foreign government outside the law. Using this lesson, which consideration should weigh most?',
      explanation:
        'The lesson joins two ideas: a supplier open to extrajudicial direction fails the trusted-vendor test, and infrastructure locks in, so the choice must be judged before the system is built.',
      options: [
        {
          id: 'lock-in-now',
          text: 'Who could direct the system, judged now, because it will be costly to undo once built',
          correct: true,
          explanation:
            'Right: the trusted-vendor test (can the supplier be directed outside the law?) and lock-in (the UK needed until 2027 and up to \u00a32 billion to reverse a choice) point the same way.',
        },
        {
          id: 'price-fix-later',
          text: 'The price, since any abuse that appears later can be corrected by a regulation passed after installation',
          explanation:
            'Wrong: this ignores lock-in. Removing installed infrastructure is slow and expensive even in a democracy, as the UK\u2019s 2020 decision showed.',
        },
        {
          id: 'most-advanced',
          text: 'Whether the platform is the most technically advanced one on offer',
          explanation:
            'Wrong: Chiang\u2019s point is that advancement does "not necessarily" reflect democratic values; the best technology can be the best tool for surveillance.',
        },
        {
          id: 'allies-signed',
          text: 'Whether its allies have signed the Declaration for the Future of the Internet',
          explanation:
            'Wrong: the Declaration is a non-binding statement of principles; it does not decide whether one supplier can be trusted.',
        },
      ],
    },
    {
      id: 'keep-scoring-source',
      type: 'single',
      level: 'analyse',
      prompt:
        'Chiang writes that tech diplomacy "needs to keep scoring crucial wins for democracies, free enterprises and fair markets throughout the globe". What does "keep scoring" imply for how a diplomat should treat the Declaration for the Future of the Internet (2022)?',
      explanation:
        'On the course\u2019s reading, "keep" makes the contest continuous: a declaration is one result that partners must then turn into rules, purchases and positions.',
      options: [
        {
          id: 'one-result',
          text: 'As one result in a continuing contest, which partners must still put into practice',
          correct: true,
          explanation: 'Right: a non-binding declaration is a step; what partners build and buy afterwards decides whether the win holds.',
        },
        {
          id: 'settled',
          text: 'As a settled victory that ends the need for further diplomacy on the internet',
          explanation: 'Wrong: "keep scoring" is the opposite of a single, final win.',
        },
        {
          id: 'treaty',
          text: 'As an enforceable treaty whose breaches partners can take to court',
          explanation: 'Wrong: the Declaration is a statement of shared principles, not a treaty with enforcement machinery.',
        },
        {
          id: 'loss-rivals',
          text: 'As a loss, because every coalition that leaves some countries out is a defeat for free enterprises',
          explanation:
            'Wrong: Chiang asks for wins "throughout the globe", but nothing in his text treats a coalition that is not universal as a defeat.',
        },
      ],
    },
    {
      id: 'clean-network-evidence',
      type: 'single',
      level: 'evaluate',
      prompt:
        'By December 2020 the US government said more than 60 countries and about 180\u2013200 telecom companies had committed to its Clean Network. Which further evidence would most strengthen the case that this was a real "win"?',
      explanation:
        'The figure is the claim of the government running the campaign; the best test of a win is whether independent evidence shows partners changed what they built or bought.',
      options: [
        {
          id: 'independent-purchases',
          text: 'Independent records that partner operators changed what they bought',
          correct: true,
          explanation: 'Right: it tests the claim from outside and measures an effect (durability), not an announcement.',
        },
        {
          id: 'higher-count',
          text: 'A later State Department statement giving a higher number of countries that had joined',
          explanation: 'Wrong: a larger figure from the same source is still the promoter\u2019s own claim.',
        },
        {
          id: 'more-sectors',
          text: 'A longer list of sectors covered, such as cloud services and cables',
          explanation: 'Wrong: scope on paper says what the campaign aimed at, not whether anyone acted on it.',
        },
        {
          id: 'neutral-claim',
          text: 'A statement by the campaign that the technology involved is neutral and can be trusted in principle',
          explanation:
            'Wrong: a claim about technology in general is no evidence about what partners did; Munro\u2019s neutrality argument is about why trust must be built.',
        },
      ],
    },
    {
      id: 'dfi-depth',
      type: 'true-false',
      level: 'apply',
      prompt:
        'True or false: using the course\u2019s three tests, the Declaration for the Future of the Internet (2022) scores higher on "depth" than the Prague Proposals (2019) because its coalition was larger.',
      answer: false,
      explanation:
        'Size is breadth, not depth. Depth asks whether a text binds anyone, and neither the Declaration nor the Prague Proposals does.',
      explanations: {
        true: 'Wrong: a larger coalition scores on breadth. On depth both are non-binding, so neither scores higher.',
        false: 'Right: the number of signatories says nothing about whether a commitment can be enforced.',
      },
    },
    {
      id: 'tests-to-evidence',
      type: 'matching',
      level: 'apply',
      prompt: 'The lesson judges a "win" by three tests. Match each test to the piece of evidence that speaks to it.',
      explanation:
        'Breadth asks who joined, depth whether anything binds, durability whether it changes what is built or bought for years.',
      pairs: [
        {
          id: 'breadth',
          term: 'Breadth',
          match: 'Thirty-two countries, the EU and NATO attended the Prague conference',
          explanation: 'Who joined: the size and spread of the circle.',
        },
        {
          id: 'depth',
          term: 'Depth',
          match: 'Nothing in the text of the Declaration can be enforced',
          explanation: 'Whether it binds: a non-binding statement is shallow on this test.',
        },
        {
          id: 'durability',
          term: 'Durability',
          match: 'Operators must strip out equipment by the end of 2027',
          explanation: 'Whether it changes what is built for years: the UK decision of July 2020 does.',
        },
      ],
    },
  ],
});
