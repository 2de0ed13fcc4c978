import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'chips-and-foreign-policy',
  title: 'Why chips shape foreign policy',
  draw: 6,
  questions: [
    {
      id: 'two-directions',
      type: 'true-false',
      level: 'understand',
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
      id: 'taiwan-concentration-risk',
      type: 'single',
      level: 'analyse',
      prompt:
        'In 2019 Taiwan held 92% of the world’s logic wafer capacity below 10 nm. Which foreign-policy concern follows most directly from that figure?',
      explanation:
        'When nearly all of the most advanced capacity sits in one economy, an earthquake, a blockade or a political crisis there could disrupt industries worldwide. That is why governments far away treat the security of one place as their concern.',
      source: { title: 'BCG and SIA, Strengthening the Global Semiconductor Supply Chain (April 2021)', url: 'https://www.semiconductors.org/' },
      options: [
        {
          id: 'single-point-failure',
          text: 'A crisis in one place could cut the world off from most of its most advanced chips.',
          correct: true,
          explanation: 'Right: concentration turns a local shock into a global one, which puts the chip supply chain on foreign ministries’ agendas.',
        },
        {
          id: 'us-cannot-design',
          text: 'The United States lacks firms able to design advanced chips.',
          explanation: 'Wrong: the figure is about manufacturing capacity. US-headquartered firms had 48% of global chip sales in 2022; design is not the weak point.',
        },
        {
          id: 'all-chips',
          text: 'Taiwan makes nearly all of the world’s chips of every kind, from the simplest to the most advanced, and so sets their prices.',
          explanation: 'Wrong: the 92% counts logic capacity below 10 nm in 2019, not all chips. East Asia as a whole made about 75% of the world’s chips.',
        },
        {
          id: 'prices-fall',
          text: 'Chip prices must fall, since one supplier can produce at enormous scale.',
          explanation: 'Wrong: the lesson draws a conclusion about risk, not about prices; the figure says nothing about what chips cost.',
        },
      ],
    },
    {
      id: 'redefining-example',
      type: 'single',
      level: 'apply',
      prompt:
        'Chiang writes: "Conversely, America’s diplomatic effort has been redefining the supply chain." Which event in this lesson is the clearest example of that half of his claim?',
      explanation:
        'Chiang’s second half runs from policy to the supply chain. On 15 May 2020 the US extended its Foreign Direct Product Rule to Huawei’s chip designs, and the same day TSMC announced a fab in Arizona: policy moving where and for whom chips are made.',
      options: [
        {
          id: 'arizona-fdpr',
          text: 'TSMC announcing an Arizona fab on the day the US extended an export rule to Huawei’s designs',
          correct: true,
          explanation: 'Right: a US export rule and a new fab on US soil arrived together, a supply chain being redefined by policy.',
        },
        {
          id: 'taiwan-share',
          text: 'Taiwan holding 92% of advanced logic capacity in 2019',
          explanation: 'Wrong: that is a feature of the supply chain that shapes foreign policy, the other direction of Chiang’s claim.',
        },
        {
          id: 'sales-dip',
          text: 'Global chip sales dipping from $574.1 billion in 2022 to $526.8 billion in 2023 before recovering in 2024',
          explanation: 'Wrong: that is a market movement, not a diplomatic effort.',
        },
        {
          id: 'japan-rise',
          text: 'Japan’s share of world chip output rising from 28% to 50% between 1978 and 1987',
          explanation: 'Wrong: that market shift prompted US diplomacy in the 1980s; it was the supply chain shaping policy, not the reverse.',
        },
      ],
    },
    {
      id: 'agreement-terms',
      type: 'single',
      level: 'recall',
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
          text: 'Join a multilateral regime that coordinates export-control lists',
          explanation: 'Wrong: that describes the Wassenaar Arrangement, which only began operating in 1996, the year the chip agreement expired.',
        },
        {
          id: 'build-in-us',
          text: 'Build advanced fabs on US soil',
          explanation: 'Wrong: that is the logic of today’s industrial policy, such as TSMC’s Arizona fab announced in 2020.',
        },
        {
          id: 'stop-korea',
          text: 'Stop selling the chemicals used in chipmaking to its neighbour South Korea',
          explanation: 'Wrong: that mixes in a different episode. Japan tightened its exports of three chipmaking chemicals to South Korea in July 2019.',
        },
      ],
    },
    {
      id: 'side-letter-target',
      type: 'short-answer',
      level: 'recall',
      prompt: 'What foreign share of Japan’s chip market, in per cent, did the side letter to the 1986 agreement target? (number)',
      explanation: 'The side letter set a target of a 20% foreign share of Japan’s chip market.',
      number: { value: 20 },
      unit: '%',
    },
    {
      id: 'us-japan-order',
      type: 'ordering',
      level: 'recall',
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
      id: 'allies-dispute-lesson',
      type: 'single',
      level: 'analyse',
      prompt:
        'Compare the 1986 US–Japan chip agreement with Japan’s July 2019 restrictions on exports of three chipmaking chemicals to South Korea. What do the two episodes have in common?',
      explanation:
        'In both, chips became a point of friction between countries that were not rivals: the US and Japan in the 1980s, Japan and South Korea (both US allies) in 2019. Governments treat chips as strategic even among friends.',
      options: [
        {
          id: 'friction-between-allies',
          text: 'Chips caused friction between friendly countries, not rivals.',
          correct: true,
          explanation: 'Right: that is the lesson the course draws from both episodes.',
        },
        {
          id: 'aimed-at-china',
          text: 'Both were export controls designed to keep advanced technology away from China.',
          explanation: 'Wrong: neither involved China. The 1986 agreement was about dumping and market access; the 2019 measures concerned South Korea.',
        },
        {
          id: 'share-target',
          text: 'Both ended in an agreement with a target for foreign sales, like the 20% side letter.',
          explanation: 'Wrong: only the 1986 agreement had a side letter with a 20% target.',
        },
        {
          id: 'consensus-forum',
          text: 'Both were settled by consensus among the participating states of a voluntary multilateral forum.',
          explanation: 'Wrong: both were dealt with between governments, not through a multilateral forum.',
        },
      ],
    },
    {
      id: 'resilience-response',
      type: 'single',
      level: 'apply',
      prompt:
        'A ministry learns that its chipmakers get a vital chemical from a single supplier country, which has just restricted exports of that chemical to a neighbour. Which response best fits the idea of supply-chain resilience?',
      explanation:
        'Resilience is the ability to withstand and recover from shocks, including political coercion. It is usually pursued through diversification (more than one source), stockpiles and redundancy.',
      options: [
        {
          id: 'diversify-stock',
          text: 'Line up a second source and hold some stock in reserve',
          correct: true,
          explanation: 'Right: diversification and stockpiles are the standard tools of resilience.',
        },
        {
          id: 'trust-friendship',
          text: 'Rely on good relations, since a friendly government would never restrict trade in chip inputs with a partner',
          explanation: 'Wrong: Japan’s 2019 measures on South Korea and the 1980s US–Japan dispute both show friction between friends.',
        },
        {
          id: 'tariffs',
          text: 'Put tariffs on the supplier country’s electronics, as Reagan did in 1987',
          explanation: 'Wrong: tariffs are pressure; they do not give the ministry’s chipmakers another source if supply is cut.',
        },
        {
          id: 'retaliate',
          text: 'Stop selling its own chips to that country',
          explanation: 'Wrong: retaliation may escalate the dispute and does nothing to secure the chemical.',
        },
      ],
    },
    {
      id: 'efficiency-vs-security',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A finance ministry argues that subsidising an advanced fab at home is a waste, because Taiwan already makes such chips more cheaply. Which reply draws best on this lesson?',
      explanation:
        'The lesson frames friend-shoring and reshoring as a trade of efficiency for security: spreading production costs money, and concentration carries risk. The question is how much insurance is worth buying, not whether cost matters.',
      options: [
        {
          id: 'insurance',
          text: 'Spreading production costs money, but concentration carries risk; the subsidy buys insurance.',
          correct: true,
          explanation: 'Right: it accepts the ministry’s point about cost and weighs it against the risk of concentration.',
        },
        {
          id: 'any-price',
          text: 'Cost is irrelevant for a strategic industry, so any price is worth paying.',
          explanation: 'Wrong: the lesson presents a trade-off, not a blank cheque; subsidies are bets with public money.',
        },
        {
          id: 'taiwan-behind',
          text: 'Taiwan’s fabs are less advanced than they look, so moving production home would save money as well as reduce risk.',
          explanation: 'Wrong: nothing in the lesson supports this; Taiwan held 92% of the most advanced logic capacity in 2019.',
        },
        {
          id: 'friendshoring-solves',
          text: 'The ministry is right: friend-shoring has already removed the risk, so there is nothing to weigh.',
          explanation: 'Wrong: friend-shoring is one answer to the risk, not proof that it has gone; the trade-off remains.',
        },
      ],
    },
    {
      id: 'match-resilience-terms',
      type: 'matching',
      level: 'understand',
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
          match: 'Moving production to trusted allied or partner countries',
          explanation: 'It accepts that production need not all be at home, as long as it sits with trusted partners.',
        },
        {
          id: 'reshoring',
          term: 'Reshoring',
          match: 'Bringing manufacturing back to one’s own country',
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
  ],
});
