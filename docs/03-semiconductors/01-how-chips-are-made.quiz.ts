import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'how-chips-are-made',
  title: 'How chips are made, and where',
  draw: 6,
  questions: [
    {
      id: 'match-business-models',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each company to the way it does business in the chip industry.',
      explanation:
        'The industry splits design from fabrication. IDMs such as Intel do both, foundries such as TSMC only manufacture, fabless firms such as Nvidia only design, and equipment makers such as ASML build the machines that fabs use.',
      pairs: [
        {
          id: 'foundry',
          term: 'TSMC',
          match: 'Manufactures chips to other firms’ designs',
          explanation: 'TSMC, founded in 1987, was the first pure-play foundry.',
        },
        {
          id: 'fabless',
          term: 'Nvidia',
          match: 'Designs chips and pays others to make them',
          explanation: 'A fabless firm owns no fab; it sends its designs to a foundry.',
        },
        {
          id: 'idm',
          term: 'Intel',
          match: 'Designs chips and makes them in its own fabs',
          explanation: 'An integrated device manufacturer (IDM) keeps both stages in-house; Samsung is another.',
        },
        {
          id: 'equipment',
          term: 'ASML',
          match: 'Builds the machines that print circuit patterns onto wafers',
          explanation: 'ASML makes lithography machines, not chips, and is the only maker of EUV machines.',
        },
      ],
    },
    {
      id: 'tsmc-designs-claim',
      type: 'single',
      level: 'apply',
      prompt: 'A news report says: "TSMC designs chips for Nvidia." What is wrong with that sentence?',
      explanation:
        'TSMC is a foundry: it manufactures chips that fabless companies such as Nvidia design. Mixing up design and manufacturing is a common mistake about the chip industry.',
      options: [
        {
          id: 'foundry-makes',
          text: 'TSMC is a foundry: it makes chips that firms such as Nvidia design.',
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
          text: 'Nothing: TSMC is the world’s leading chip designer and sells its own designs to Nvidia and others.',
          explanation: 'Wrong: TSMC’s role is manufacturing. The design is done by its customers.',
        },
      ],
    },
    {
      id: 'choke-point-lever',
      type: 'single',
      level: 'analyse',
      prompt:
        'A government wants to slow a rival’s progress towards leading-edge chipmaking. On this lesson’s picture of the supply chain, which point gives the most leverage?',
      explanation:
        'A choke point is a step that has only one source. Only ASML makes EUV machines, and leading-edge chipmaking cannot do without them, so the Dutch government’s export licences decide who gets them.',
      options: [
        {
          id: 'euv',
          text: 'EUV lithography machines, because one Dutch firm makes them all',
          correct: true,
          explanation: 'Right: a single source of an indispensable machine gives the government that licenses its exports a lever over the whole industry.',
        },
        {
          id: 'design-skills',
          text: 'Chip design software and engineers, because design is the hardest stage',
          explanation: 'Wrong: the lesson calls lithography the hardest step in fabrication, not design; and design skills are not held by a single firm, so there is no single source to cut off.',
        },
        {
          id: 'raw-silicon',
          text: 'Raw silicon wafers, because every chip starts as one, so controlling them would stop chipmaking at every node at once',
          explanation: 'Wrong: the lesson describes no single source of wafers. A choke point is a step that only one supplier can provide.',
        },
        {
          id: 'node-names',
          text: 'The naming of nodes, since whoever defines “3 nm” decides which chips count as advanced',
          explanation: 'Wrong: node names are labels for process generations; controlling a label does not control anyone’s ability to make chips.',
        },
      ],
    },
    {
      id: 'node-literal',
      type: 'true-false',
      level: 'understand',
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
      id: 'dutch-licence-reach',
      type: 'true-false',
      level: 'understand',
      prompt:
        'Because ASML is the only maker of EUV machines, an export-licensing decision of the Dutch government can affect chipmakers far beyond the Netherlands.',
      answer: true,
      explanation:
        'When one firm in one country is the only source of a machine that leading-edge chipmaking needs, the government that licenses its exports holds a lever over the whole industry. The Dutch government has withheld EUV export licences for China since 2019.',
      explanations: {
        true: 'Right: that is what makes EUV a choke point.',
        false: 'Wrong: ASML is the sole EUV supplier, so Dutch licensing decisions reach every firm that wants leading-edge tools.',
      },
    },
    {
      id: 'us-manufacturing-share',
      type: 'multiple',
      level: 'recall',
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
      level: 'analyse',
      prompt:
        'US-headquartered firms had 48% of global chip sales in 2022, yet the US made only about 10% of the world’s chips. What best explains the gap?',
      explanation:
        'Design and fabrication are separate jobs, often in different countries. Many US firms design chips and have them manufactured by foundries elsewhere, above all in East Asia.',
      options: [
        {
          id: 'fabless-model',
          text: 'Many US firms are fabless: they design chips and have foundries abroad make them.',
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
          text: 'The figures cannot both be right: a country cannot sell almost half the world’s chips while making a tenth of them.',
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
      id: 'statistic-check',
      type: 'single',
      level: 'analyse',
      prompt:
        'One briefing says the US share of world chipmaking fell from about 40% to about 10%; another says it fell from 37% to 12%. What should an analyst conclude?',
      explanation:
        'The White House figures (about 40% some 30 years before 2022, about 10% in 2022) count chips made; SIA’s (37% in 1990, 12% in 2020) count manufacturing capacity. Ask what a statistic counts, for which year and at which node.',
      options: [
        {
          id: 'different-measures',
          text: 'Both can stand: one counts output, the other capacity, for slightly different years.',
          correct: true,
          explanation: 'Right: the two series measure different things, so they need not match exactly.',
        },
        {
          id: 'trust-industry',
          text: 'The second must be right, because an industry association knows its own industry better than the White House does.',
          explanation: 'Wrong: who publishes a figure does not settle a difference that comes from measuring different things.',
        },
        {
          id: 'typing-error',
          text: 'One of them contains a typing error, since official figures always agree.',
          explanation: 'Wrong: official series often differ because they count different things; here, output versus capacity.',
        },
        {
          id: 'node-only',
          text: 'They differ because one counts only chips below 10 nm.',
          explanation: 'Wrong: neither series is limited to advanced nodes; the below-10 nm figure is a separate statistic, about logic capacity in 2019.',
        },
      ],
    },
    {
      id: 'fabless-fit',
      type: 'single',
      level: 'apply',
      prompt:
        'A country has strong universities and many software engineers but little money for large factories. It wants a foothold in the chip industry within a few years. Which business model fits its resources best?',
      explanation:
        'Design depends mainly on skilled engineers and software; fabrication needs huge investments in buildings and machines. A fabless model lets the country use what it has and buy manufacturing from foundries.',
      options: [
        {
          id: 'fabless',
          text: 'Fabless design, paying foundries to manufacture',
          correct: true,
          explanation: 'Right: design draws on engineers and software, which the country has; it avoids the cost of building fabs.',
        },
        {
          id: 'leading-foundry',
          text: 'A leading-edge foundry, since manufacturing is where the value lies',
          explanation: 'Wrong: leading-edge fabs need enormous investment, which is exactly what the country lacks; and US firms’ 48% of sales shows design can carry great value.',
        },
        {
          id: 'idm',
          text: 'An IDM that designs chips and builds its own fabs to make them from the start',
          explanation: 'Wrong: an IDM needs fabs as well as designers, so it has the same cost problem as a foundry.',
        },
        {
          id: 'euv-rival',
          text: 'A rival to ASML in EUV machines',
          explanation: 'Wrong: EUV machines are the most demanding equipment in the industry, with a single maker; a country short of capital is badly placed to enter that market.',
        },
      ],
    },
    {
      id: 'engineering-details-source',
      type: 'single',
      level: 'analyse',
      prompt:
        'Mung Chiang wants policymaking that benefits from "those essential engineering details of the corresponding technology". Which situation from this lesson shows best why such details matter?',
      explanation:
        'Chiang argues for a talent pipeline so that policy is informed by engineering details. Reading node names literally, or mistaking a foundry for a designer, leads straight to wrong judgements about who leads in chips.',
      options: [
        {
          id: 'misread-claims',
          text: 'An official who reads “3 nm” as a real size, or thinks TSMC designs chips, misjudges who leads in chipmaking.',
          correct: true,
          explanation: 'Right: both mistakes come from missing engineering detail, and both would distort a policy judgement.',
        },
        {
          id: 'dates',
          text: 'Knowing that Intel announced the 4004 in 1971 lets an official date any chip.',
          explanation: 'Wrong: a historical date is not the kind of engineering detail that changes a policy judgement today.',
        },
        {
          id: 'run-a-fab',
          text: 'Diplomats must be able to run a fab themselves before they may negotiate about chips or speak for their country on the subject.',
          explanation: 'Wrong: Chiang asks for capacity in policymaking, built through a talent pipeline inside and outside the foreign service, not for diplomats who can operate factories.',
        },
        {
          id: 'engineers-negotiate',
          text: 'Engineers, not diplomats, should conduct negotiations about chips.',
          explanation: 'Wrong: Chiang wants the pipeline both within the career foreign service and outside it; he does not propose replacing diplomats.',
        },
      ],
    },
    {
      id: 'history-order',
      type: 'ordering',
      level: 'recall',
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
