import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'chips-and-foreign-policy',
  title: 'Why chips shape foreign policy',
  questions: [
    {
      id: 'two-directions',
      type: 'true-false',
      prompt:
        'Chiang argues that the influence runs one way only: the chip supply chain shapes US foreign policy, but diplomacy cannot change the supply chain.',
      answer: false,
      explanation:
        'Chiang’s point is that the influence runs both ways: the global chip supply chain is shaping US foreign policy, and American diplomacy has been redefining the supply chain.',
      explanations: {
        true: 'Wrong: Chiang says US diplomacy "has been redefining the supply chain", so the influence runs in both directions.',
        false: 'Right: the relationship is two-way. The supply chain shapes foreign policy, and diplomacy reshapes the supply chain.',
      },
    },
    {
      id: 'chips-foundation',
      type: 'multiple',
      prompt: 'According to Chiang, semiconductors form the foundation of which of these? Select all that apply.',
      explanation:
        'Chiang calls chips the foundation of the digital economy, national security and productivity in almost all industries.',
      options: [
        {
          id: 'digital-economy',
          text: 'The digital economy',
          correct: true,
          explanation: 'Right: the first of the three foundations Chiang names.',
        },
        {
          id: 'national-security',
          text: 'National security',
          correct: true,
          explanation: 'Right: chips are essential to defence and security systems, and many are dual-use.',
        },
        {
          id: 'productivity',
          text: 'Productivity in almost all industries',
          correct: true,
          explanation: 'Right: Chiang stresses that chips matter well beyond the tech sector.',
        },
        {
          id: 'social-media-diplomacy',
          text: 'Diplomats’ use of social media',
          explanation: 'Wrong: that is digital diplomacy, a different idea. Chiang treats chips as a subject of foreign policy, not as a communication tool.',
        },
        {
          id: 'spaceflight',
          text: 'Human space exploration',
          explanation: 'Wrong: Chiang lists human space exploration among the classic topics of science diplomacy, not as something chips underpin.',
        },
      ],
    },
    {
      id: 'agreement-terms',
      type: 'single',
      prompt: 'What did Japan undertake to do under the 1986 US–Japan Semiconductor Agreement?',
      explanation:
        'Japan undertook to stop dumping chips and to open its market; a side letter set a target of a 20% foreign share of Japan’s chip market. The agreement expired on 31 July 1996.',
      options: [
        {
          id: 'dumping-market',
          text: 'Stop dumping chips and open its market to foreign chips',
          correct: true,
          explanation: 'Right: these were the two core commitments, backed by the 20% side-letter target.',
        },
        {
          id: 'wassenaar',
          text: 'Join the Wassenaar Arrangement on export controls',
          explanation: 'Wrong: Wassenaar only began operating in 1996, the year the chip agreement expired.',
        },
        {
          id: 'build-in-us',
          text: 'Build advanced fabs on US soil',
          explanation: 'Wrong: that is the logic of today’s industrial policy, such as TSMC’s Arizona fab announced in 2020.',
        },
        {
          id: 'stop-korea',
          text: 'Stop exporting chipmaking chemicals to South Korea',
          explanation: 'Wrong: that mixes in a different episode. Japan tightened its exports of three chipmaking chemicals to South Korea in July 2019.',
        },
      ],
    },
    {
      id: 'side-letter-target',
      type: 'short-answer',
      prompt: 'What foreign share of Japan’s chip market, in per cent, did the side letter to the 1986 agreement target? (number)',
      explanation: 'The side letter set a target of a 20% foreign share of Japan’s chip market.',
      number: { value: 20 },
      unit: '%',
    },
    {
      id: 'us-japan-order',
      type: 'ordering',
      prompt: 'Put these steps in the US–Japan chip dispute in order, earliest first.',
      explanation:
        'Reagan announced the deal on 31 July 1986; it was signed on 2 September 1986; tariffs followed in March 1987; the agreement expired on 31 July 1996.',
      items: [
        {
          id: 'announced',
          text: 'President Reagan announces the semiconductor agreement with Japan',
          explanation: '31 July 1986.',
        },
        {
          id: 'signed',
          text: 'The agreement is signed',
          explanation: '2 September 1986.',
        },
        {
          id: 'tariffs',
          text: 'The US imposes tariffs on Japanese electronics for alleged violations',
          explanation: 'March 1987: the first US trade sanctions on Japan since the Second World War.',
        },
        {
          id: 'expired',
          text: 'The agreement expires',
          explanation: '31 July 1996, ten years after it was announced.',
        },
      ],
    },
    {
      id: 'sematech',
      type: 'single',
      prompt: 'What was SEMATECH, formed in 1987?',
      explanation: 'SEMATECH was a US chipmaking research consortium with government funding: industrial policy alongside trade diplomacy.',
      options: [
        {
          id: 'consortium',
          text: 'A US chipmaking research consortium with government funding',
          correct: true,
          explanation: 'Right: it paired public money with industry research, an early form of chip industrial policy.',
        },
        {
          id: 'foundry',
          text: 'The first pure-play foundry, founded in Taiwan',
          explanation: 'Wrong: that is TSMC, also founded in 1987.',
        },
        {
          id: 'export-regime',
          text: 'A multilateral regime that coordinates export-control lists',
          explanation: 'Wrong: that is the Wassenaar Arrangement, which began operating in 1996.',
        },
        {
          id: 'lithography',
          text: 'A Dutch maker of lithography machines',
          explanation: 'Wrong: that is ASML.',
        },
      ],
    },
    {
      id: 'match-resilience-terms',
      type: 'matching',
      prompt: 'Match each term to its meaning.',
      explanation:
        'Resilience is the goal; diversification is one way to reach it; reshoring and friend-shoring are two answers to where production should go.',
      pairs: [
        {
          id: 'resilience',
          term: 'Supply-chain resilience',
          match: 'The ability to withstand and recover from shocks such as pandemics, disasters or coercion',
          explanation: 'It is usually pursued through diversification, stockpiles and redundancy.',
        },
        {
          id: 'friend-shoring',
          term: 'Friend-shoring',
          match: 'Moving supply chains to trusted allied or partner countries',
          explanation: 'It accepts that production need not all be at home, as long as it sits with trusted partners.',
        },
        {
          id: 'reshoring',
          term: 'Reshoring',
          match: 'Bringing production back to one’s own country',
          explanation: 'Friend-shoring is the alternative to relying on reshoring alone.',
        },
        {
          id: 'diversification',
          term: 'Diversification',
          match: 'Relying on more than one source of supply',
          explanation: 'Having more than one source means one shock cannot cut off supply.',
        },
      ],
    },
    {
      id: 'global-sales',
      type: 'single',
      prompt: 'Which statement about global semiconductor sales (SIA, data compiled by WSTS) is correct?',
      explanation: 'Sales were $574.1 billion in 2022, $526.8 billion in 2023 and $627.6 billion in 2024, the first year above $600 billion.',
      source: { title: 'Semiconductor Industry Association', url: 'https://www.semiconductors.org/' },
      options: [
        {
          id: 'above-600-2024',
          text: '2024 was the first year that sales passed $600 billion.',
          correct: true,
          explanation: 'Right: sales reached $627.6 billion in 2024.',
        },
        {
          id: 'rose-2023',
          text: 'Sales rose every year from 2022 to 2024.',
          explanation: 'Wrong: sales fell from $574.1 billion in 2022 to $526.8 billion in 2023 before recovering.',
        },
        {
          id: 'chips-act-figure',
          text: 'Sales were about $52.7 billion in 2022.',
          explanation: 'Wrong: $52.7 billion is what the US CHIPS and Science Act appropriates for semiconductors, not the size of the world market.',
        },
        {
          id: 'us-half-made',
          text: 'About half of all chips sold in 2022 were made in the United States.',
          explanation: 'Wrong: US-headquartered firms had 48% of sales, but the US made only about 10% of the world’s chips.',
        },
      ],
    },
  ],
});
