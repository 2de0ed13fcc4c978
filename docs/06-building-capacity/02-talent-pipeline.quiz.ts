import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'talent-pipeline',
  title: 'The talent pipeline',
  draw: 6,
  questions: [
    {
      id: 'most-critical',
      type: 'single',
      level: 'recall',
      prompt: 'Which need does Chiang single out with the words "Most critically"?',
      explanation:
        'Chiang ends with the talent pipeline, inside and outside the career foreign service, so that policymaking benefits from the essential engineering details.',
      options: [
        {
          id: 'talent',
          text: 'A talent pipeline, in the foreign service and outside it',
          correct: true,
          explanation: 'Right: people who understand the technology are his most critical need.',
        },
        {
          id: 'treaty',
          text: 'A binding global treaty on critical and emerging technologies, negotiated at the UN',
          explanation: 'Wrong: Chiang calls for no such treaty; his emphasis is on people and capacity.',
        },
        {
          id: 'embassy-network',
          text: 'A new embassy in every country that makes chips',
          explanation: 'Wrong: Chiang asks for people with engineering knowledge, not more buildings.',
        },
        {
          id: 'more-money',
          text: 'A larger budget for chip subsidies at home and in allied countries',
          explanation: 'Wrong: money matters, but the need Chiang introduces with "Most critically" is people who understand the technology.',
        },
      ],
    },
    {
      id: 'inside-outside',
      type: 'multiple',
      level: 'apply',
      prompt: 'Which of these build tech talent OUTSIDE the career Foreign Service? Select all that apply.',
      explanation:
        'Outside talent comes from engineers, scientists and researchers who serve a term in government or advise it, and from universities and institutes that train people.',
      options: [
        {
          id: 'engineer-adviser',
          text: 'A university engineer serving a two-year term as science and technology adviser at the foreign ministry',
          correct: true,
          explanation: 'Right: expertise brought in from outside for a term.',
        },
        {
          id: 'university-institute',
          text: 'A university institute training people in tech diplomacy, such as the Krach Institute at Purdue',
          correct: true,
          explanation: 'Right: the pipeline runs through universities and independent institutes too.',
        },
        {
          id: 'fsi-course',
          text: 'The Foreign Service Institute\u2019s tech-diplomacy course for serving diplomats',
          explanation: 'Wrong as an answer here: that trains talent INSIDE the career service, the other half of the pipeline.',
        },
        {
          id: 'career-attache',
          text: 'A career diplomat posted as a technology attach\u00e9',
          explanation: 'Wrong as an answer here: a career officer in an attach\u00e9 post is inside the Foreign Service.',
        },
      ],
    },
    {
      id: 'engineering-details',
      type: 'true-false',
      level: 'understand',
      prompt: 'True or false: a node name such as "3 nm" is a literal measurement of the features on a chip, so diplomats can read capability straight from it.',
      answer: false,
      explanation: 'Node names are generation labels, no longer literal physical measurements; this is exactly the kind of engineering detail Chiang wants policy to benefit from.',
      explanations: {
        true: 'Wrong: node names are no longer literal measurements. Taking them at face value is how policy misreads capability.',
        false: 'Right: smaller numbers mean more advanced processes, but the number is a label, not a measurement.',
      },
    },
    {
      id: 'lithography-question',
      type: 'single',
      level: 'apply',
      prompt:
        'A partner government says its new rule "covers lithography tools" and asks you to confirm that it matches the 2023 Dutch and US controls. Which question should you ask first?',
      explanation:
        'EUV machines had already been withheld since 2019; what the 2023 controls added were advanced immersion DUV tools. Whether the rule reaches them decides whether it matches.',
      options: [
        {
          id: 'immersion-duv',
          text: 'Does it reach advanced immersion DUV tools, or only EUV machines?',
          correct: true,
          explanation: 'Right: the engineering distinction decides what the rule actually covers.',
        },
        {
          id: 'how-many-pages',
          text: 'How many pages long is the rule, and in how many languages has it been published so far?',
          explanation: 'Wrong: length and translations say nothing about which machines are covered.',
        },
        {
          id: 'nm-label',
          text: 'Does it ban every chip whose node name is below 10 nm?',
          explanation: 'Wrong: the question is about tools, and node names are labels, not measurements.',
        },
        {
          id: 'asml-members',
          text: 'Is ASML a member of the Wassenaar Arrangement?',
          explanation: 'Wrong: Wassenaar\u2019s participants are states, not companies, and the 2023 controls were national measures.',
        },
      ],
    },
    {
      id: 'us-persons-reading',
      type: 'single',
      level: 'analyse',
      prompt:
        'The US rule of 7 October 2022 also limited the support that US persons could give to advanced fabs in China. What does this lesson infer from that provision?',
      explanation:
        'The course reads it as treating know-how carried by people as something to control, which strengthens the case for training such people on purpose.',
      options: [
        {
          id: 'people-strategic',
          text: 'Know-how held by people counts as strategic, so it is worth training on purpose',
          correct: true,
          explanation: 'Right: scarce enough to restrict is scarce enough to build deliberately.',
        },
        {
          id: 'goods-only',
          text: 'Export controls cover goods only, so people are irrelevant to them',
          explanation: 'Wrong: the provision is about people\u2019s support, not goods.',
        },
        {
          id: 'ban-travel',
          text: 'The rule banned all US engineers from travelling to China for any purpose whatsoever',
          explanation: 'Wrong: it limited support to advanced fabs; the lesson claims nothing about travel.',
        },
        {
          id: 'talent-abundant',
          text: 'Chip expertise is so abundant that training is unnecessary',
          explanation: 'Wrong: controlling it implies the opposite, that it is scarce.',
        },
      ],
    },
    {
      id: 'staff-long-negotiation',
      type: 'single',
      level: 'apply',
      prompt:
        'A ministry must staff a three-year negotiation with partners over an export-control list for chipmaking tools. What does the lesson\u2019s comparison of the two routes suggest?',
      explanation:
        'Career officers bring continuity and negotiating skill; outside engineers bring current technical depth. A long technical negotiation needs both.',
      options: [
        {
          id: 'both-routes',
          text: 'Career officers for continuity, plus engineers who know this year\u2019s tools',
          correct: true,
          explanation: 'Right: each route covers the other\u2019s risk (knowledge that ages; tours that end early).',
        },
        {
          id: 'outside-only',
          text: 'Only outside engineers on one-year tours, because technical depth is all that matters',
          explanation: 'Wrong: short tours risk ending before the negotiation does.',
        },
        {
          id: 'inside-only',
          text: 'Only career generalists, because a control list is a legal text rather than a technical one and lawyers can read it alone',
          explanation: 'Wrong: the lesson\u2019s cases show that control lists hinge on engineering distinctions.',
        },
        {
          id: 'companies-only',
          text: 'Delegate the negotiation to the companies that make the tools',
          explanation: 'Wrong: firms are partners with their own interests, not negotiators for the state.',
        },
      ],
    },
    {
      id: 'detail-behind-case',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each dated case to the engineering detail it hinges on.',
      explanation: 'Each case shows a policy decision that depends on a technical distinction.',
      pairs: [
        {
          id: 'dutch-2023',
          term: 'The Dutch licence requirement of 2023',
          match: 'Telling immersion DUV tools apart from EUV machines',
          explanation: 'It covered ASML\u2019s most advanced DUV immersion tools; EUV licences had been withheld since 2019.',
        },
        {
          id: 'uk-2020',
          term: 'The UK decision of January 2020',
          match: 'Whether a network\u2019s core can be kept apart from its radio access network',
          explanation: 'Huawei was allowed only in non-core parts, capped at 35%, until the July 2020 reversal.',
        },
        {
          id: 'japan-2023',
          term: 'Japan\u2019s controls in force from July 2023',
          match: 'Agreeing which 23 kinds of chipmaking equipment count',
          explanation: 'A list of equipment types is an engineering document as much as a legal one.',
        },
      ],
    },
    {
      id: 'outside-demand-evidence',
      type: 'single',
      level: 'evaluate',
      prompt:
        'The lesson suggests that government training alone did not meet the demand for tech-diplomacy skills. Which fact supports that view best?',
      explanation:
        'A government adopting an outside programme is the most direct sign that its own training did not yet cover the need.',
      options: [
        {
          id: 'state-adopted',
          text: 'The State Department adopted the Krach Institute\u2019s online programme of April 2024',
          correct: true,
          explanation: 'Right: adoption by government points to a gap that outside training filled.',
        },
        {
          id: 'aaas-2008',
          text: 'The AAAS announced a Center for Science Diplomacy in 2008',
          explanation: 'Wrong: it shows an older outside institution for science diplomacy, not a gap in government training for tech diplomacy.',
        },
        {
          id: 'fick-confirmed',
          text: 'The Senate confirmed the first Ambassador-at-Large for Cyberspace and Digital Policy in 2022',
          explanation: 'Wrong: that shows government building capacity, not falling short.',
        },
        {
          id: 'japan-list',
          text: 'Japan\u2019s 2023 controls list 23 types of equipment',
          explanation: 'Wrong: it shows why expertise is needed, not where it is trained.',
        },
      ],
    },
    {
      id: 'euv-only-rule',
      type: 'true-false',
      level: 'apply',
      prompt:
        'A partner\u2019s new rule covers EUV machines only. True or false: judged against the lesson\u2019s account, it would leave out advanced tools that the Dutch and US controls of 2023 covered.',
      answer: true,
      explanation: 'The 2023 controls brought advanced immersion DUV tools under licence; a rule on EUV alone misses them.',
      explanations: {
        true: 'Right: EUV had been withheld since 2019; the 2023 step was about immersion DUV.',
        false: 'Wrong: the 2023 Dutch and US controls covered advanced immersion DUV tools, which an EUV-only rule leaves out.',
      },
    },
    {
      id: 'order-training',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these steps in training people for science and tech diplomacy in order, earliest first.',
      explanation:
        'AAAS Center for Science Diplomacy (July 2008), Center for Tech Diplomacy at Purdue (July 2021), first Ambassador-at-Large confirmed and the Foreign Service Institute\u2019s course (from September 2022), the Krach Institute\u2019s online programme (April 2024).',
      items: [
        { id: 'aaas', text: 'AAAS announces a Center for Science Diplomacy', explanation: 'First: 15 July 2008.' },
        { id: 'purdue', text: 'The Purdue Research Foundation launches a Center for Tech Diplomacy', explanation: 'Second: 7 July 2021.' },
        { id: 'fsi', text: 'After the first cyberspace ambassador is confirmed, the Foreign Service Institute builds a tech-diplomacy course', explanation: 'Third: from September 2022.' },
        { id: 'tda', text: 'The Krach Institute launches an online tech-diplomacy programme', explanation: 'Last: 30 April 2024.' },
      ],
    },
  ],
});
