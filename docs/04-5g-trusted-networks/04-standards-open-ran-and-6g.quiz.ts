import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'standards-open-ran-and-6g',
  title: 'Standards, Open RAN and 6G',
  questions: [
    {
      id: 'match-standards-terms',
      type: 'matching',
      prompt: 'Match each term to its meaning.',
      explanation:
        '3GPP writes the specifications; a standard-essential patent must be used by any product following the standard; FRAND is the licensing promise SEP holders usually make; Open RAN uses open interfaces inside the radio access network.',
      pairs: [
        {
          id: 'threegpp',
          term: '3GPP',
          match: 'Industry partnership of standards bodies that writes global mobile specifications',
          explanation: 'Its Release 15 contained the first 5G New Radio specifications.',
        },
        {
          id: 'sep',
          term: 'Standard-essential patent',
          match: 'A patent that any product following a standard must use',
          explanation: 'You cannot build to the standard without using it, so licensing terms matter.',
        },
        {
          id: 'frand',
          term: 'FRAND',
          match: 'Fair, reasonable and non-discriminatory licensing terms',
          explanation: 'The commitment that is meant to stop SEP holders refusing or overcharging competitors.',
        },
        {
          id: 'open-ran',
          term: 'Open RAN',
          match: 'Open, interoperable interfaces so operators can mix RAN vendors',
          explanation: 'Promoted by the O-RAN Alliance, founded in 2018.',
        },
      ],
    },
    {
      id: 'open-ran-open-source',
      type: 'true-false',
      prompt: 'True or false: "Open RAN" means that the network’s software must be open source.',
      answer: false,
      explanation:
        'Open RAN means open, interoperable interfaces between RAN components so operators can mix vendors. Products built to those interfaces can be proprietary; it is not necessarily open source.',
      explanations: {
        true: 'Wrong: a common misconception. The "open" refers to published interfaces, not to releasing the code of each product.',
        false: 'Right: open interfaces are not the same as open-source software; vendors can keep their code private.',
      },
    },
    {
      id: 'oran-founders',
      type: 'multiple',
      prompt: 'Which of these were founders of the O-RAN Alliance, announced on 27 February 2018? Select all that apply.',
      explanation:
        'The O-RAN Alliance was announced at MWC Barcelona by five operators: AT&T, China Mobile, Deutsche Telekom, NTT DOCOMO and Orange.',
      source: { title: 'O-RAN Alliance', url: 'https://www.o-ran.org/' },
      options: [
        {
          id: 'att',
          text: 'AT&T',
          correct: true,
          explanation: 'Right: one of the five founding operators.',
        },
        {
          id: 'china-mobile',
          text: 'China Mobile',
          correct: true,
          explanation: 'Right: a founding operator, which is one reason Open RAN is neither a Chinese nor a purely Western standard.',
        },
        {
          id: 'orange',
          text: 'Orange',
          correct: true,
          explanation: 'Right: one of the five founding operators.',
        },
        {
          id: 'huawei',
          text: 'Huawei',
          explanation: 'Wrong: the founders were operators (equipment buyers), not equipment vendors such as Huawei.',
        },
        {
          id: 'european-commission',
          text: 'The European Commission',
          explanation: 'Wrong: the O-RAN Alliance is an industry alliance; no government body was among its founders.',
        },
      ],
    },
    {
      id: 'chiang-6g',
      type: 'single',
      prompt: 'What does Mung Chiang’s article "The Era Of \'Tech Diplomacy\' Is Here" say about 6G?',
      hint: 'Look at his list of what has "taken center stage" in this decade.',
      explanation:
        'Chiang lists 6G among this decade’s new foreign-policy topics, with chips, AI, autonomy, digital health and advanced manufacturing. The article gives no 6G dates or specifications.',
      options: [
        {
          id: 'new-topic',
          text: 'It names 6G as one of the new topics at the centre of foreign policy in this decade.',
          correct: true,
          explanation: 'Right: 6G sits in his list beside chips, AI, autonomy, digital health and advanced manufacturing.',
        },
        {
          id: 'launch-date',
          text: 'It gives the year when commercial 6G services will launch.',
          explanation: 'Wrong: the article gives no 6G dates, and this course does not guess at them.',
        },
        {
          id: 'release-15',
          text: 'It says 6G was standardised in 3GPP Release 15.',
          explanation: 'Wrong: Release 15 contained the first 5G New Radio specifications (2017–18), not 6G.',
        },
        {
          id: 'science-diplomacy',
          text: 'It treats 6G as a classic science-diplomacy topic, like nuclear proliferation.',
          explanation:
            'Wrong: Chiang contrasts the classic science-diplomacy topics (nuclear proliferation, colliders, spaceflight, environmental science) with the new tech-diplomacy topics, 6G among them.',
        },
      ],
    },
    {
      id: 'open-ran-fund',
      type: 'short-answer',
      prompt:
        'How many billion US dollars does the CHIPS and Science Act’s Public Wireless Supply Chain Innovation Fund provide to back Open RAN? (number, in billions)',
      explanation:
        'The Act, signed on 9 August 2022, includes a separate $1.5 billion Public Wireless Supply Chain Innovation Fund, alongside its $52.7 billion for semiconductors.',
      source: { title: 'White House fact sheet: CHIPS and Science Act (9 Aug 2022)', url: 'https://www.whitehouse.gov/' },
      number: { value: 1.5, tolerance: 0.05 },
      unit: 'billion USD',
    },
    {
      id: 'why-seps-matter',
      type: 'single',
      prompt: 'Why do standard-essential patents matter for foreign policy, and not only for business?',
      explanation:
        'Contributing essential inventions to a global standard brings licensing income from compliant products worldwide and influence over later versions, so standards are part of the competition for technological leadership.',
      options: [
        {
          id: 'income-influence',
          text: 'They bring licensing income from every compliant product and influence over how the standard develops.',
          correct: true,
          explanation: 'Right: economic and strategic weight together, which is why governments care who holds them.',
        },
        {
          id: 'ban-rivals',
          text: 'They let the holder refuse licences to companies from rival countries.',
          explanation:
            'Wrong: SEP holders usually commit to FRAND terms (fair, reasonable and non-discriminatory), which are meant to stop them refusing or overcharging competitors.',
        },
        {
          id: 'treaties',
          text: 'They are negotiated in treaties between governments.',
          explanation: 'Wrong: patents are held by companies and standards are written in bodies such as 3GPP, not by treaty.',
        },
        {
          id: 'export-control',
          text: 'They are a type of export control.',
          explanation:
            'Wrong: export controls are government licensing rules on transfers; a patent is a property right over an invention.',
        },
      ],
    },
    {
      id: 'order-standards-milestones',
      type: 'ordering',
      prompt: 'Put these events in order, earliest first.',
      explanation:
        'Non-standalone 5G NR specifications (Dec 2017) → O-RAN Alliance announced (27 Feb 2018) → standalone 5G specifications (June 2018) → CHIPS and Science Act with its Open RAN fund (9 Aug 2022).',
      items: [
        { id: 'nsa', text: '3GPP completes non-standalone 5G New Radio specifications', explanation: 'December 2017.' },
        { id: 'oran', text: 'Five operators announce the O-RAN Alliance at MWC Barcelona', explanation: '27 February 2018.' },
        { id: 'sa', text: '3GPP completes standalone 5G specifications', explanation: 'June 2018.' },
        { id: 'chips', text: 'The CHIPS and Science Act creates a fund that backs Open RAN', explanation: 'Signed 9 August 2022.' },
      ],
    },
  ],
});
