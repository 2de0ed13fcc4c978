import type { Quiz } from '@site/src/quiz/schema';

/** A small quiz with one question of each type, used by the model and view tests. */
export const sampleQuiz = {
  id: 'sample-quiz',
  title: 'Sample quiz',
  // The component tests address questions and options by position.
  shuffle: false,
  questions: [
    {
      id: 'q-single',
      type: 'single',
      prompt: 'Which country first barred high-risk vendors from its 5G networks?',
      hint: 'Think of August 2018.',
      explanation: 'Australia issued its guidance on 23 August 2018.',
      source: { title: 'Australian Government', url: 'https://example.org/5g' },
      options: [
        { id: 'australia', text: 'Australia', correct: true, explanation: 'Its 2018 guidance came first.' },
        { id: 'uk', text: 'The United Kingdom', explanation: 'The UK decided in July 2020.' },
        { id: 'us', text: 'The United States', explanation: 'The US used other tools.' },
      ],
    },
    {
      id: 'q-multiple',
      type: 'multiple',
      prompt: 'Which of these are foundries or fabless firms?',
      points: 2,
      options: [
        { id: 'tsmc', text: 'TSMC', correct: true, explanation: 'A pure-play foundry.' },
        { id: 'nvidia', text: 'Nvidia', correct: true, explanation: 'A fabless designer.' },
        { id: 'asml', text: 'ASML', explanation: 'ASML makes lithography machines.' },
      ],
    },
    {
      id: 'q-tf',
      type: 'true-false',
      prompt: 'The Wassenaar Arrangement is a binding treaty.',
      answer: false,
      explanations: { true: 'It is voluntary.', false: 'Right: it is a voluntary arrangement.' },
    },
    {
      id: 'q-order',
      type: 'ordering',
      prompt: 'Put these events in order, earliest first.',
      items: [
        { id: 'cern', text: 'CERN founded' },
        { id: 'antarctic', text: 'Antarctic Treaty signed' },
        { id: 'npt', text: 'NPT opened for signature' },
        { id: 'paris', text: 'Paris Agreement adopted' },
      ],
    },
    {
      id: 'q-match',
      type: 'matching',
      prompt: 'Match each term with its meaning.',
      pairs: [
        { id: 'foundry', term: 'Foundry', match: 'Makes chips designed by others' },
        { id: 'fabless', term: 'Fabless', match: 'Designs chips but outsources making them' },
      ],
    },
    {
      id: 'q-short',
      type: 'short-answer',
      prompt: 'What share of logic wafer capacity below 10 nm did Taiwan hold in 2019?',
      number: { value: 92, tolerance: 1 },
      unit: '%',
      accept: ['ninety-two percent'],
    },
  ],
} satisfies Quiz;
