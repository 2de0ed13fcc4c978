import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'standards-open-ran-and-6g',
  title: 'Standards, Open RAN and 6G',
  draw: 6,
  questions: [
    {
      id: 'match-standards-terms',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each description to the term it describes.',
      explanation:
        '3GPP writes the specifications in numbered releases; a standard-essential patent must be used by any product following the standard; FRAND is the licensing promise SEP holders usually make; Open RAN uses open interfaces inside the radio access network.',
      pairs: [
        {
          id: 'sep',
          term: 'An invention no compliant 5G phone can avoid using',
          match: 'Standard-essential patent',
          explanation: 'You cannot build to the standard without using it, so licensing terms matter.',
        },
        {
          id: 'frand',
          term: 'The promise meant to stop a holder refusing or overcharging a rival licensee',
          match: 'FRAND terms',
          explanation: 'Fair, reasonable and non-discriminatory: the commitment SEP holders usually make.',
        },
        {
          id: 'open-ran',
          term: 'Published specifications that let an operator buy radios from one vendor and baseband from another',
          match: 'Open RAN',
          explanation: 'Promoted by the O-RAN Alliance, founded in 2018.',
        },
        {
          id: 'threegpp',
          term: 'The industry body whose numbered releases define each mobile generation',
          match: '3GPP',
          explanation: 'Its Release 15 contained the first 5G New Radio specifications.',
        },
      ],
    },
    {
      id: 'open-ran-open-source',
      type: 'true-false',
      level: 'understand',
      prompt: '"Open RAN" means that the network’s software must be open source.',
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
      level: 'recall',
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
      id: 'chiang-6g-claims',
      type: 'single',
      level: 'evaluate',
      prompt:
        'Chiang writes: "In this decade, new topics have taken center stage in foreign policy: chips, 6G, AI, autonomy, digital health and advanced manufacturing." What can a careful writer claim about 6G on that basis?',
      explanation:
        'The sentence places 6G among the foreign-policy topics of the 2020s. It gives no dates, specifications or performance figures for 6G, and this course does not guess at them.',
      options: [
        {
          id: 'topic-only',
          text: 'That Chiang counts 6G as a foreign-policy topic of this decade, and no more',
          correct: true,
          explanation: 'Right: that is all the sentence supports.',
        },
        {
          id: 'launch-date',
          text: 'That 6G networks will launch commercially before 2030',
          explanation: 'Wrong: the sentence gives no dates; "this decade" is when 6G became a foreign-policy topic, not when it will launch.',
        },
        {
          id: 'science-diplomacy',
          text: 'That Chiang sees 6G as a classic science-diplomacy subject',
          explanation:
            'Wrong: Chiang contrasts the classic science-diplomacy topics (nuclear proliferation, colliders, spaceflight, environmental science) with the new topics, 6G among them.',
        },
        {
          id: 'release-done',
          text: 'That 3GPP has already completed the 6G specifications in a numbered release, as it did for 5G in Release 15',
          explanation: 'Wrong: nothing in the sentence or the course’s sources says so.',
        },
      ],
    },
    {
      id: 'open-ran-fund',
      type: 'short-answer',
      level: 'recall',
      prompt:
        'How many billion US dollars did the CHIPS and Science Act supply to the Public Wireless Supply Chain Innovation Fund, which backs Open RAN? (number, in billions)',
      explanation:
        'The fund was authorised by the defence authorisation act for fiscal year 2021; the CHIPS and Science Act (9 August 2022) supplied its $1.5 billion. NTIA runs it and made its first grants in August 2023.',
      source: { title: 'NTIA, Public Wireless Supply Chain Innovation Fund', url: 'https://www.ntia.gov/' },
      number: { value: 1.5, tolerance: 0.05 },
      unit: 'billion USD',
    },
    {
      id: 'why-seps-matter',
      type: 'single',
      level: 'understand',
      prompt: 'Why do standard-essential patents matter for foreign policy, and not only for business?',
      explanation:
        'Contributing essential inventions to a global standard brings licensing income from compliant products worldwide and influence over later versions, so standards are part of the competition for technological leadership.',
      options: [
        {
          id: 'income-influence',
          text: 'They bring licensing income worldwide and a say over later versions.',
          correct: true,
          explanation: 'Right: economic and strategic weight together, which is why governments care who holds them.',
        },
        {
          id: 'ban-rivals',
          text: 'They let the holder refuse licences to companies from rival countries, which is why governments want them.',
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
          text: 'They are a kind of export control.',
          explanation: 'Wrong: export controls are government licensing rules on transfers; a patent is a property right over an invention.',
        },
      ],
    },
    {
      id: 'order-standards-milestones',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these events in order, earliest first.',
      explanation:
        'O-RAN Alliance announced (27 Feb 2018) → standalone 5G specifications (June 2018) → the FY2021 defence act authorises a fund for open, interoperable RAN (January 2021) → the CHIPS and Science Act funds it with $1.5 billion (9 Aug 2022) → NTIA’s first grants (August 2023).',
      items: [
        { id: 'oran', text: 'Five operators announce the O-RAN Alliance at MWC Barcelona', explanation: '27 February 2018.' },
        { id: 'sa', text: '3GPP completes standalone 5G specifications', explanation: 'June 2018.' },
        { id: 'authorised', text: 'A US defence act authorises a fund for open, interoperable RAN', explanation: 'The FY2021 National Defense Authorization Act, January 2021 (section 9202).' },
        { id: 'chips', text: 'The CHIPS and Science Act funds it with $1.5 billion', explanation: 'Signed 9 August 2022: the fund existed on paper; the Act supplied its money.' },
        { id: 'grants', text: 'NTIA makes the fund’s first grants', explanation: 'August 2023.' },
      ],
    },
    {
      id: 'operator-lock-in',
      type: 'single',
      level: 'apply',
      prompt:
        'An operator must stop using one vendor’s baseband units, but its radios from the same vendor work only with that vendor’s baseband. What would Open RAN have changed?',
      explanation:
        'With interfaces defined by the vendor, replacing one part often meant replacing all of it. Open, interoperable interfaces let parts from different vendors work together, so the operator could replace the baseband alone.',
      options: [
        {
          id: 'swap-one-part',
          text: 'It could swap the baseband alone, since open interfaces let parts of different makes work together',
          correct: true,
          explanation: 'Right: that is the lock-in Open RAN is meant to break.',
        },
        {
          id: 'core-only',
          text: 'Nothing: Open RAN applies only to the core network',
          explanation: 'Wrong: Open RAN is about the radio access network, the antennas, radios and baseband.',
        },
        {
          id: 'source-code',
          text: 'The vendor would have had to publish its source code, so the operator could repair the baseband units itself instead of replacing them',
          explanation: 'Wrong: Open RAN opens the interfaces, not the code; products built to them can stay proprietary.',
        },
        {
          id: 'auto-trust',
          text: 'The vendor would have become trusted automatically',
          explanation: 'Wrong: open interfaces widen the choice of suppliers; they do not settle whether any of them is trusted.',
        },
      ],
    },
    {
      id: 'open-ran-no-shortcut',
      type: 'single',
      level: 'analyse',
      prompt:
        'A minister says: "Once our networks use Open RAN, we no longer need to judge which vendors are trusted." What is the flaw?',
      explanation:
        'Open interfaces widen the field of possible suppliers. Each government and operator still has to judge which of them are trusted, as in the two previous lessons.',
      options: [
        {
          id: 'still-judge',
          text: 'Open interfaces widen the choice of suppliers; each still has to be judged.',
          correct: true,
          explanation: 'Right: Open RAN and the trusted-vendor test answer different questions.',
        },
        {
          id: 'chinese-standard',
          text: 'Open RAN is a Chinese standard, so it cannot be trusted at all.',
          explanation: 'Wrong: it is an approach promoted by an industry alliance whose founders came from several countries, China Mobile among them.',
        },
        {
          id: 'no-flaw',
          text: 'There is no flaw: Open RAN makes every component open source, so anyone can inspect it and trust is settled.',
          explanation: 'Wrong: Open RAN is not necessarily open source, and inspection cannot settle who may direct a vendor later.',
        },
        {
          id: 'six-g-only',
          text: 'Open RAN covers only 6G, not today’s networks.',
          explanation: 'Wrong: the O-RAN Alliance was founded in 2018 and Open RAN is about today’s radio access networks.',
        },
      ],
    },
    {
      id: 'sep-holdings-strategy',
      type: 'single',
      level: 'apply',
      prompt:
        'A government whose firms hold few standard-essential patents wants more say over how 6G develops. Which step fits this lesson’s reasoning best?',
      explanation:
        'Standards are written before equipment exists, and the people who shape them need deep technical knowledge, much of it in companies. Building that expertise and taking part early is how a country gains influence over the rules.',
      options: [
        {
          id: 'take-part-early',
          text: 'Build engineering expertise and take part in writing the standards early',
          correct: true,
          explanation: 'Right: the rules are set before the equipment exists, by people with the technical knowledge to shape them.',
        },
        {
          id: 'block-imports',
          text: 'Block imports of equipment built on foreign-held 5G patents',
          explanation: 'Wrong: that would cut its own networks off from the global standard without giving it any say over how 6G is written.',
        },
        {
          id: 'treaty',
          text: 'Negotiate a treaty that fixes which countries may hold 6G patents and how many',
          explanation: 'Wrong: patents are held by companies and standards are written in bodies such as 3GPP, not allocated by treaty.',
        },
        {
          id: 'wait-and-choose',
          text: 'Wait until 6G equipment is on sale, then choose',
          explanation: 'Wrong: by then the standard, and the essential patents in it, are already settled.',
        },
      ],
    },
    {
      id: 'six-g-questions',
      type: 'multiple',
      level: 'apply',
      prompt:
        'A foreign ministry is preparing its first paper on 6G. Which questions does this course suggest it ask early, drawing on the 5G experience? Select all that apply.',
      explanation:
        'The course draws four questions from the 5G story: who writes the standards, who holds the essential patents, which vendors are trusted, and whether the interfaces are open. The sources give no 6G dates or speeds.',
      options: [
        {
          id: 'who-writes',
          text: 'Who is writing the standards?',
          correct: true,
          explanation: 'Right: the rules are set before the equipment exists.',
        },
        {
          id: 'who-holds',
          text: 'Who will hold the essential patents?',
          correct: true,
          explanation: 'Right: that decides licensing income and influence.',
        },
        {
          id: 'interfaces',
          text: 'Will the interfaces between network parts be open?',
          correct: true,
          explanation: 'Right: open interfaces widen the choice of trusted suppliers.',
        },
        {
          id: 'speed',
          text: 'What download speed will 6G reach in 2030?',
          explanation: 'Wrong: the sources give no 6G performance figures, and the course does not guess at them.',
        },
        {
          id: 'first-launch',
          text: 'Which country will launch 6G services first?',
          explanation: 'Wrong: the sources give no 6G dates; the course’s questions are about rules, patents, trust and interfaces.',
        },
      ],
    },
  ],
});
