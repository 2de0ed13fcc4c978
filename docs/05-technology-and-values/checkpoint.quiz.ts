import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'technology-and-values-checkpoint',
  title: 'Module 5 checkpoint: Technology and values',
  mode: 'exam',
  questions: [
    {
      id: 'chiang-munro',
      type: 'matching',
      prompt: 'Match each idea to the author who puts it forward.',
      explanation:
        'Chiang frames tech diplomacy around freedom and wins for democracies; Munro frames it around neutral technology, trust and countering weaponisation.',
      pairs: [
        {
          id: 'freedom',
          term: '"Technology must advance freedom" is the foremost premise',
          match: 'Mung Chiang',
          explanation: 'From "The Era Of \u2018Tech Diplomacy\u2019 Is Here".',
        },
        {
          id: 'neutral',
          term: 'Technology is "inherently neutral, neither good nor bad"',
          match: 'Bronte Munro',
          explanation: 'From "Tech Diplomacy: What It Is, and Why It\u2019s Important" (ASPI The Strategist, May 2024).',
        },
      ],
    },
    {
      id: 'progress-freedom',
      type: 'true-false',
      prompt: 'True or false: according to Chiang, technological progress automatically supports human rights.',
      answer: false,
      explanation: 'Chiang says advances "do not necessarily" reflect democratic values or contribute to human rights, and are increasingly abused to suppress liberty.',
      explanations: {
        true: 'Wrong: Chiang denies any automatic link; that is why he makes freedom a premise to work for.',
        false: 'Right: values have to be added by people, through design, trade and law.',
      },
    },
    {
      id: 'digital-authoritarianism',
      type: 'single',
      prompt: 'Which is the best description of digital authoritarianism?',
      explanation: 'Digital authoritarianism is the use of surveillance, censorship and data control to monitor, repress and manipulate a population.',
      options: [
        {
          id: 'repression',
          text: 'Using surveillance, censorship and control of data to monitor, repress and manipulate a population',
          correct: true,
          explanation: 'Right: this is the danger Chiang links to Orwell\u2019s "1984".',
        },
        {
          id: 'digital-diplomacy',
          text: 'Governments using social media to speak to foreign publics',
          explanation: 'Wrong: that is digital diplomacy, a set of tools for diplomacy, not repression.',
        },
        {
          id: 'export-controls',
          text: 'Licensing rules that restrict the export of sensitive technology',
          explanation: 'Wrong: those are export controls, a tool democracies use against the weaponisation of dual-use technology.',
        },
        {
          id: 'ai-act',
          text: 'Binding, risk-based rules for artificial intelligence',
          explanation: 'Wrong: that describes the EU AI Act, binding law for AI uses, not a means of repression.',
        },
      ],
    },
    {
      id: 'dfi-count',
      type: 'short-answer',
      prompt: 'How many participants in all launched the Declaration for the Future of the Internet on 28 April 2022? (number, including the US)',
      hint: 'Remember to count the United States itself.',
      explanation: 'The United States and 60 partners: 61 participants in all.',
      number: { value: 61, tolerance: 0 },
      unit: 'participants',
    },
    {
      id: 'order-module',
      type: 'ordering',
      prompt: 'Put these milestones in order, earliest first.',
      explanation:
        'OECD AI Principles (May 2019), GPAI (June 2020), Declaration for the Future of the Internet (April 2022), Bletchley Declaration (November 2023), EU AI Act in force (August 2024).',
      items: [
        { id: 'oecd', text: 'OECD AI Principles adopted by 42 countries', explanation: 'First: 22 May 2019.' },
        { id: 'gpai', text: 'GPAI launched by 15 founding members', explanation: 'Second: 15 June 2020.' },
        { id: 'dfi', text: 'Declaration for the Future of the Internet launched', explanation: 'Third: 28 April 2022.' },
        { id: 'bletchley', text: 'Bletchley Declaration signed', explanation: 'Fourth: 1\u20132 November 2023.' },
        { id: 'eu-ai-act', text: 'EU AI Act enters into force', explanation: 'Last: 1 August 2024.' },
      ],
    },
    {
      id: 'norms',
      type: 'multiple',
      prompt: 'Which of these are norms (shared expectations) rather than binding rules? Select all that apply.',
      explanation: 'Principles, recommendations and resolutions set norms; the EU AI Act and national export licence requirements are binding rules.',
      options: [
        { id: 'oecd', text: 'The OECD AI Principles', correct: true, explanation: 'Right: an intergovernmental standard, not an enforceable law.' },
        { id: 'unesco', text: 'The UNESCO Recommendation on the Ethics of AI', correct: true, explanation: 'Right: a recommendation adopted by member states in November 2021.' },
        { id: 'unga', text: 'The UN General Assembly\u2019s first AI resolution (March 2024)', correct: true, explanation: 'Right: a resolution setting expectations for "safe, secure and trustworthy" AI.' },
        { id: 'eu-ai-act', text: 'The EU Artificial Intelligence Act', explanation: 'Wrong: it is binding EU law, risk-based, in force since 1 August 2024.' },
        {
          id: 'us-chip-rule',
          text: 'The US Commerce rule of 7 October 2022 on advanced chips',
          explanation: 'Wrong: it is a binding national export-control measure, enforced through licences.',
        },
      ],
    },
    {
      id: 'circles',
      type: 'single',
      prompt: 'A government wants a channel with its main technological rival to reduce risks from advanced AI that threaten everyone. Which of these is the closest precedent?',
      hint: 'Which text did both the US and China sign?',
      explanation: 'The Bletchley Declaration (November 2023) was signed by 28 countries and the EU, including both the US and China.',
      options: [
        {
          id: 'bletchley',
          text: 'The Bletchley Declaration',
          correct: true,
          explanation: 'Right: a forum wide enough to include rivals, on risks common to all.',
        },
        {
          id: 'aukus',
          text: 'AUKUS Pillar II',
          explanation: 'Wrong: AUKUS is a close circle of three allies (Australia, the UK and the US) developing advanced capabilities for defence.',
        },
        {
          id: 'gpai',
          text: 'The Global Partnership on AI',
          explanation: 'Wrong: GPAI is a partnership of like-minded governments (15 founding members in 2020), not a channel to a rival.',
        },
        {
          id: 'wassenaar',
          text: 'The Wassenaar Arrangement',
          explanation: 'Wrong: Wassenaar coordinates export-control lists, and China is not a member.',
        },
      ],
    },
  ],
});
