import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'talent-pipeline',
  title: 'The talent pipeline',
  questions: [
    {
      id: 'most-critical',
      type: 'single',
      prompt: 'What does Chiang say tech diplomacy needs "most critically"?',
      explanation:
        'Chiang ends with the talent pipeline, inside and outside the career foreign service, so that policymaking benefits from the essential engineering details.',
      options: [
        {
          id: 'talent',
          text: 'A talent pipeline, inside and outside the career foreign service',
          correct: true,
          explanation: 'Right: he calls it the most critical need, because policy must benefit from engineering details.',
        },
        {
          id: 'treaty',
          text: 'A binding global treaty on technology',
          explanation: 'Wrong: Chiang calls for no such treaty; his emphasis is on people and capacity.',
        },
        {
          id: 'social-media',
          text: 'More diplomats active on social media',
          explanation: 'Wrong: that is digital diplomacy, not the engineering capacity Chiang means.',
        },
        {
          id: 'more-money',
          text: 'A larger budget for chip subsidies',
          explanation: 'Wrong: money matters, but Chiang\u2019s "most critical" need is people who understand the technology.',
        },
      ],
    },
    {
      id: 'inside-outside',
      type: 'multiple',
      prompt: 'Which of these are examples of building tech talent OUTSIDE the career Foreign Service? Select all that apply.',
      explanation:
        'Outside talent comes from engineers, scientists and researchers who serve a tour in government, advise it, or train people from universities and institutes.',
      options: [
        {
          id: 'chiang-adviser',
          text: 'Someone from outside the career service serving as S&T Adviser to the Secretary of State, as Chiang did in 2019\u201320',
          correct: true,
          explanation: 'Right: the adviser role brings outside expertise into the Department.',
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
          explanation: 'Wrong as an answer here: that trains talent INSIDE the career service, which is the other half of the pipeline.',
        },
        {
          id: 'career-attache',
          text: 'A career diplomat posted as a technology attaché',
          explanation: 'Wrong as an answer here: a career officer in an attaché post is inside the Foreign Service.',
        },
      ],
    },
    {
      id: 'order-institutions',
      type: 'ordering',
      prompt: 'Put these State Department milestones in order, earliest first.',
      explanation:
        'NRC report (October 1999), first S&T Adviser (2000), CDP bureau (4 April 2022), Nate Fick confirmed (September 2022), Special Envoy office (3 January 2023).',
      items: [
        { id: 'nrc', text: 'A National Research Council report urges a senior S&T adviser at State', explanation: 'First: October 1999.' },
        { id: 'neureiter', text: 'The first Science and Technology Adviser to the Secretary of State is appointed', explanation: 'Second: Norman Neureiter, announced 20 September 2000.' },
        { id: 'cdp', text: 'The Bureau of Cyberspace and Digital Policy begins operations', explanation: 'Third: 4 April 2022.' },
        { id: 'fick', text: 'The Senate confirms the first Ambassador-at-Large for Cyberspace and Digital Policy', explanation: 'Fourth: Nate Fick, September 2022.' },
        { id: 'envoy', text: 'The Office of the Special Envoy for Critical and Emerging Technology begins operations', explanation: 'Last: 3 January 2023.' },
      ],
    },
    {
      id: 'first-adviser',
      type: 'short-answer',
      prompt: 'Who was the first Science and Technology Adviser to the US Secretary of State (2000)? (surname is enough)',
      hint: 'Madeleine Albright announced him on 20 September 2000.',
      explanation: 'Norman Neureiter was the first; the post and its office (STAS) were created in 2000, following the National Research Council\u2019s 1999 report.',
      accept: ['Norman Neureiter', 'Neureiter'],
    },
    {
      id: 'match-roles',
      type: 'matching',
      prompt: 'Match each person to their role.',
      explanation: 'Three people from the dated history of US tech-diplomacy institutions.',
      pairs: [
        {
          id: 'center',
          term: 'Seth Center',
          match: 'Deputy, later acting, Special Envoy for Critical and Emerging Technology (from 2023)',
          explanation: 'The Special Envoy office began operations on 3 January 2023.',
        },
        {
          id: 'chiang',
          term: 'Mung Chiang',
          match: '6th S&T Adviser (2019\u201320) and founding director of the Center for Tech Diplomacy at Purdue',
          explanation: 'The Center was launched on 7 July 2021 and renamed the Krach Institute in September 2021.',
        },
        {
          id: 'fick',
          term: 'Nate Fick',
          match: 'First Ambassador-at-Large for Cyberspace and Digital Policy (confirmed 2022)',
          explanation: 'Confirmed by the US Senate in September 2022.',
        },
      ],
    },
    {
      id: 'engineering-details',
      type: 'true-false',
      prompt: 'True or false: a node name such as "3 nm" is a literal measurement of the features on a chip, so diplomats can read capability straight from it.',
      answer: false,
      explanation: 'Node names are generation labels, no longer literal physical measurements; this is exactly the kind of engineering detail Chiang wants policy to benefit from.',
      explanations: {
        true: 'Wrong: node names are no longer literal measurements. Taking them at face value is how policy misreads capability.',
        false: 'Right: smaller numbers mean more advanced processes, but the number is a label, not a measurement.',
      },
    },
    {
      id: 'tda-not-this-course',
      type: 'single',
      prompt: 'The "Tech Diplomacy Academy" launched online on 30 April 2024 is\u2026',
      explanation: 'It is the Krach Institute for Tech Diplomacy\u2019s own programme, later adopted by the State Department; it is not this course.',
      options: [
        {
          id: 'krach',
          text: 'a programme of the Krach Institute for Tech Diplomacy at Purdue, later adopted by the State Department',
          correct: true,
          explanation: 'Right: an example of the pipeline running through an independent institute.',
        },
        {
          id: 'this-course',
          text: 'another name for this course, Silicon Statecraft',
          explanation: 'Wrong: Silicon Statecraft is a separate course with no connection to that programme.',
        },
        {
          id: 'fsi',
          text: 'the Foreign Service Institute\u2019s course created after Nate Fick\u2019s confirmation',
          explanation: 'Wrong: the FSI course is the State Department\u2019s own training; the Academy was launched by the Krach Institute.',
        },
        {
          id: 'danish',
          text: 'Denmark\u2019s TechPlomacy office in Silicon Valley',
          explanation: 'Wrong: TechPlomacy (2017) is Denmark\u2019s tech-ambassador initiative, not a training programme.',
        },
      ],
    },
  ],
});
