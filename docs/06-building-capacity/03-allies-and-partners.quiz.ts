import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'allies-and-partners',
  title: 'Allies and partners',
  questions: [
    {
      id: 'pacing-threat',
      type: 'single',
      prompt: 'According to Munro, tech diplomacy helps US allies and partners, including Australia, do what?',
      explanation:
        'Munro calls tech diplomacy a key tool to ensure that US allies and partners, including Australia, can stay ahead of or keep up with the pacing threat of adversaries, notably China.',
      options: [
        {
          id: 'keep-pace',
          text: 'Stay ahead of or keep up with the pacing threat of adversaries, notably China',
          correct: true,
          explanation: 'Right: "or keep up with" matters, because not every partner must lead in every technology.',
        },
        {
          id: 'decouple',
          text: 'Cut all technological ties with every other country',
          explanation: 'Wrong: Munro\u2019s tech diplomacy is collaboration across sectors and between countries, not isolation.',
        },
        {
          id: 'replace-us',
          text: 'Replace the United States as the technology leader of the alliance',
          explanation: 'Wrong: the aim is for the group together to keep pace, not for partners to displace one another.',
        },
        {
          id: 'join-wassenaar-ban',
          text: 'Enforce a Wassenaar Arrangement treaty ban on chip sales to China',
          explanation: 'Wrong: Wassenaar is voluntary and bans nothing by itself; the chip controls were national measures.',
        },
      ],
    },
    {
      id: 'order-formats',
      type: 'ordering',
      prompt: 'Put these 2021 events in order, earliest first.',
      explanation:
        'Quad summit (12 March), TTC announced (15 June), AUKUS announced (15 September), first TTC ministerial in Pittsburgh (29 September).',
      items: [
        { id: 'quad', text: 'First Quad leaders\u2019 summit launches a Critical and Emerging Technology Working Group', explanation: 'First: 12 March 2021.' },
        { id: 'ttc', text: 'US\u2013EU Trade and Technology Council announced in Brussels', explanation: 'Second: 15 June 2021.' },
        { id: 'aukus', text: 'AUKUS announced by Australia, the UK and the US', explanation: 'Third: 15 September 2021.' },
        { id: 'pittsburgh', text: 'First TTC ministerial meeting in Pittsburgh', explanation: 'Last: 29 September 2021.' },
      ],
    },
    {
      id: 'match-formats',
      type: 'matching',
      prompt: 'Match each format to its members.',
      explanation: 'Each format is a different circle of partners working on technology.',
      pairs: [
        { id: 'quad', term: 'The Quad', match: 'Australia, India, Japan and the US', explanation: 'Its first leaders\u2019 summit (12 March 2021) set up a Critical and Emerging Technology Working Group.' },
        { id: 'ttc', term: 'Trade and Technology Council', match: 'The US and the EU', explanation: 'Announced 15 June 2021; first met in Pittsburgh on 29 September 2021.' },
        { id: 'aukus', term: 'AUKUS', match: 'Australia, the UK and the US', explanation: 'Pillar I: submarines; Pillar II: advanced capabilities such as AI and quantum.' },
      ],
    },
    {
      id: 'national-controls',
      type: 'true-false',
      prompt: 'True or false: the 2022\u201323 chip controls of the US, Japan and the Netherlands were adopted inside the Wassenaar Arrangement as a binding joint treaty.',
      answer: false,
      explanation:
        'They were national measures (US from 7 October 2022, Japan from 23 July 2023, the Netherlands from 1 September 2023), coordinated outside Wassenaar, which is a voluntary arrangement.',
      explanations: {
        true: 'Wrong: a common misconception. Wassenaar works by consensus and is not a binding treaty; each country used its own law.',
        false: 'Right: partners agreed a shared aim, then each acted nationally.',
      },
    },
    {
      id: 'japan-types',
      type: 'short-answer',
      prompt: 'Japan\u2019s export controls that took effect on 23 July 2023 cover how many types of advanced chipmaking equipment? (number)',
      explanation: 'Japan\u2019s controls cover 23 types of equipment, with simpler licensing for 42 friendly countries and territories.',
      number: { value: 23, tolerance: 0 },
      unit: 'types',
    },
    {
      id: 'first-mover',
      type: 'single',
      prompt: 'Which country does Munro call the "first mover" in barring Huawei from building its 5G networks?',
      explanation: 'Australia\u2019s guidance of 23 August 2018 was the first such national exclusion.',
      options: [
        { id: 'australia', text: 'Australia', correct: true, explanation: 'Right: a partner, not the US, set the pace on 5G.' },
        {
          id: 'us',
          text: 'The United States',
          explanation: 'Wrong: the US used other tools (a 2012 report, a 2018 federal purchase ban, the May 2019 Entity List, a 2022 FCC ban) rather than making the first 5G exclusion.',
        },
        { id: 'uk', text: 'The United Kingdom', explanation: 'Wrong: the UK decided on 14 July 2020, almost two years later.' },
        { id: 'eu', text: 'The European Union', explanation: 'Wrong: the EU 5G Toolbox (January 2020) is a risk-based set of measures, not an EU-wide ban.' },
      ],
    },
    {
      id: 'australia-guidance',
      type: 'multiple',
      prompt: 'Which statements about Australia\u2019s 5G guidance of 23 August 2018 are correct? Select all that apply.',
      explanation:
        'The guidance was vendor-neutral: it barred vendors likely to be subject to extrajudicial directions from a foreign government, which in practice excluded Huawei and ZTE.',
      options: [
        {
          id: 'extrajudicial',
          text: 'It barred vendors likely to be subject to extrajudicial directions from a foreign government.',
          correct: true,
          explanation: 'Right: that was its test, a rule-of-law test rather than a list of names.',
        },
        {
          id: 'practical-effect',
          text: 'In practice it excluded Huawei and ZTE.',
          correct: true,
          explanation: 'Right: that was its practical effect.',
        },
        {
          id: 'named',
          text: 'It named Huawei and ZTE explicitly.',
          explanation: 'Wrong: a common misconception; the guidance was vendor-neutral.',
        },
        {
          id: 'after-uk',
          text: 'It followed the UK\u2019s lead.',
          explanation: 'Wrong: the UK\u2019s removal decision came on 14 July 2020, after Australia.',
        },
      ],
    },
  ],
});
