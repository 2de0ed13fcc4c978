import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'building-capacity-checkpoint',
  title: 'Module 6 checkpoint: Building the capacity',
  mode: 'exam',
  questions: [
    {
      id: 'three-capacities',
      type: 'matching',
      prompt: 'Match each capacity to the author who stresses it.',
      explanation:
        'Chiang asks for private-sector engagement and, most critically, a talent pipeline; Munro frames tech diplomacy as a tool for allies and partners facing the pacing threat.',
      pairs: [
        {
          id: 'talent',
          term: 'A talent pipeline inside and outside the career foreign service',
          match: 'Chiang, who calls it the most critical need',
          explanation: 'From "The Era Of \u2018Tech Diplomacy\u2019 Is Here".',
        },
        {
          id: 'allies',
          term: 'US allies and partners, Australia included, keeping up with the pacing threat',
          match: 'Munro, writing for ASPI The Strategist',
          explanation: 'From "Tech Diplomacy: What It Is, and Why It\u2019s Important" (May 2024).',
        },
      ],
    },
    {
      id: 'techplomacy',
      type: 'true-false',
      prompt: 'True or false: Denmark\u2019s tech ambassador, announced in January 2017, was accredited in effect to the tech industry and opened an office in Silicon Valley.',
      answer: true,
      explanation: 'Denmark announced the world\u2019s first tech ambassador on 27 January 2017; Casper Klynge was named in May and opened the Silicon Valley office later that year.',
      explanations: {
        true: 'Right: TechPlomacy treated the tech industry as a power a foreign ministry must engage directly.',
        false: 'Wrong: that is exactly what TechPlomacy did, and it was the world\u2019s first such post.',
      },
    },
    {
      id: 'order-state',
      type: 'ordering',
      prompt: 'Put these milestones in order, earliest first.',
      explanation:
        'First S&T Adviser (2000), Center for Tech Diplomacy at Purdue (July 2021), CDP bureau (April 2022), Special Envoy for Critical and Emerging Technology (January 2023).',
      items: [
        { id: 'neureiter', text: 'The first Science and Technology Adviser to the Secretary of State is appointed', explanation: 'First: 2000 (Norman Neureiter).' },
        { id: 'purdue', text: 'The Center for Tech Diplomacy at Purdue is launched', explanation: 'Second: 7 July 2021.' },
        { id: 'cdp', text: 'The Bureau of Cyberspace and Digital Policy begins operations', explanation: 'Third: 4 April 2022.' },
        { id: 'envoy', text: 'The Special Envoy for Critical and Emerging Technology office begins operations', explanation: 'Last: 3 January 2023.' },
      ],
    },
    {
      id: 'wassenaar',
      type: 'single',
      prompt: 'How were the 2022\u201323 chip controls of the US, Japan and the Netherlands adopted?',
      explanation: 'They were national measures, coordinated among the three outside the voluntary Wassenaar Arrangement.',
      options: [
        {
          id: 'national-coordinated',
          text: 'As national measures, coordinated among the three countries outside Wassenaar',
          correct: true,
          explanation: 'Right: US rule from 7 October 2022; Japan\u2019s from 23 July 2023; the Netherlands\u2019 from 1 September 2023.',
        },
        {
          id: 'wassenaar-treaty',
          text: 'As a binding Wassenaar treaty banning chip sales to China',
          explanation: 'Wrong: Wassenaar is voluntary, works by consensus and bans nothing by itself.',
        },
        {
          id: 'eu-ban',
          text: 'As an EU-wide ban decided in Brussels',
          explanation: 'Wrong: the Dutch measure is a national licence requirement, and Japan and the US are not in the EU.',
        },
        {
          id: 'us-only',
          text: 'By the US alone, with Japan and the Netherlands taking no action',
          explanation: 'Wrong: both Japan and the Netherlands adopted their own controls in 2023.',
        },
      ],
    },
    {
      id: 'itsi',
      type: 'short-answer',
      prompt: 'How many million US dollars is the CHIPS Act\u2019s International Technology Security and Innovation Fund, run by the State Department? (number)',
      explanation: '$500 million, out of $52.7 billion for semiconductors in the CHIPS and Science Act (9 August 2022).',
      number: { value: 500, tolerance: 0 },
      unit: 'million USD',
    },
    {
      id: 'formats',
      type: 'multiple',
      prompt: 'Which of these were launched or announced in 2021? Select all that apply.',
      explanation: 'The Quad summit (12 March 2021), the TTC (15 June 2021) and AUKUS (15 September 2021) all date from 2021.',
      options: [
        { id: 'quad', text: 'The Quad\u2019s Critical and Emerging Technology Working Group', correct: true, explanation: 'Right: launched at the first Quad leaders\u2019 summit, 12 March 2021.' },
        { id: 'ttc', text: 'The US\u2013EU Trade and Technology Council', correct: true, explanation: 'Right: announced 15 June 2021; first met in Pittsburgh on 29 September 2021.' },
        { id: 'aukus', text: 'AUKUS', correct: true, explanation: 'Right: announced 15 September 2021.' },
        { id: 'techplomacy', text: 'Denmark\u2019s TechPlomacy', explanation: 'Wrong: Denmark announced it in January 2017.' },
        { id: 'cdp', text: 'The State Department\u2019s Bureau of Cyberspace and Digital Policy', explanation: 'Wrong: it began operations on 4 April 2022.' },
      ],
    },
    {
      id: 'mission',
      type: 'single',
      prompt: 'The last lesson applies Chiang\u2019s call for a clear mission, enduring strategies and effective actions. Which of these does it treat as the mission?',
      explanation: 'The mission is the purpose: technology must advance freedom. Strategies and actions serve it.',
      options: [
        { id: 'freedom', text: 'Technology must advance freedom', correct: true, explanation: 'Right: it gives the test for every strategy and action.' },
        { id: 'talent', text: 'Build a talent pipeline', explanation: 'Wrong: that is an enduring strategy, a way of pursuing the mission.' },
        { id: 'chips-act', text: 'Pass the CHIPS and Science Act', explanation: 'Wrong: that is a dated action (9 August 2022).' },
        { id: 'allies', text: 'Work with allies and partners', explanation: 'Wrong: that is an enduring strategy (Munro\u2019s emphasis), not the mission.' },
      ],
    },
  ],
});
