import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: '5g-trusted-networks-checkpoint',
  title: 'Module 4 checkpoint',
  mode: 'exam',
  questions: [
    {
      id: 'munro-four-areas',
      type: 'multiple',
      prompt:
        'Munro writes that 5G infrastructure could significantly affect several areas. Which of these does she name? Select all that apply.',
      explanation:
        'Munro names national security, rights, privacy and economics. Revisit lesson 1, "What 5G is, and why it matters".',
      options: [
        { id: 'security', text: 'National security', correct: true, explanation: 'Right: networks carry critical services and are maintained by their vendors.' },
        { id: 'rights', text: 'Rights', correct: true, explanation: 'Right: Munro wants technology advanced so it cannot easily be abused against rights.' },
        { id: 'privacy', text: 'Privacy', correct: true, explanation: 'Right: networks carry private communications and location data.' },
        { id: 'economics', text: 'Economics', correct: true, explanation: 'Right: 5G is infrastructure for other industries, and its equipment and patents earn money for the firms that hold them.' },
        {
          id: 'space',
          text: 'Human space exploration',
          explanation:
            'Wrong: spaceflight is one of Chiang’s classic science-diplomacy topics, not one of the areas Munro links to 5G.',
        },
      ],
    },
    {
      id: 'first-mover-checkpoint',
      type: 'single',
      prompt: 'Which statement about the first national exclusion of high-risk 5G vendors is correct?',
      explanation:
        'Australia’s guidance of 23 August 2018 came first and was vendor-neutral. Revisit lesson 3, "Australia, the first mover, and who followed".',
      options: [
        {
          id: 'australia-neutral',
          text: 'Australia went first, in August 2018, with guidance that named no company.',
          correct: true,
          explanation: 'Right: it barred vendors "likely to be subject to extrajudicial directions from a foreign government".',
        },
        {
          id: 'australia-named',
          text: 'Australia went first, in August 2018, with rules that named Huawei and ZTE.',
          explanation: 'Wrong: the date is right, but the wording was vendor-neutral; the effect was to exclude Huawei and ZTE.',
        },
        {
          id: 'us-first',
          text: 'The United States went first, with its FCC ban in 2022.',
          explanation:
            'Wrong: the FCC ban on authorising new Huawei and ZTE equipment came on 25 November 2022, more than four years after Australia.',
        },
        {
          id: 'uk-first',
          text: 'The United Kingdom went first, with a ban in January 2020.',
          explanation:
            'Wrong twice over: the UK’s January 2020 decision allowed Huawei in non-core parts with a 35% cap, and its ban came in July 2020.',
        },
      ],
    },
    {
      id: 'order-module-events',
      type: 'ordering',
      prompt: 'Put these events in order, earliest first.',
      explanation:
        'US House Intelligence Committee report (Oct 2012) → Australia’s guidance (Aug 2018) → Prague Proposals (May 2019) → EU 5G Toolbox (Jan 2020) → UK ban and removal by 2027 (Jul 2020). Revisit lessons 2 and 3.',
      items: [
        { id: 'hpsci', text: 'US House Intelligence Committee report calls Huawei and ZTE a security threat', explanation: '8 October 2012.' },
        { id: 'australia', text: 'Australia issues its 5G security guidance', explanation: '23 August 2018.' },
        { id: 'prague', text: 'The Prague Proposals are published', explanation: '3 May 2019.' },
        { id: 'toolbox', text: 'The EU adopts its 5G Toolbox', explanation: '29 January 2020.' },
        { id: 'uk-ban', text: 'The UK announces a ban on new Huawei 5G equipment and removal by 2027', explanation: '14 July 2020.' },
      ],
    },
    {
      id: 'eu-toolbox-checkpoint',
      type: 'true-false',
      prompt: 'True or false: under the EU 5G Toolbox, each member state decides how to restrict high-risk suppliers in its own networks.',
      answer: true,
      explanation:
        'The Toolbox (29 January 2020) is a risk-based set of measures; there is no EU-wide ban. Revisit lesson 2, "Trusted and high-risk vendors".',
      explanations: {
        true: 'Right: the Toolbox recommends restricting high-risk suppliers from critical and sensitive assets, and member states apply it.',
        false: 'Wrong: a common misconception is that the EU imposed a ban. It did not; the decisions stay with each member state.',
      },
    },
    {
      id: 'uk-removal-year',
      type: 'short-answer',
      prompt: 'By the end of which year must all Huawei 5G equipment be removed from UK networks? (year)',
      explanation:
        'The UK decision of 14 July 2020 banned new purchases after 31 December 2020 and required removal by the end of 2027, at a cumulative cost the government estimated at up to £2 billion. Revisit lesson 3.',
      number: { value: 2027, tolerance: 0 },
    },
    {
      id: 'match-module-terms',
      type: 'matching',
      prompt: 'Match each term to its meaning.',
      explanation:
        'These four terms run through the whole module. Revisit lesson 1 (RAN), lesson 2 (high-risk vendor), lesson 3 (rip and replace) and lesson 4 (Open RAN).',
      pairs: [
        {
          id: 'ran',
          term: 'RAN',
          match: 'Antennas, radios and baseband units that connect devices to the core network',
          explanation: 'The radio access network, the visible part of a mobile network.',
        },
        {
          id: 'high-risk',
          term: 'High-risk vendor',
          match: 'A supplier judged risky, for example because a foreign government could direct it outside the law',
          explanation: 'Term used in the EU 5G Toolbox and by the UK’s National Cyber Security Centre.',
        },
        {
          id: 'rip-replace',
          term: 'Rip and replace',
          match: 'US programme paying small carriers to swap Huawei and ZTE kit for trusted alternatives',
          explanation: 'Created by the Secure and Trusted Communications Networks Act of 12 March 2020.',
        },
        {
          id: 'open-ran',
          term: 'Open RAN',
          match: 'Open, interoperable interfaces that let operators mix RAN vendors',
          explanation: 'Promoted by the O-RAN Alliance; not necessarily open source.',
        },
      ],
    },
    {
      id: 'clean-network-hedge',
      type: 'single',
      prompt: 'Which is the most accurate way to describe the reach of the US Clean Network by December 2020?',
      explanation:
        'The "60+ countries" and ~180–200 telecom companies figures come from the US government, the campaign’s sponsor. Revisit lesson 2.',
      options: [
        {
          id: 'us-said',
          text: 'The US government said more than 60 countries had committed.',
          correct: true,
          explanation: 'Right: attributed and hedged, as the figure is the sponsor’s own claim.',
        },
        {
          id: 'treaty',
          text: 'More than 60 countries ratified the Clean Network treaty.',
          explanation: 'Wrong: the Clean Network was a set of voluntary commitments, not a treaty.',
        },
        {
          id: 'prague-32',
          text: 'It had exactly 32 members, the same as the Prague conference.',
          explanation:
            'Wrong: 32 is the number of countries at the Prague 5G Security Conference in May 2019, a separate, non-binding initiative.',
        },
        {
          id: 'eu-run',
          text: 'It was an EU programme that replaced the 5G Toolbox.',
          explanation: 'Wrong: it was a US State Department campaign; the EU Toolbox is a separate EU process.',
        },
      ],
    },
    {
      id: 'six-g-sources',
      type: 'single',
      prompt: 'What do this course’s sources support saying about 6G?',
      explanation:
        'Chiang names 6G among this decade’s new foreign-policy topics; the sources give no 6G dates or specifications. Revisit lesson 4, "Standards, Open RAN and 6G".',
      options: [
        {
          id: 'chiang-topic',
          text: 'Chiang names it as one of the new foreign-policy topics of this decade.',
          correct: true,
          explanation: 'Right: alongside chips, AI, autonomy, digital health and advanced manufacturing.',
        },
        {
          id: 'munro-first-mover',
          text: 'Munro says Australia was the first mover on 6G.',
          explanation: 'Wrong: Munro’s first-mover example concerns 5G and Huawei, not 6G.',
        },
        {
          id: 'launch-date',
          text: 'The sources give a launch date and speed targets for 6G.',
          explanation: 'Wrong: they give no 6G dates or specifications, and the course does not invent them.',
        },
        {
          id: 'open-source',
          text: '6G will be open source because of Open RAN.',
          explanation:
            'Wrong: nothing in the sources says so, and Open RAN is about open interfaces, not necessarily open-source software.',
        },
      ],
    },
  ],
});
