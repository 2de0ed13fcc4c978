import { defineQuiz } from '@site/src/quiz/define';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

export default defineQuiz({
  id: 'semiconductors-checkpoint',
  title: 'Module 3 checkpoint: semiconductors and supply chains',
  mode: 'exam',
  questions: [
    {
      id: 'fabless-model',
      type: 'single',
      prompt: 'A company designs its own chips but has a foundry manufacture them. Which business model is this?',
      explanation: 'That is the fabless model (for example Nvidia, Qualcomm and AMD). Foundries such as TSMC make the chips.',
      options: [
        {
          id: 'fabless',
          text: 'Fabless',
          correct: true,
          explanation: 'Right: a fabless firm designs chips and outsources their manufacture to foundries.',
        },
        {
          id: 'foundry',
          text: 'Foundry',
          explanation: 'Wrong: a foundry is the company that does the manufacturing for others, like TSMC.',
        },
        {
          id: 'idm',
          text: 'IDM (integrated device manufacturer)',
          explanation: 'Wrong: an IDM, such as Intel or Samsung, both designs and makes its own chips.',
        },
      ],
    },
    {
      id: 'asml-role',
      type: 'true-false',
      prompt: 'ASML, the only maker of EUV lithography machines, is a chip manufacturer.',
      answer: false,
      explanation:
        'ASML (Netherlands) makes lithography machines, not chips. It is the sole EUV supplier, which makes Dutch export licensing a lever over the whole industry.',
      explanations: {
        true: 'Wrong: ASML builds the machines that fabs use to print chip patterns; it does not make chips itself.',
        false: 'Right: ASML is an equipment maker. Chipmakers such as TSMC, Intel and Samsung use its machines.',
      },
    },
    {
      id: 'advanced-capacity-country',
      type: 'short-answer',
      prompt: 'Which economy held 92% of the world’s logic wafer capacity below 10 nm in 2019?',
      explanation: 'Taiwan held 92%, South Korea 8% and the United States none (BCG and SIA, April 2021).',
      source: { title: 'BCG and SIA, Strengthening the Global Semiconductor Supply Chain (April 2021)', url: 'https://www.semiconductors.org/' },
      accept: ['Taiwan'],
    },
    // Titles and dates come from the course timeline, so the question cannot drift from it.
    orderingFromTimeline({
      id: 'module-order',
      prompt: 'Put these events in order, earliest first.',
      explanation:
        'Transistor (1947), US–Japan Semiconductor Agreement (1986), Wassenaar begins operating (1996), Huawei on the Entity List (2019), CHIPS and Science Act signed (2022).',
      eventIds: [
        'transistor-invented',
        'us-japan-semiconductor-agreement',
        'wassenaar-arrangement',
        'huawei-entity-list',
        'chips-and-science-act',
      ],
    }),
    {
      id: 'diplomacy-reshapes',
      type: 'multiple',
      prompt:
        'Chiang says US diplomacy "has been redefining the supply chain". Which of these are examples of governments reshaping the chip supply chain? Select all that apply.',
      explanation:
        'Export controls, coordinated controls with allies and industrial policy all move the supply chain. Taiwan’s share of capacity and Kilby’s invention are features of the supply chain and its history, not policy decisions.',
      options: [
        {
          id: 'bis-rule',
          text: 'The BIS rule of 7 October 2022 restricting advanced chips and equipment for China',
          correct: true,
          explanation: 'Right: a US export control that limits where advanced chips and tools can go.',
        },
        {
          id: 'dutch-japanese',
          text: 'Japanese and Dutch controls on chipmaking equipment in 2023',
          correct: true,
          explanation: 'Right: national measures by allies, coordinated with the US outside Wassenaar.',
        },
        {
          id: 'chips-act-fund',
          text: 'The CHIPS and Science Act’s $500 million fund run by the State Department',
          correct: true,
          explanation: 'Right: the International Technology Security and Innovation Fund is a tech-diplomacy tool inside an industrial-policy law.',
        },
        {
          id: 'taiwan-share',
          text: 'Taiwan holding 92% of advanced logic capacity in 2019',
          explanation: 'Wrong: this is a feature of the supply chain that shapes foreign policy, the other direction of Chiang’s argument.',
        },
        {
          id: 'kilby',
          text: 'Jack Kilby demonstrating the first working integrated circuit in 1958',
          explanation: 'Wrong: this is a technical milestone, not a diplomatic decision.',
        },
      ],
    },
    {
      id: 'match-dates',
      type: 'matching',
      prompt: 'Match each date to the decision taken or taking effect on it.',
      explanation:
        'Four decisions in just over a year: the CHIPS Act, the BIS rule, Japan’s equipment controls and the European Chips Act.',
      pairs: [
        {
          id: 'chips-act',
          term: '9 August 2022',
          match: 'The CHIPS and Science Act is signed',
          explanation: 'It appropriates $52.7 billion for semiconductors.',
        },
        {
          id: 'bis',
          term: '7 October 2022',
          match: 'BIS restricts exports of advanced chips and chipmaking equipment to China',
          explanation: 'It also limited US persons’ support to advanced fabs in China.',
        },
        {
          id: 'japan',
          term: '23 July 2023',
          match: 'Japan’s controls on 23 types of chipmaking equipment take effect',
          explanation: 'They had been announced on 31 March 2023.',
        },
        {
          id: 'eu',
          term: '21 September 2023',
          match: 'The European Chips Act enters into force',
          explanation: 'It aims to mobilise €43 billion and reach a 20% share of global production by 2030.',
        },
      ],
    },
    {
      id: 'tariffs-1987',
      type: 'single',
      prompt: 'Why is March 1987 a landmark in the history of chips and foreign policy?',
      explanation:
        'Reagan imposed tariffs on Japanese electronics for alleged violations of the 1986 chip agreement: the first US trade sanctions on Japan since the Second World War.',
      options: [
        {
          id: 'tariffs',
          text: 'The US imposed tariffs on Japanese electronics over alleged breaches of the chip agreement, its first trade sanctions on Japan since the Second World War.',
          correct: true,
          explanation: 'Right: it showed that chips could strain relations even between close allies.',
        },
        {
          id: 'agreement-signed',
          text: 'The US and Japan signed their semiconductor agreement.',
          explanation: 'Wrong: the agreement was announced on 31 July 1986 and signed on 2 September 1986.',
        },
        {
          id: 'wassenaar',
          text: 'The Wassenaar Arrangement was agreed.',
          explanation: 'Wrong: Wassenaar was agreed in December 1995 and began operating in July 1996.',
        },
        {
          id: 'asml-ban',
          text: 'The Netherlands stopped ASML’s EUV exports to China.',
          explanation: 'Wrong: the Dutch government has withheld EUV export licences since 2019.',
        },
      ],
    },
    {
      id: 'friend-shoring-idea',
      type: 'single',
      prompt:
        'An official says: "We don’t need every fab on our own soil; we need the supply chain to run through trusted allies and partners." Which idea is this?',
      explanation:
        'Friend-shoring means moving supply chains to trusted allied or partner countries rather than only back home (reshoring).',
      options: [
        {
          id: 'friend-shoring',
          text: 'Friend-shoring',
          correct: true,
          explanation: 'Right: the emphasis is on trusted partners, not only on home production.',
        },
        {
          id: 'reshoring',
          text: 'Reshoring',
          explanation: 'Wrong: reshoring means bringing production back home, which the official says is not necessary for every fab.',
        },
        {
          id: 'export-controls',
          text: 'Export controls',
          explanation: 'Wrong: export controls restrict transfers of technology; the official is talking about where production should sit.',
        },
        {
          id: 'dumping',
          text: 'Dumping',
          explanation: 'Wrong: dumping means selling abroad below a fair price, the complaint behind the 1986 US–Japan agreement.',
        },
      ],
    },
  ],
});
