import { defineQuiz } from '@site/src/quiz/define';

/**
 * The course's final assessment: 28 questions, four or five from each of the six modules, using
 * all six question types. Passing (70%) unlocks the course completion page.
 */
export default defineQuiz({
  id: 'final-assessment',
  title: 'Final assessment',
  mode: 'exam',
  passMark: 70,
  questions: [
    // Module 1: Foundations
    {
      id: 'm1-munro-definition',
      type: 'single',
      prompt: 'At its simplest, how does Bronte Munro define tech diplomacy?',
      explanation:
        'Munro: tech diplomacy "means technological collaboration across sectors and between countries", a new concept in international security.',
      options: [
        {
          id: 'collaboration',
          text: 'Technological collaboration across sectors and between countries',
          correct: true,
          explanation: 'Right: "across sectors" brings in companies and researchers; "between countries" brings in allies and partners.',
        },
        {
          id: 'social-media',
          text: 'Diplomats using social media and data to reach foreign publics',
          explanation: 'Wrong: that is digital diplomacy, which concerns the tools of diplomacy, not technology as its subject.',
        },
        {
          id: 'cyber-norms',
          text: 'Negotiating norms of state behaviour in cyberspace',
          explanation: 'Wrong: that is cyber diplomacy, which overlaps with tech diplomacy but is narrower.',
        },
        {
          id: 'science-renamed',
          text: 'Science diplomacy under a new name',
          explanation: 'Wrong: Chiang separates the two; tech diplomacy has new topics and a much larger role for companies.',
        },
      ],
    },
    {
      id: 'm1-match-diplomacies',
      type: 'matching',
      prompt: 'Match each kind of diplomacy to its typical activity.',
      explanation:
        'Digital diplomacy uses technology as a medium, cyber diplomacy deals with cyberspace, and tech diplomacy treats critical technologies as its subject.',
      pairs: [
        {
          id: 'digital',
          term: 'Digital diplomacy',
          match: 'An embassy\u2019s social-media campaign',
          explanation: 'Technology is the medium, whatever the topic.',
        },
        {
          id: 'cyber',
          term: 'Cyber diplomacy',
          match: 'Negotiating rules for responsible state behaviour online',
          explanation: 'Cyberspace is the domain where the threats arise.',
        },
        {
          id: 'tech',
          term: 'Tech diplomacy',
          match: 'Agreeing with partners whose equipment is trusted in national networks',
          explanation: 'Critical technology is the subject being negotiated.',
        },
      ],
    },
    {
      id: 'm1-bidirectional',
      type: 'true-false',
      prompt: 'True or false: Chiang argues that the interaction between technology and diplomacy runs in both directions.',
      answer: true,
      explanation:
        'Chiang calls the interaction "bi-directional": the chip supply chain shapes US foreign policy, and US diplomacy has been redefining the supply chain.',
      explanations: {
        true: 'Right: technology defines diplomatic matters, and diplomacy influences how technology is developed and deployed.',
        false: 'Wrong: Chiang says the influence runs both ways, not only from technology to diplomacy.',
      },
    },
    {
      id: 'm1-three-domains',
      type: 'multiple',
      prompt: 'Which are the three traditionally siloed domains that Munro says tech diplomacy brings together? Select all that apply.',
      explanation: 'Technology, business and foreign policy: the expertise behind R&D, commercialisation and security and regulation.',
      options: [
        { id: 'technology', text: 'Technology', correct: true, explanation: 'Right: the expertise that drives research and development.' },
        { id: 'business', text: 'Business', correct: true, explanation: 'Right: the expertise that drives commercialisation and deployment.' },
        { id: 'foreign-policy', text: 'Foreign policy', correct: true, explanation: 'Right: the expertise that drives security goals and international regulation.' },
        { id: 'media', text: 'The media', explanation: 'Wrong: the media is not one of Munro\u2019s three domains.' },
        { id: 'military', text: 'The armed forces', explanation: 'Wrong: security is part of the foreign-policy domain; the military is not a separate domain in her definition.' },
      ],
    },
    {
      id: 'm1-first-tech-ambassador',
      type: 'short-answer',
      prompt: 'Which country announced the world\u2019s first ambassador to the technology industry in January 2017?',
      hint: 'It called the initiative TechPlomacy.',
      explanation: 'Denmark announced it on 27 January 2017; Casper Klynge opened the office in Silicon Valley later that year.',
      accept: ['Denmark', 'Danish', 'the Kingdom of Denmark'],
    },

    // Module 2: From science diplomacy to tech diplomacy
    {
      id: 'm2-three-dimensions',
      type: 'matching',
      prompt: 'Match each dimension of science diplomacy to its meaning.',
      explanation:
        'The three dimensions differ in which way the help flows: science informs diplomacy, diplomacy enables science, or science builds relations.',
      pairs: [
        {
          id: 'in',
          term: 'Science in diplomacy',
          match: 'Scientific advice informs foreign-policy objectives',
          explanation: 'For example, climate science assessed by the IPCC (set up in 1988) feeding treaty talks.',
        },
        {
          id: 'for-science',
          term: 'Diplomacy for science',
          match: 'Diplomatic action makes international research possible',
          explanation: 'For example, the ITER agreement signed by seven parties in 2006.',
        },
        {
          id: 'for-diplomacy',
          term: 'Science for diplomacy',
          match: 'Scientific cooperation builds or repairs relations between countries',
          explanation: 'For example, the US\u2013China science and technology agreement of 1979.',
        },
      ],
    },
    {
      id: 'm2-who-defined',
      type: 'single',
      prompt: 'Who defined the three dimensions of science diplomacy?',
      explanation: 'The Royal Society and the AAAS, in their report New Frontiers in Science Diplomacy (January 2010).',
      options: [
        {
          id: 'rs-aaas',
          text: 'The Royal Society and the AAAS, in New Frontiers in Science Diplomacy (2010)',
          correct: true,
          explanation: 'Right: two scientific societies, one British and one American, published it on 12 January 2010.',
        },
        {
          id: 'state-dept',
          text: 'The US State Department',
          explanation: 'Wrong: a common misconception. The framework came from two scientific societies, not a government.',
        },
        {
          id: 'chiang',
          text: 'Mung Chiang, in "The Era Of \u2018Tech Diplomacy\u2019 Is Here"',
          explanation: 'Wrong: neither source article mentions the framework.',
        },
        {
          id: 'un',
          text: 'The UN General Assembly',
          explanation: 'Wrong: the framework did not come from the UN.',
        },
      ],
    },
    {
      id: 'm2-classic-topics',
      type: 'multiple',
      prompt: 'Which of these does Chiang list as primary topics of science diplomacy? Select all that apply.',
      explanation:
        'Chiang names nuclear proliferation, super-collider construction, human space exploration and environmental science; chips, 6G and AI are the new topics of tech diplomacy.',
      options: [
        { id: 'nuclear', text: 'Nuclear proliferation', correct: true, explanation: 'Right: from the Baruch Plan (1946) to the NPT (1968).' },
        { id: 'colliders', text: 'Super-collider construction', correct: true, explanation: 'Right: big physics machines such as those at CERN.' },
        { id: 'space', text: 'Human space exploration', correct: true, explanation: 'Right: for example Apollo\u2013Soyuz (1975) and the ISS.' },
        { id: 'environment', text: 'Environmental science', correct: true, explanation: 'Right: from the IGY to the IPCC.' },
        { id: 'chips', text: 'Chips', explanation: 'Wrong: chips are one of the new topics of this decade, the subject of tech diplomacy.' },
        { id: '6g', text: '6G', explanation: 'Wrong: 6G is also one of Chiang\u2019s new tech-diplomacy topics.' },
      ],
    },
    {
      id: 'm2-order-science',
      type: 'ordering',
      prompt: 'Put these science-diplomacy milestones in order, earliest first.',
      explanation:
        'Atoms for Peace (8 December 1953), CERN (29 September 1954), Antarctic Treaty (1 December 1959), Apollo\u2013Soyuz docking (17 July 1975), US\u2013China S&T agreement (31 January 1979).',
      items: [
        { id: 'atoms-for-peace', text: 'Eisenhower\u2019s "Atoms for Peace" speech at the UN', explanation: 'First: 8 December 1953.' },
        { id: 'cern', text: 'CERN formally comes into being', explanation: 'Second: 29 September 1954.' },
        { id: 'antarctic', text: 'The Antarctic Treaty is signed in Washington', explanation: 'Third: 1 December 1959.' },
        { id: 'apollo-soyuz', text: 'Apollo and Soyuz dock in orbit', explanation: 'Fourth: 17 July 1975.' },
        { id: 'us-china', text: 'Carter and Deng sign the US\u2013China science and technology agreement', explanation: 'Last: 31 January 1979.' },
      ],
    },
    {
      id: 'm2-ssc',
      type: 'true-false',
      prompt: 'True or false: the Superconducting Super Collider, cancelled in 1993, was a CERN project.',
      answer: false,
      explanation: 'The SSC was a US project in Texas, cancelled by Congress in October 1993 after about $2 billion had been spent.',
      explanations: {
        true: 'Wrong: a common misconception. The SSC was American; CERN\u2019s Large Hadron Collider later became the world\u2019s largest collider.',
        false: 'Right: it was a US project in Texas, and its cancellation shows how big facilities can fail on domestic politics.',
      },
    },

    // Module 3: Semiconductors and supply chains
    {
      id: 'm3-tsmc',
      type: 'single',
      prompt: 'Which description of TSMC is correct?',
      explanation: 'TSMC, founded in Taiwan in 1987, was the first pure-play foundry: it manufactures chips that other companies design.',
      options: [
        {
          id: 'foundry',
          text: 'A foundry that manufactures chips designed by other companies',
          correct: true,
          explanation: 'Right: fabless firms such as Nvidia design the chips; TSMC makes them.',
        },
        {
          id: 'designer',
          text: 'A company that designs chips for Apple and Nvidia',
          explanation: 'Wrong: a common misconception. TSMC makes chips; its customers design them.',
        },
        {
          id: 'euv-maker',
          text: 'The only maker of EUV lithography machines',
          explanation: 'Wrong: that is ASML of the Netherlands, which makes machines, not chips.',
        },
        {
          id: 'idm',
          text: 'An integrated device manufacturer that only makes its own designs',
          explanation: 'Wrong: IDMs such as Intel and Samsung both design and make their own chips; TSMC makes chips for others.',
        },
      ],
    },
    {
      id: 'm3-taiwan-share',
      type: 'short-answer',
      prompt: 'In 2019, what percentage of the world\u2019s logic wafer capacity below 10 nm did Taiwan hold? (number)',
      explanation: 'Taiwan held 92% (South Korea 8%, the United States 0%), according to BCG and SIA (April 2021).',
      number: { value: 92, tolerance: 0 },
      unit: '%',
    },
    {
      id: 'm3-chips-act',
      type: 'true-false',
      prompt: 'True or false: the CHIPS and Science Act gave chipmakers $280 billion.',
      answer: false,
      explanation:
        'About $280 billion is the whole Act\u2019s authorisation, mostly for science agencies. For semiconductors it appropriates $52.7 billion, of which $39 billion is manufacturing incentives.',
      explanations: {
        true: 'Wrong: a common misconception that confuses the total authorisation with money for chips.',
        false: 'Right: the semiconductor figure is $52.7 billion, signed into law on 9 August 2022.',
      },
    },
    {
      id: 'm3-order-controls',
      type: 'ordering',
      prompt: 'Put these export-control steps in order, earliest first.',
      explanation:
        'Huawei on the Entity List (May 2019), FDPR extended to Huawei\u2019s chip designs (May 2020), the BIS rule on advanced chips (7 October 2022), Japan\u2019s controls take effect (23 July 2023).',
      items: [
        { id: 'entity-list', text: 'Huawei is added to the US Entity List', explanation: 'First: effective 16 May 2019.' },
        { id: 'fdpr', text: 'The Foreign Direct Product Rule is extended to Huawei\u2019s chip designs', explanation: 'Second: 15 May 2020.' },
        { id: 'bis-2022', text: 'The US restricts exports of advanced AI chips and chipmaking equipment to China', explanation: 'Third: 7 October 2022.' },
        { id: 'japan', text: 'Japan\u2019s controls on 23 types of chipmaking equipment take effect', explanation: 'Last: 23 July 2023.' },
      ],
    },

    // Module 4: 5G, 6G and trusted networks
    {
      id: 'm4-australia-test',
      type: 'single',
      prompt: 'What test did Australia\u2019s 5G security guidance of 23 August 2018 use?',
      explanation:
        'It barred vendors "likely to be subject to extrajudicial directions from a foreign government": vendor-neutral, but in practice it excluded Huawei and ZTE.',
      options: [
        {
          id: 'extrajudicial',
          text: 'Whether a vendor was likely to be subject to extrajudicial directions from a foreign government',
          correct: true,
          explanation: 'Right: a rule-of-law test that named no company and could travel to other countries.',
        },
        {
          id: 'named-list',
          text: 'A named list of banned companies, starting with Huawei and ZTE',
          explanation: 'Wrong: a common misconception. The guidance was vendor-neutral.',
        },
        {
          id: 'price',
          text: 'Which vendor offered the lowest price',
          explanation: 'Wrong: the test was about who could direct a supplier outside the law, not about price.',
        },
        {
          id: 'lab-test',
          text: 'Laboratory testing of every base station before installation',
          explanation: 'Wrong: testing the box says little about what a vendor could be directed to do later through updates and maintenance.',
        },
      ],
    },
    {
      id: 'm4-eu-toolbox',
      type: 'true-false',
      prompt: 'True or false: the EU 5G Toolbox of January 2020 imposed an EU-wide ban on Huawei.',
      answer: false,
      explanation:
        'The Toolbox is a risk-based set of measures. It recommends restricting high-risk suppliers from critical assets, but each member state decides.',
      explanations: {
        true: 'Wrong: a common misconception. There is no EU-wide ban.',
        false: 'Right: it offers a method and a menu of measures, which is why EU countries reached different decisions at different speeds.',
      },
    },
    {
      id: 'm4-match-network',
      type: 'matching',
      prompt: 'Match each term to its meaning.',
      explanation: 'These terms explain how a mobile network is built and how its market works.',
      pairs: [
        {
          id: 'ran',
          term: 'RAN',
          match: 'Antennas, radios and baseband that connect devices to the network',
          explanation: 'The radio access network, the visible part of a mobile network.',
        },
        {
          id: 'core',
          term: 'Core network',
          match: 'The control centre that handles subscribers, sessions and routing',
          explanation: 'The UK in January 2020 tried to keep Huawei out of it while allowing non-core equipment.',
        },
        {
          id: '3gpp',
          term: '3GPP',
          match: 'Industry partnership of standards bodies that writes mobile specifications',
          explanation: 'Its Release 15 contained the first 5G New Radio specifications.',
        },
        {
          id: 'high-risk',
          term: 'High-risk vendor',
          match: 'A supplier judged risky, for example because a foreign government could direct it outside the law',
          explanation: 'Terminology of the EU 5G Toolbox and the UK NCSC.',
        },
      ],
    },
    {
      id: 'm4-open-ran',
      type: 'multiple',
      prompt: 'Which statements about Open RAN are correct? Select all that apply.',
      explanation:
        'Open RAN means open, interoperable interfaces between RAN components so that operators can mix vendors; the O-RAN Alliance was founded in 2018 by operators including China Mobile.',
      options: [
        {
          id: 'interfaces',
          text: 'It uses open, interoperable interfaces so that operators can mix vendors.',
          correct: true,
          explanation: 'Right: that is the core idea.',
        },
        {
          id: 'operators',
          text: 'The O-RAN Alliance was founded by operators, including AT&T and China Mobile.',
          correct: true,
          explanation: 'Right: AT&T, China Mobile, Deutsche Telekom, NTT DOCOMO and Orange announced it on 27 February 2018.',
        },
        {
          id: 'open-source',
          text: 'It means the network software must be open source.',
          explanation: 'Wrong: "open" refers to the interfaces; products built to them can be proprietary.',
        },
        {
          id: 'chinese-standard',
          text: 'It is a Chinese standard.',
          explanation: 'Wrong: it is an approach promoted by an international industry alliance, not a national standard.',
        },
      ],
    },
    {
      id: 'm4-uk-deadline',
      type: 'short-answer',
      prompt: 'In July 2020 the UK required all Huawei equipment to be removed from its 5G networks by the end of which year? (number)',
      explanation: 'By the end of 2027, at a government-estimated cumulative cost of up to \u00a32 billion.',
      number: { value: 2027, tolerance: 0 },
    },

    // Module 5: Technology and values
    {
      id: 'm5-premise',
      type: 'single',
      prompt: 'What does Chiang call the foremost premise of American tech diplomacy?',
      explanation: '"Technology must advance freedom"; it does not automatically reflect democratic values or support human rights.',
      options: [
        {
          id: 'freedom',
          text: 'Technology must advance freedom.',
          correct: true,
          explanation: 'Right: the purpose that every strategy and action should serve.',
        },
        {
          id: 'neutral',
          text: 'Technology is inherently neutral, neither good nor bad.',
          explanation: 'Wrong: that is Munro\u2019s starting point, not Chiang\u2019s premise, though the two fit together.',
        },
        {
          id: 'first-mover',
          text: 'The first mover always sets the rules.',
          explanation: 'Wrong: Chiang makes no such claim; his premise is about purpose, not timing.',
        },
        {
          id: 'talent',
          text: 'Tech diplomacy needs a talent pipeline.',
          explanation: 'Wrong: Chiang calls the talent pipeline his "most critical" need, but the foremost premise is about freedom.',
        },
      ],
    },
    {
      id: 'm5-order-governance',
      type: 'ordering',
      prompt: 'Put these values-and-governance milestones in order, earliest first.',
      explanation:
        'OECD AI Principles (22 May 2019), GPAI (15 June 2020), Declaration for the Future of the Internet (28 April 2022), Bletchley Declaration (1\u20132 November 2023), EU AI Act in force (1 August 2024).',
      items: [
        { id: 'oecd', text: 'OECD AI Principles adopted', explanation: 'First: 22 May 2019.' },
        { id: 'gpai', text: 'Global Partnership on AI launched', explanation: 'Second: 15 June 2020.' },
        { id: 'dfi', text: 'Declaration for the Future of the Internet launched', explanation: 'Third: 28 April 2022.' },
        { id: 'bletchley', text: 'Bletchley Declaration signed', explanation: 'Fourth: 1\u20132 November 2023.' },
        { id: 'eu-ai-act', text: 'EU AI Act enters into force', explanation: 'Last: 1 August 2024.' },
      ],
    },
    {
      id: 'm5-bletchley',
      type: 'true-false',
      prompt: 'True or false: both the United States and China signed the Bletchley Declaration on AI safety in November 2023.',
      answer: true,
      explanation: '28 countries and the EU signed it, including both the US and China.',
      explanations: {
        true: 'Right: on risks common to everyone, even rivals can sign the same text.',
        false: 'Wrong: both signed, which is what makes the declaration notable.',
      },
    },
    {
      id: 'm5-bleeding-edge',
      type: 'multiple',
      prompt: 'Which does Munro give as examples of bleeding-edge technologies to be developed and adopted in a trusted way? Select all that apply.',
      explanation: 'Munro gives advanced semiconductor chips, artificial intelligence and quantum computing as examples.',
      options: [
        { id: 'chips', text: 'Advanced semiconductor chips', correct: true, explanation: 'Right: also on Chiang\u2019s list.' },
        { id: 'ai', text: 'Artificial intelligence', correct: true, explanation: 'Right: also on Chiang\u2019s list.' },
        { id: 'quantum', text: 'Quantum computing', correct: true, explanation: 'Right: on Munro\u2019s list, not in Chiang\u2019s excerpt.' },
        { id: 'spaceflight', text: 'Human spaceflight', explanation: 'Wrong: a classic topic of science diplomacy, not one of Munro\u2019s bleeding-edge technologies.' },
        { id: 'colliders', text: 'Super-colliders', explanation: 'Wrong: another classic science-diplomacy topic.' },
      ],
    },
    {
      id: 'm5-digital-authoritarianism',
      type: 'short-answer',
      prompt: 'What term does Chiang use for the abuse of digital technology to suppress liberty, which he links to Orwell\u2019s "1984"?',
      hint: 'It is the opposite of technology that advances freedom.',
      explanation: 'Digital authoritarianism: using surveillance, censorship and data control to monitor, repress and manipulate a population.',
      accept: ['digital authoritarianism', 'digital-authoritarianism'],
    },

    // Module 6: Building the capacity
    {
      id: 'm6-most-critical',
      type: 'single',
      prompt: 'What does Chiang say tech diplomacy needs "most critically"?',
      explanation: 'A talent pipeline, inside and outside the career foreign service, so that policymaking benefits from essential engineering details.',
      options: [
        {
          id: 'talent',
          text: 'A talent pipeline inside and outside the career foreign service',
          correct: true,
          explanation: 'Right: people who can bring engineering details into policy.',
        },
        {
          id: 'treaty',
          text: 'A binding global treaty on critical technologies',
          explanation: 'Wrong: Chiang calls for no such treaty.',
        },
        {
          id: 'wassenaar',
          text: 'A stronger Wassenaar Arrangement able to ban chip sales',
          explanation: 'Wrong: Wassenaar is voluntary, and Chiang does not mention it.',
        },
        {
          id: 'subsidies',
          text: 'Larger subsidies for chip factories',
          explanation: 'Wrong: money matters, but Chiang\u2019s "most critical" need is people.',
        },
      ],
    },
    {
      id: 'm6-match-formats',
      type: 'matching',
      prompt: 'Match each format to what it is.',
      explanation: 'Allied and domestic formats that put technology at the centre of foreign policy in 2021 and 2022.',
      pairs: [
        {
          id: 'quad',
          term: 'The Quad',
          match: 'Australia, India, Japan and the US; a technology working group from March 2021',
          explanation: 'Its first leaders\u2019 summit, 12 March 2021, launched a Critical and Emerging Technology Working Group.',
        },
        {
          id: 'ttc',
          term: 'Trade and Technology Council',
          match: 'US\u2013EU forum announced in June 2021, first meeting in Pittsburgh',
          explanation: 'Announced 15 June 2021; first ministerial on 29 September 2021.',
        },
        {
          id: 'aukus',
          term: 'AUKUS',
          match: 'Australia, the UK and the US; Pillar II covers AI and quantum',
          explanation: 'Announced 15 September 2021.',
        },
        {
          id: 'cdp',
          term: 'Bureau of Cyberspace and Digital Policy',
          match: 'State Department bureau operating since April 2022',
          explanation: 'It began operations on 4 April 2022.',
        },
      ],
    },
    {
      id: 'm6-order-state',
      type: 'ordering',
      prompt: 'Put these US institutional milestones in order, earliest first.',
      explanation:
        'NRC report (October 1999), first S&T Adviser (2000), Center for Tech Diplomacy at Purdue (7 July 2021), Special Envoy office (3 January 2023).',
      items: [
        { id: 'nrc', text: 'A National Research Council report urges a senior S&T adviser at State', explanation: 'First: October 1999.' },
        { id: 'neureiter', text: 'Norman Neureiter becomes the first S&T Adviser to the Secretary of State', explanation: 'Second: 2000.' },
        { id: 'purdue', text: 'The Center for Tech Diplomacy at Purdue is launched', explanation: 'Third: 7 July 2021.' },
        { id: 'envoy', text: 'The Office of the Special Envoy for Critical and Emerging Technology begins operations', explanation: 'Last: 3 January 2023.' },
      ],
    },
    {
      id: 'm6-itsi',
      type: 'short-answer',
      prompt: 'How many million US dollars does the CHIPS and Science Act give the State Department\u2019s International Technology Security and Innovation Fund? (number)',
      explanation: '$500 million: a tech-diplomacy tool written into an industrial-policy law.',
      number: { value: 500, tolerance: 0 },
      unit: 'million USD',
    },
  ],
});
