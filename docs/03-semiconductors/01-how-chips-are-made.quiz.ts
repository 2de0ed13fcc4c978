import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'how-chips-are-made',
  title: 'How chips are made, and where',
  questions: [
    {
      id: 'match-business-models',
      type: 'matching',
      prompt: 'Match each kind of company to what it does.',
      explanation:
        'The industry splits design from fabrication. IDMs do both, foundries only manufacture, fabless firms only design, and equipment makers such as ASML build the machines that fabs use.',
      pairs: [
        {
          id: 'foundry',
          term: 'Foundry (e.g. TSMC)',
          match: 'Manufactures chips that other companies design',
          explanation: 'TSMC, founded in 1987, was the first pure-play foundry: it makes chips to its customers’ designs.',
        },
        {
          id: 'fabless',
          term: 'Fabless company (e.g. Nvidia, Qualcomm)',
          match: 'Designs chips and outsources their manufacture',
          explanation: 'A fabless firm owns no fab; it sends its designs to a foundry.',
        },
        {
          id: 'idm',
          term: 'IDM (e.g. Intel, Samsung)',
          match: 'Designs and makes its own chips',
          explanation: 'An integrated device manufacturer keeps both stages in-house.',
        },
        {
          id: 'equipment',
          term: 'Equipment maker (e.g. ASML)',
          match: 'Builds the lithography machines that print chip patterns',
          explanation: 'ASML makes lithography machines, not chips, and is the only maker of EUV machines.',
        },
      ],
    },
    {
      id: 'tsmc-designs-claim',
      type: 'single',
      prompt: 'A news report says: "TSMC designs chips for Nvidia." What is wrong with that sentence?',
      hint: 'Think about which of the three business models TSMC follows.',
      explanation:
        'TSMC is a foundry: it manufactures chips that fabless companies such as Nvidia design. Mixing up design and manufacturing is a common mistake about the chip industry.',
      options: [
        {
          id: 'foundry-makes',
          text: 'TSMC is a foundry: it manufactures chips that companies such as Nvidia design.',
          correct: true,
          explanation: 'Right: a foundry makes chips to other firms’ designs; Nvidia is a fabless designer.',
        },
        {
          id: 'makes-machines',
          text: 'TSMC makes lithography machines, not chips.',
          explanation: 'Wrong: that describes ASML, the Dutch equipment maker. TSMC makes chips.',
        },
        {
          id: 'idm',
          text: 'TSMC is an IDM that only makes chips of its own design.',
          explanation: 'Wrong: IDMs such as Intel and Samsung design and make their own chips; TSMC’s model is to manufacture for others.',
        },
        {
          id: 'nothing-wrong',
          text: 'Nothing: TSMC is the world’s leading chip designer.',
          explanation: 'Wrong: TSMC’s role is manufacturing. The design is done by its customers.',
        },
      ],
    },
    {
      id: 'euv-maker',
      type: 'short-answer',
      prompt: 'Which company is the only maker of EUV lithography machines?',
      hint: 'It is based in the Netherlands.',
      explanation:
        'ASML (Netherlands) is the only maker of EUV machines (AP, 30 June 2023). None has been shipped to China, because the Dutch government has withheld export licences since 2019.',
      accept: ['ASML', 'ASML Holding'],
    },
    {
      id: 'node-literal',
      type: 'true-false',
      prompt: 'A chip made on a "3 nm" node has circuit features that measure exactly 3 nanometres.',
      answer: false,
      explanation:
        'Node names label process generations. A smaller number means a more advanced process, but the names are no longer a literal physical measurement.',
      explanations: {
        true: 'Wrong: node names such as "3 nm" are labels for process generations, not literal measurements.',
        false: 'Right: a smaller node number means a more advanced generation, but it is not a physical size.',
      },
    },
    {
      id: 'advanced-capacity-2019',
      type: 'single',
      prompt: 'Which statement best describes where the world’s logic wafer capacity below 10 nm sat in 2019?',
      explanation:
        'According to BCG and SIA (April 2021), Taiwan held 92% of that capacity, South Korea 8% and the United States none.',
      source: { title: 'BCG and SIA, Strengthening the Global Semiconductor Supply Chain (April 2021)', url: 'https://www.semiconductors.org/' },
      options: [
        {
          id: 'taiwan-92',
          text: 'Taiwan held 92%, South Korea 8% and the United States none.',
          correct: true,
          explanation: 'Right: these are the BCG–SIA figures for 2019.',
        },
        {
          id: 'us-40',
          text: 'The United States held about 40%.',
          explanation: 'Wrong: about 40% is the US share of all chips made some 30 years before 2022. For advanced logic in 2019 the US share was zero.',
        },
        {
          id: 'even-split',
          text: 'It was spread fairly evenly across the United States, Europe and East Asia.',
          explanation: 'Wrong: it was extremely concentrated. Taiwan and South Korea between them held all of it.',
        },
        {
          id: 'south-korea-most',
          text: 'South Korea held most of it, with Taiwan second.',
          explanation: 'Wrong: the order is the other way round: Taiwan 92%, South Korea 8%.',
        },
      ],
    },
    {
      id: 'us-manufacturing-share',
      type: 'multiple',
      prompt: 'Which statements match the White House figures on where chips are made? Select all that apply.',
      explanation:
        'The White House said the US made about 40% of the world’s chips some 30 years before 2022 but only about 10% in 2022, and none of the most advanced logic chips, while East Asia made about 75%.',
      options: [
        {
          id: 'us-40-earlier',
          text: 'The US made about 40% of the world’s chips some 30 years earlier.',
          correct: true,
          explanation: 'Right: that is the starting point of the White House comparison. (SIA’s capacity series gives 37% for 1990.)',
        },
        {
          id: 'us-10-2022',
          text: 'By 2022 the US made only about 10% of the world’s chips.',
          correct: true,
          explanation: 'Right: about 10% in 2022, and none of the most advanced logic chips.',
        },
        {
          id: 'us-most-2022',
          text: 'The US still made most of the world’s advanced logic chips in 2022.',
          explanation: 'Wrong: the US made none of the most advanced logic chips.',
        },
        {
          id: 'east-asia-25',
          text: 'East Asia made about a quarter of the world’s chips.',
          explanation: 'Wrong: East Asia made about 75%, three-quarters rather than one.',
        },
      ],
    },
    {
      id: 'design-sales-puzzle',
      type: 'single',
      prompt:
        'US-headquartered firms had 48% of global chip sales in 2022, yet the US made only about 10% of the world’s chips. What best explains the gap?',
      explanation:
        'Design and fabrication are separate jobs, often in different countries. Many US firms design chips and have them manufactured by foundries elsewhere, above all in East Asia.',
      options: [
        {
          id: 'fabless-model',
          text: 'Many US firms are fabless: they design chips and have foundries abroad manufacture them.',
          correct: true,
          explanation: 'Right: the foundry–fabless split lets a firm sell chips it does not make itself.',
        },
        {
          id: 'asml',
          text: 'ASML counts as a US firm, so its sales raise the US share.',
          explanation: 'Wrong: ASML is Dutch, and it makes lithography machines, not chips.',
        },
        {
          id: 'data-error',
          text: 'The two figures contradict each other, so one of them must be wrong.',
          explanation: 'Wrong: they measure different things, sales by company headquarters versus where chips are physically made.',
        },
        {
          id: 'idm-only',
          text: 'US firms are all IDMs, which sell more than they make.',
          explanation: 'Wrong: an IDM makes its own chips, so this would not explain the gap. The fabless model does.',
        },
      ],
    },
    {
      id: 'history-order',
      type: 'ordering',
      prompt: 'Put these milestones in order, earliest first.',
      explanation:
        'Transistor at Bell Labs (1947), Kilby’s integrated circuit (1958), the Intel 4004 (1971), and TSMC’s founding as the first pure-play foundry (1987).',
      items: [
        {
          id: 'transistor',
          text: 'The point-contact transistor is demonstrated at Bell Labs',
          explanation: 'December 1947: Bardeen, Brattain and Shockley.',
        },
        {
          id: 'integrated-circuit',
          text: 'Jack Kilby demonstrates the first working integrated circuit',
          explanation: '1958, at Texas Instruments; Noyce’s silicon planar IC followed in 1959.',
        },
        {
          id: 'intel-4004',
          text: 'Intel announces the 4004 single-chip microprocessor',
          explanation: '1971: the first commercially available single-chip microprocessor.',
        },
        {
          id: 'tsmc',
          text: 'TSMC is founded in Taiwan as the first pure-play foundry',
          explanation: '1987, by Morris Chang with government backing.',
        },
      ],
    },
  ],
});
