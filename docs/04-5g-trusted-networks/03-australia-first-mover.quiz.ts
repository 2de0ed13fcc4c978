import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'australia-first-mover',
  title: 'Australia, the first mover, and who followed',
  questions: [
    {
      id: 'first-mover',
      type: 'single',
      prompt: 'Which country does Bronte Munro call the "first mover" in barring Huawei from building its 5G networks?',
      hint: 'Its guidance came on 23 August 2018.',
      explanation:
        'Australia’s 5G security guidance of 23 August 2018 was the first national exclusion of this kind; Munro cites it as successful tech diplomacy.',
      source: { title: 'Australian Government media release, 23 Aug 2018', url: 'https://www.minister.communications.gov.au/' },
      options: [
        {
          id: 'australia',
          text: 'Australia',
          correct: true,
          explanation: 'Right: Australia’s guidance of 23 August 2018 came first.',
        },
        {
          id: 'us',
          text: 'The United States',
          explanation:
            'Wrong: a common misconception. The US used other tools: a 2018 procurement ban for federal agencies, the May 2019 Entity List, the 2020 rip-and-replace law and a 2022 FCC ban.',
        },
        {
          id: 'uk',
          text: 'The United Kingdom',
          explanation: 'Wrong: the UK decided on a ban in July 2020, almost two years after Australia.',
        },
        {
          id: 'eu',
          text: 'The European Union',
          explanation:
            'Wrong: the EU’s 5G Toolbox (January 2020) is a risk-based method applied by each member state, not an EU-wide ban.',
        },
      ],
    },
    {
      id: 'order-national-decisions',
      type: 'ordering',
      prompt: 'Put these national 5G decisions in order, earliest first.',
      hint: 'Start with the first mover; the UK appears twice.',
      explanation:
        'Australia’s guidance (23 Aug 2018) → US Entity List listing of Huawei (16 May 2019) → UK allows Huawei in non-core parts with a 35% cap (28 Jan 2020) → US Secure and Trusted Communications Networks Act (12 Mar 2020) → UK ban on new purchases and removal by 2027 (14 Jul 2020) → FCC ban on authorising new Huawei and ZTE equipment (25 Nov 2022).',
      items: [
        { id: 'australia', text: 'Australia issues vendor-neutral 5G security guidance', explanation: '23 August 2018.' },
        { id: 'entity-list', text: 'The US adds Huawei and its affiliates to the Entity List', explanation: 'Effective 16 May 2019.' },
        { id: 'uk-cap', text: 'The UK allows Huawei only in non-core parts of 5G networks, with a market-share cap', explanation: '28 January 2020.' },
        { id: 'stcna', text: 'The US Secure and Trusted Communications Networks Act creates rip and replace', explanation: 'Signed 12 March 2020.' },
        { id: 'uk-ban', text: 'The UK bans new Huawei 5G purchases and orders removal by the end of 2027', explanation: '14 July 2020.' },
        { id: 'fcc-ban', text: 'The US FCC bans authorisation of new Huawei and ZTE equipment', explanation: '25 November 2022.' },
      ],
    },
    {
      id: 'australia-named-huawei',
      type: 'true-false',
      prompt: 'True or false: Australia’s 5G guidance of August 2018 named Huawei and ZTE as banned vendors.',
      answer: false,
      explanation:
        'The guidance was vendor-neutral: it barred vendors "likely to be subject to extrajudicial directions from a foreign government". Its practical effect was to exclude Huawei and ZTE.',
      explanations: {
        true: 'Wrong: a common misconception. The guidance named no company or country; it set a test that Huawei and ZTE failed in practice.',
        false: 'Right: the wording was vendor-neutral, which made the principle easier to defend and to share with allies.',
      },
    },
    {
      id: 'uk-january-2020',
      type: 'single',
      prompt: 'What did the UK decide on 28 January 2020?',
      explanation:
        'In January 2020 the UK allowed Huawei in non-core parts of 5G networks with a 35% market cap. The ban on new purchases (after 31 Dec 2020) and removal by end-2027 came on 14 July 2020.',
      options: [
        {
          id: 'allowed-capped',
          text: 'To allow Huawei only in non-core parts of 5G networks, capped at 35% of the market',
          correct: true,
          explanation: 'Right: a restriction, not a ban; Huawei was kept out of the core.',
        },
        {
          id: 'full-ban',
          text: 'To ban Huawei from 5G networks completely',
          explanation:
            'Wrong: a common misconception. The ban was announced six months later, on 14 July 2020.',
        },
        {
          id: 'no-limits',
          text: 'To let Huawei supply any part of 5G networks without limits',
          explanation: 'Wrong: Huawei was excluded from the core and capped at 35% of the market.',
        },
        {
          id: 'eu-toolbox',
          text: 'To adopt the EU 5G Toolbox',
          explanation:
            'Wrong: the Toolbox was adopted the next day, 29 January 2020, by EU member states and the European Commission.',
        },
      ],
    },
    {
      id: 'match-tools',
      type: 'matching',
      prompt: 'Match each measure to the kind of tool it is.',
      explanation:
        'Governments reached similar ends by different means: a security test, a procurement rule, export controls and a funded removal programme.',
      pairs: [
        {
          id: 'au-guidance',
          term: 'Australia’s guidance, Aug 2018',
          match: 'A vendor-neutral security test for who may build 5G networks',
          explanation: 'It targeted vendors subject to extrajudicial direction, naming no one.',
        },
        {
          id: 'section-889',
          term: 'US defence act, section 889 (Aug 2018)',
          match: 'A rule on what federal agencies may buy',
          explanation: 'Procurement only, which is why Australia still counts as the first mover for 5G networks.',
        },
        {
          id: 'entity-list',
          term: 'US Entity List listing, May 2019',
          match: 'Export controls: a licence needed to receive items subject to US export rules',
          explanation: 'Huawei and 68 non-US affiliates were added with effect from 16 May 2019.',
        },
        {
          id: 'rip-replace',
          term: 'Rip and replace, from 2020',
          match: 'Paying small carriers to remove equipment and install trusted alternatives',
          explanation: 'Created by the Secure and Trusted Communications Networks Act of 12 March 2020.',
        },
      ],
    },
    {
      id: 'rip-replace-funding',
      type: 'short-answer',
      prompt:
        'How many billion US dollars did Congress first provide for rip and replace, in December 2020? (number, in billions)',
      hint: 'The FCC later put the full cost at $4.98 billion.',
      explanation:
        'The Consolidated Appropriations Act 2021 (27 Dec 2020) provided $1.9 billion; the FCC later estimated $4.98 billion in total, a $3.08 billion shortfall funded in the FY2025 defence act (Dec 2024).',
      source: { title: 'Congressional Research Service, Insight IN11663', url: 'https://crsreports.congress.gov/' },
      number: { value: 1.9, tolerance: 0.05 },
      unit: 'billion USD',
    },
    {
      id: 'why-early-matters',
      type: 'multiple',
      prompt: 'According to this lesson, which statements help explain why Munro can count Australia’s approach as a success? Select all that apply.',
      explanation:
        'Australia acted before networks were built, using a principle that could be applied to any vendor and shared with allies. It did not name companies, and it was a national decision, not an international treaty.',
      options: [
        {
          id: 'early',
          text: 'It came before 5G networks were built, when excluding a vendor was cheap.',
          correct: true,
          explanation:
            'Right: it preceded the first commercial 5G services (April 2019). Later removals were costly: the UK government put the cumulative cost of its 2020 decision at up to £2 billion, and the FCC put the full cost of US rip and replace at $4.98 billion.',
        },
        {
          id: 'principle',
          text: 'It set a principle (extrajudicial direction) that could apply to any vendor and be shared with allies.',
          correct: true,
          explanation: 'Right: a vendor-neutral test travels better than a list of names.',
        },
        {
          id: 'named',
          text: 'It named Huawei and ZTE explicitly, leaving no doubt.',
          explanation: 'Wrong: the guidance named no company; its wording was vendor-neutral.',
        },
        {
          id: 'treaty',
          text: 'It was a binding international treaty signed by allies.',
          explanation:
            'Wrong: it was national guidance. Even the multilateral Prague Proposals of 2019 were non-binding.',
        },
      ],
    },
  ],
});
