import { defineQuiz } from '@site/src/quiz/define';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

export default defineQuiz({
  id: 'semiconductors-checkpoint',
  title: 'Module 3 checkpoint: semiconductors and supply chains',
  mode: 'exam',
  draw: 8,
  questions: [
    {
      id: 'fabless-model',
      type: 'single',
      level: 'understand',
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
      level: 'understand',
      prompt: 'ASML, whose machines print circuit patterns onto wafers, is itself a chip manufacturer.',
      answer: false,
      explanation:
        'ASML (Netherlands) makes lithography machines, not chips. It is the sole EUV supplier, which makes Dutch export licensing a lever over the whole industry.',
      explanations: {
        true: 'Wrong: ASML builds the machines that fabs use to print chip patterns; it does not make chips itself.',
        false: 'Right: ASML is an equipment maker. Chipmakers such as TSMC, Intel and Samsung use its machines.',
      },
    },
    // Titles and dates come from the course timeline, so the question cannot drift from it.
    {
      ...orderingFromTimeline({
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
      level: 'recall',
    },
    {
      id: 'diplomacy-reshapes',
      type: 'multiple',
      level: 'apply',
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
          text: 'The State Department fund written into the CHIPS and Science Act',
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
      level: 'recall',
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
          match: 'Japan’s controls on advanced chipmaking equipment take effect',
          explanation: 'They cover 23 types of equipment and had been announced on 31 March 2023.',
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
      level: 'recall',
      prompt: 'Why is March 1987 a landmark in the history of chips and foreign policy?',
      explanation:
        'Reagan imposed tariffs on Japanese electronics for alleged violations of the 1986 chip agreement: the first US trade sanctions on Japan since the Second World War.',
      options: [
        {
          id: 'tariffs',
          text: 'The US imposed its first trade sanctions on Japan since the Second World War.',
          correct: true,
          explanation: 'Right: tariffs on Japanese electronics over alleged breaches of the chip agreement showed that chips could strain relations even between close allies.',
        },
        {
          id: 'agreement-signed',
          text: 'The US and Japan signed the semiconductor agreement whose side letter set a 20% target for foreign chips in Japan.',
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
      level: 'apply',
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
    {
      id: 'taiwan-claim-check',
      type: 'single',
      level: 'evaluate',
      prompt: 'A speech says: "Taiwan makes 92% of the world’s chips." Which correction is accurate?',
      explanation:
        'BCG and SIA (April 2021) found that Taiwan held 92% of the world’s logic wafer capacity below 10 nm in 2019. It is a figure about the most advanced logic capacity, not about all chips; East Asia as a whole made about 75% of the world’s chips.',
      options: [
        {
          id: 'advanced-logic',
          text: 'The 92% is Taiwan’s 2019 share of logic capacity below 10 nm, not of all chips.',
          correct: true,
          explanation: 'Right: always ask what a chip statistic counts, for which year and at which node.',
        },
        {
          id: 'us-sales',
          text: 'The 92% is really the US share of chip sales; Taiwan’s share of world output is 48%.',
          explanation: 'Wrong: 48% is the share of global chip sales held by US-headquartered firms in 2022.',
        },
        {
          id: 'fell-since',
          text: 'It was true in 2022 but has since halved.',
          explanation: 'Wrong: the 92% applies to 2019, and the module gives no later figure for it.',
        },
        {
          id: 'nothing-wrong',
          text: 'Nothing needs correcting: Taiwan makes almost every chip in the world, from the simplest to the most advanced.',
          explanation: 'Wrong: the figure is limited to advanced logic capacity; it does not cover all chips.',
        },
      ],
    },
    {
      id: 'then-and-now',
      type: 'single',
      level: 'analyse',
      prompt:
        'Compare the 1986 US–Japan Semiconductor Agreement with the coordinated chip controls of 2022–23. Which difference matters most for how the US worked with other governments?',
      explanation:
        'In 1986 the US pressed an ally, Japan, over dumping and market access. In 2022–23 it worked with allies, Japan and the Netherlands, to deny a rival advanced chips and tools, each ally acting under its own rules.',
      options: [
        {
          id: 'ally-to-partner',
          text: 'In 1986 the US pressed an ally over trade; in 2022–23 it brought allies along against a rival.',
          correct: true,
          explanation: 'Right: the ally went from being the target of pressure to being a partner in the measures.',
        },
        {
          id: 'wassenaar-adopted',
          text: 'In 1986 the US acted alone, while in 2022–23 the Wassenaar Arrangement adopted the controls on behalf of all its participating states.',
          explanation: 'Wrong: the 2022–23 controls were national measures coordinated outside Wassenaar.',
        },
        {
          id: 'reversed-topics',
          text: 'The 1986 agreement restricted chip exports; the 2022–23 measures were about dumping.',
          explanation: 'Wrong: it is the other way round: 1986 was about dumping and market access, 2022–23 about export controls.',
        },
        {
          id: 'japan-only',
          text: 'Nothing changed: both times the US dealt with Japan alone.',
          explanation: 'Wrong: in 2023 the Netherlands acted too, and the target of the controls was China, not Japan.',
        },
      ],
    },
    {
      id: 'munro-secure-high-tech',
      type: 'single',
      level: 'analyse',
      prompt:
        'Munro calls tech diplomacy "a tool the US and its partners can use to secure high tech". On the course’s reading, which step in this module fits that phrase most closely?',
      explanation:
        'Munro does not mention export controls. One way to read her phrase is as coordinated controls with partners that keep advanced tools from rivals, such as the Dutch licence requirement of 2023, coordinated with the US.',
      options: [
        {
          id: 'dutch-duv',
          text: 'The Dutch licence requirement for advanced DUV tools, coordinated with the US',
          correct: true,
          explanation: 'Right: partners acting together to keep high tech from a rival is the closest fit.',
        },
        {
          id: 'side-letter',
          text: 'The 1986 side letter’s 20% target for foreign chips in Japan’s market',
          explanation: 'Wrong: that was about market access between allies, not about securing technology from malign actors.',
        },
        {
          id: 'tariffs',
          text: 'Reagan’s 1987 tariffs on Japanese electronics, imposed over alleged breaches of the chip agreement',
          explanation: 'Wrong: those were trade sanctions on an ally, not partners securing technology together.',
        },
        {
          id: 'sales-record',
          text: 'Global chip sales passing $600 billion in 2024',
          explanation: 'Wrong: that is a market figure, not a policy step.',
        },
      ],
    },
    {
      id: 'ally-asked-to-align',
      type: 'single',
      level: 'evaluate',
      prompt:
        'An allied government whose firms make chipmaking equipment is asked by the US to restrict sales to China. Its industry warns of lost sales. Which consideration from this module weighs most in favour of aligning?',
      explanation:
        'Controls by one country work less well if suppliers elsewhere keep selling. Where a handful of firms in a few countries make the critical tools, each government’s decision decides whether the controls bite, which is why Japan and the Netherlands were asked to act.',
      options: [
        {
          id: 'controls-need-allies',
          text: 'Controls by one country work less well if the few other suppliers keep selling.',
          correct: true,
          explanation: 'Right: the ally’s own decision is what makes the controls effective; the cost to its firms is real and has to be weighed against that.',
        },
        {
          id: 'wassenaar-obliges',
          text: 'Wassenaar obliges every participating state to copy US controls.',
          explanation: 'Wrong: Wassenaar is voluntary and works by consensus; the 2022–23 controls were national decisions.',
        },
        {
          id: 'no-cost',
          text: 'Aligning costs its firms nothing, because the US will buy the tools that can no longer be sold to China.',
          explanation: 'Wrong: the module says controls can cost a country’s own firms sales; nothing in it promises compensation.',
        },
        {
          id: 'chips-act-money',
          text: 'Aligning makes its firms eligible for the CHIPS Act’s $39 billion in manufacturing incentives.',
          explanation: 'Wrong: nothing in the module links those incentives to allies’ export controls.',
        },
      ],
    },
    {
      id: 'euv-duv-correction',
      type: 'single',
      level: 'apply',
      prompt:
        'A journalist writes that the Netherlands "stopped ASML selling EUV machines to China in September 2023". What is the accurate account?',
      explanation:
        'The Dutch government has withheld EUV export licences since 2019. What took effect on 1 September 2023 was a licence requirement for advanced chipmaking equipment, including ASML’s most advanced DUV immersion tools.',
      options: [
        {
          id: 'euv-2019-duv-2023',
          text: 'EUV licences were withheld from 2019; the 2023 rule added advanced DUV tools.',
          correct: true,
          explanation: 'Right: the journalist has the right company and country but the wrong machine for 2023.',
        },
        {
          id: 'correct-as-written',
          text: 'The sentence is correct: September 2023 was the first time the Dutch government acted on ASML’s exports to China.',
          explanation: 'Wrong: EUV licences had already been withheld since 2019.',
        },
        {
          id: 'japan-controls',
          text: 'It was Japan, not the Netherlands, that controls ASML’s exports.',
          explanation: 'Wrong: ASML is Dutch, so its export licences are a Dutch decision; Japan controlled its own equipment makers’ exports.',
        },
        {
          id: 'no-licence',
          text: 'Lithography machines never need an export licence; only chips do.',
          explanation: 'Wrong: chipmaking equipment is controlled; both the Dutch and the Japanese 2023 measures targeted it.',
        },
      ],
    },
    {
      id: 'authorise-appropriate',
      type: 'true-false',
      level: 'understand',
      prompt:
        'In the CHIPS and Science Act, the $52.7 billion for semiconductors is appropriated (the money is provided), while the roughly $280 billion total is authorised (spending is permitted).',
      answer: true,
      explanation:
        'An authorisation permits spending; an appropriation provides the money. The Act appropriates $52.7 billion for semiconductors, and the whole Act authorises about $280 billion, mostly for science agencies.',
      explanations: {
        true: 'Right: this is why "$280 billion for chipmakers" is wrong.',
        false: 'Wrong: the statement has the two terms the right way round; $52.7 billion is the money actually provided for chips.',
      },
    },
    {
      id: 'rapidus-allies',
      type: 'true-false',
      level: 'understand',
      prompt: 'Japan’s Rapidus, which aims to mass-produce 2 nm chips by 2027, is an example of cooperation between allies as well as of industrial policy.',
      answer: true,
      explanation:
        'Rapidus, launched on 11 November 2022 with a first state subsidy of ¥70 billion, aims to make 2 nm chips by 2027 using IBM technology: a Japanese subsidy built on an American firm’s technology.',
      explanations: {
        true: 'Right: it uses IBM technology, so a Japanese industrial policy rests on cooperation with a US firm.',
        false: 'Wrong: Rapidus uses IBM technology, which makes it an example of allies cooperating as well as a subsidy.',
      },
    },
  ],
});
