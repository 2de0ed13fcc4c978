import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'australia-first-mover',
  title: 'Australia, the first mover, and who followed',
  draw: 6,
  questions: [
    {
      id: 'first-mover-evidence',
      type: 'single',
      level: 'analyse',
      prompt:
        'Section 889 of a US defence act (13 August 2018) came ten days before Australia’s guidance. Why does this lesson still call Australia the first mover?',
      explanation:
        'Section 889 barred federal agencies from buying Huawei and ZTE equipment: it governed what the government itself bought. Australia’s guidance of 23 August 2018 decided who could build the country’s 5G networks, the first national exclusion of its kind.',
      source: { title: 'Public Law 115-232, section 889', url: 'https://www.congress.gov/' },
      options: [
        {
          id: 'procurement-only',
          text: 'Section 889 covered what federal agencies bought, not who built networks.',
          correct: true,
          explanation: 'Right: a procurement rule is not an exclusion from a country’s commercial 5G networks.',
        },
        {
          id: 'zte-only',
          text: 'Section 889 named only ZTE; Huawei was first targeted by US rules when it went on the Entity List in May 2019.',
          explanation: 'Wrong: section 889 covered both Huawei and ZTE equipment.',
        },
        {
          id: 'munro-earlier',
          text: 'Munro wrote her article before section 889 existed.',
          explanation: 'Wrong: Munro’s article dates from May 2024; the question is what each measure did, not when she wrote.',
        },
        {
          id: 'dated-earlier',
          text: 'Australia’s guidance was dated June 2018 and only published in August.',
          explanation: 'Wrong: the guidance was issued on 23 August 2018; nothing in the sources suggests an earlier date.',
        },
      ],
    },
    {
      id: 'order-national-decisions',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these national 5G decisions in order, earliest first.',
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
      level: 'recall',
      prompt: 'Australia’s 5G guidance of August 2018 named Huawei and ZTE as banned vendors.',
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
      level: 'recall',
      prompt: 'What did the UK decide on 28 January 2020?',
      explanation:
        'In January 2020 the UK allowed Huawei in non-core parts of 5G networks with a 35% market cap. The ban on new purchases (after 31 Dec 2020) and removal by end-2027 came on 14 July 2020.',
      options: [
        {
          id: 'allowed-capped',
          text: 'To allow Huawei only in non-core parts, capped at 35% of the market',
          correct: true,
          explanation: 'Right: a restriction, not a ban; Huawei was kept out of the core.',
        },
        {
          id: 'full-ban',
          text: 'To ban Huawei from 5G networks completely, with all its equipment to be removed by the end of 2027',
          explanation: 'Wrong: a common misconception. The ban and the 2027 deadline were announced six months later, on 14 July 2020.',
        },
        {
          id: 'no-limits',
          text: 'To let Huawei supply any part of 5G networks without limits',
          explanation: 'Wrong: Huawei was excluded from the core and capped at 35% of the market.',
        },
        {
          id: 'eu-toolbox',
          text: 'To adopt the EU’s risk-based 5G measures',
          explanation: 'Wrong: the EU 5G Toolbox was adopted the next day, 29 January 2020, by EU member states and the European Commission.',
        },
      ],
    },
    {
      id: 'match-tools',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each measure to the kind of tool it is.',
      explanation:
        'Governments reached similar ends by different means: a security test, a procurement rule, export controls, a funded removal programme and a ban on new equipment.',
      pairs: [
        {
          id: 'au-guidance',
          term: 'Australia’s guidance (Aug 2018)',
          match: 'A security test for who may build the networks',
          explanation: 'It targeted vendors subject to extrajudicial direction, naming no one.',
        },
        {
          id: 'section-889',
          term: 'Section 889 (Aug 2018)',
          match: 'A rule on what federal agencies may buy',
          explanation: 'Procurement only, which is why Australia still counts as the first mover for 5G networks.',
        },
        {
          id: 'entity-list',
          term: 'Entity List listing (May 2019)',
          match: 'A licence needed to receive items subject to US export rules',
          explanation: 'Huawei and 68 non-US affiliates were added with effect from 16 May 2019.',
        },
        {
          id: 'stcna',
          term: 'Secure and Trusted Communications Networks Act (Mar 2020)',
          match: 'A funded removal programme for small carriers',
          explanation: 'It created the FCC’s rip-and-replace programme.',
        },
        {
          id: 'fcc',
          term: 'FCC decision (Nov 2022)',
          match: 'No new authorisations for Huawei and ZTE kit',
          explanation: 'A ban on authorising new equipment for sale in the United States.',
        },
      ],
    },
    {
      id: 'rip-replace-funding',
      type: 'short-answer',
      level: 'recall',
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
      level: 'analyse',
      prompt: 'Which facts from this lesson support the course’s view that deciding early is cheaper? Select all that apply.',
      explanation:
        'Australia acted before the first commercial smartphone 5G services; the UK and the US acted after equipment was installed and paid for removal. The Toolbox and the guidance’s wording are beside the point.',
      options: [
        {
          id: 'uk-cost',
          text: 'The UK government put the cumulative cost of its 2020 decisions at up to £2 billion.',
          correct: true,
          explanation: 'Right: a late decision meant removing installed equipment, with about a year’s extra delay.',
        },
        {
          id: 'fcc-cost',
          text: 'The FCC put the full cost of rip and replace at $4.98 billion, far above the first $1.9 billion.',
          correct: true,
          explanation: 'Right: pulling out equipment bought over years was expensive, and the first funds covered well under half.',
        },
        {
          id: 'before-phones',
          text: 'Australia acted before the first commercial smartphone 5G services existed.',
          correct: true,
          explanation: 'Right: excluding a vendor before the networks are built avoids paying to remove its equipment later.',
        },
        {
          id: 'named-saves',
          text: 'Australia’s guidance named Huawei and ZTE, which saved drafting time.',
          explanation: 'Wrong: the guidance named no company; its wording was vendor-neutral.',
        },
        {
          id: 'toolbox-deadline',
          text: 'The EU Toolbox set one removal deadline for all member states.',
          explanation: 'Wrong: the Toolbox leaves decisions to each member state and sets no common deadline.',
        },
      ],
    },
    {
      id: 'late-decider-scenario',
      type: 'single',
      level: 'apply',
      prompt:
        'A government’s operators have already installed a high-risk vendor’s radios across much of their networks. It now decides to exclude the vendor. Drawing on the UK and US cases, what should it plan for?',
      explanation:
        'The UK’s removal deadline of end-2027 came with about a year’s delay and up to £2 billion in cumulative costs (government estimate); the US rip-and-replace programme needed $4.98 billion, far more than first provided.',
      options: [
        {
          id: 'years-and-money',
          text: 'Years of removal work, delays and costs that may need public money',
          correct: true,
          explanation: 'Right: both the UK and the US paid in time and money to take out equipment already installed.',
        },
        {
          id: 'quick-swap',
          text: 'A quick, cheap swap, since radios are replaced every year anyway',
          explanation: 'Wrong: equipment stays in networks for years; the UK gave operators until the end of 2027.',
        },
        {
          id: 'forward-only',
          text: 'No cost at all, because an exclusion applies only to future purchases and never to equipment that is already installed',
          explanation: 'Wrong: the UK’s July 2020 decision required removal of installed Huawei 5G equipment, and the US paid carriers to remove theirs.',
        },
        {
          id: 'eu-pays',
          text: 'Costs borne by the EU under its 5G Toolbox',
          explanation: 'Wrong: the Toolbox is a risk-based method; it does not pay for national decisions.',
        },
      ],
    },
    {
      id: 'munro-ban-wording',
      type: 'single',
      level: 'evaluate',
      prompt:
        'Munro writes: "Australia was the first mover in banning Chinese telecommunications giant Huawei from building the nation’s 5G networks." How accurate is her shorthand?',
      explanation:
        'The effect of Australia’s guidance was to exclude Huawei (and ZTE), and it came first, so the sentence is accurate about the result. But the guidance itself was vendor-neutral and named no company.',
      options: [
        {
          id: 'effect-not-wording',
          text: 'Accurate about the effect; the guidance itself named no company.',
          correct: true,
          explanation: 'Right: a careful writer says whether they mean the effect or the wording.',
        },
        {
          id: 'us-first',
          text: 'Wrong: the United States banned Huawei first, with its FCC decision.',
          explanation: 'Wrong: the FCC ban came on 25 November 2022, more than four years after Australia.',
        },
        {
          id: 'named-exactly',
          text: 'Exact: the guidance listed Huawei by name.',
          explanation: 'Wrong: the guidance barred vendors "likely to be subject to extrajudicial directions from a foreign government" and named no one.',
        },
        {
          id: 'zte-only',
          text: 'Wrong: Australia excluded only ZTE, and Huawei stayed in its networks until the British ban of 2020 pushed it out.',
          explanation: 'Wrong: the guidance excluded both Huawei and ZTE in practice; the UK’s decisions applied to UK networks only.',
        },
      ],
    },
    {
      id: 'smartphone-qualifier',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A draft text says Australia’s guidance "came before any commercial 5G anywhere". Which wording is accurate?',
      explanation:
        'The guidance (23 August 2018) came before the first commercial smartphone 5G services (South Korea and the US, 3 April 2019). Some operators had announced "commercial 5G" networks in 2018, before 5G phones existed, so "any commercial 5G anywhere" claims too much.',
      options: [
        {
          id: 'smartphone',
          text: 'Before the first commercial smartphone 5G services, in April 2019',
          correct: true,
          explanation: 'Right: the qualifier "smartphone" keeps the claim true.',
        },
        {
          id: 'keep-it',
          text: 'Keep it: no operator anywhere had used the words “commercial 5G” before April 2019, so nothing needs to change.',
          explanation: 'Wrong: some operators had announced "commercial 5G" networks in 2018.',
        },
        {
          id: 'after',
          text: 'After the first commercial 5G services, which began in 2017',
          explanation: 'Wrong: the first commercial smartphone services came on 3 April 2019; 2017 saw only the first, non-standalone specifications.',
        },
        {
          id: 'before-specs',
          text: 'Before 3GPP had written any 5G specification',
          explanation: 'Wrong: 3GPP completed the non-standalone specifications in December 2017 and the standalone ones in June 2018, both before August 2018.',
        },
      ],
    },
    {
      id: 'toolkit-compare',
      type: 'single',
      level: 'analyse',
      prompt:
        'Compare how Australia and the United States acted against high-risk 5G vendors between 2018 and 2022. Which contrast is most accurate?',
      explanation:
        'Australia issued one vendor-neutral rule before its networks were built. The US combined a procurement rule (2018), export controls (2019), a funded removal programme (2020) and a market ban (2022).',
      options: [
        {
          id: 'one-rule-many-tools',
          text: 'Australia set one early rule; the US stacked several tools over years.',
          correct: true,
          explanation: 'Right: the same end, reached by a single principle in one case and a sequence of tools in the other.',
        },
        {
          id: 'reversed',
          text: 'Australia relied on export controls, while the US issued a single security guidance for its networks.',
          explanation: 'Wrong: it is the other way round; the US used the Entity List, and Australia issued security guidance.',
        },
        {
          id: 'toolbox',
          text: 'Both applied the EU 5G Toolbox nationally.',
          explanation: 'Wrong: neither country is in the EU; the Toolbox is an EU instrument.',
        },
        {
          id: 'us-led',
          text: 'The US moved first with its FCC ban, and Australia followed its lead a year later.',
          explanation: 'Wrong: Australia acted in August 2018; the FCC ban came in November 2022.',
        },
      ],
    },
  ],
});
