import { assertValidQuizzes, validateQuiz, validateQuizzes } from '@site/src/quiz/validate';
import { sampleQuiz } from './fixtures';

const FILE = 'docs/03-semiconductors/02-export-controls.mdx';

/** A deep copy of the sample quiz with one change applied. */
function broken(change: (quiz: any) => void): unknown {
  const quiz = JSON.parse(JSON.stringify(sampleQuiz));
  change(quiz);
  return quiz;
}

describe('validateQuiz', () => {
  it('accepts a valid quiz', () => {
    expect(validateQuiz({ lessonFile: FILE, data: sampleQuiz })).toEqual([]);
  });

  it.each([
    {
      kind: 'a single-choice question with two correct options',
      data: broken((q) => (q.questions[0].options[1].correct = true)),
      question: 'q-single',
      message: 'single-choice question has 2 correct options',
    },
    {
      kind: 'a choice question with no correct option',
      data: broken((q) => (q.questions[0].options[0].correct = false)),
      question: 'q-single',
      message: 'choice question has no correct option',
    },
    {
      kind: 'a multiple-choice question with no correct option',
      data: broken((q) => q.questions[1].options.forEach((o: any) => delete o.correct)),
      question: 'q-multiple',
      message: 'choice question has no correct option',
    },
    {
      kind: 'an ordering question with fewer than 3 items',
      data: broken((q) => q.questions[3].items.splice(2)),
      question: 'q-order',
      message: 'items: an ordering question needs at least 3 items',
    },
    {
      kind: 'a duplicate question id',
      data: broken((q) => (q.questions[2].id = 'q-single')),
      question: 'q-single',
      message: 'duplicate question id "q-single"',
    },
    {
      kind: 'a duplicate option id',
      data: broken((q) => (q.questions[0].options[2].id = 'uk')),
      question: 'q-single',
      message: 'options[2].id: duplicate option id "uk"',
    },
    {
      kind: 'a duplicate ordering item id',
      data: broken((q) => (q.questions[3].items[1].id = 'cern')),
      question: 'q-order',
      message: 'duplicate item id "cern"',
    },
    {
      kind: 'a duplicate matching pair id',
      data: broken((q) => (q.questions[4].pairs[1].id = 'foundry')),
      question: 'q-match',
      message: 'duplicate pair id "foundry"',
    },
    {
      kind: 'an empty prompt',
      data: broken((q) => (q.questions[2].prompt = '   ')),
      question: 'q-tf',
      message: 'prompt: must not be empty',
    },
    {
      kind: 'an unknown field',
      data: broken((q) => (q.questions[1].feedback = 'Well done')),
      question: 'q-multiple',
      message: 'feedback',
    },
    {
      kind: 'a short-answer question with neither accept nor number',
      data: broken((q) => {
        delete q.questions[5].accept;
        delete q.questions[5].number;
      }),
      question: 'q-short',
      message: 'short-answer question needs `accept` or `number`',
    },
  ])('reports $kind, naming the file, quiz and question', ({ data, question, message }) => {
    const errors = validateQuiz({ lessonFile: FILE, data });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${FILE}: quiz "sample-quiz", question "${question}": `);
    expect(errors[0]).toContain(message);
  });

  it('reports an unknown field on the quiz itself without a question', () => {
    const errors = validateQuiz({ lessonFile: FILE, data: { ...sampleQuiz, colour: 'blue' } });
    expect(errors).toEqual([expect.stringMatching(/^docs\/03-semiconductors\/02-export-controls\.mdx: quiz "sample-quiz": .*colour/)]);
  });

  it('collects every problem in a quiz, not just the first', () => {
    const data = broken((q) => {
      q.questions[0].options[1].correct = true;
      q.questions[2].prompt = '';
      q.questions[4].id = 'q-match';
      q.questions[5].id = 'q-match';
    });
    expect(validateQuiz({ lessonFile: FILE, data })).toHaveLength(3);
  });
});

describe('validateQuizzes', () => {
  it('reports a quiz id used by two lessons, naming both files', () => {
    const errors = validateQuizzes([
      { lessonFile: 'docs/a.mdx', data: sampleQuiz },
      { lessonFile: 'docs/b.mdx', data: sampleQuiz },
    ]);
    expect(errors).toEqual(['docs/b.mdx: quiz "sample-quiz": duplicate quiz id, already used in docs/a.mdx']);
  });

  it('throws one error listing all problems across quizzes', () => {
    const sources = [
      { lessonFile: 'docs/a.mdx', data: broken((q) => (q.questions[0].options[1].correct = true)) },
      { lessonFile: 'docs/b.mdx', data: broken((q) => { q.id = 'other'; q.questions[2].prompt = ''; }) },
    ];
    expect(() => assertValidQuizzes(sources)).toThrow(/2 quiz problems found:\n {2}- docs\/a\.mdx: .*\n {2}- docs\/b\.mdx: quiz "other", question "q-tf"/);
  });
});

describe('pools, modes and sources', () => {
  const file = 'docs/03-x/02-y.mdx';

  it('rejects a draw larger than the pool, and sections that do not add up', () => {
    expect(validateQuiz({ lessonFile: file, data: { ...sampleQuiz, draw: 9 } })).toEqual([
      `${file}: quiz "sample-quiz": draw: asks 9 questions but holds 6`,
    ]);
    const sectioned = broken((q) => {
      q.draw = { chips: 1, networks: 1 };
      q.questions.forEach((question: { section?: string }, index: number) => { if (index > 0) question.section = 'chips'; });
    });
    expect(validateQuiz({ lessonFile: file, data: sectioned })).toEqual([
      `${file}: quiz "sample-quiz": draw: section "networks" asks 1 questions but holds 0`,
      `${file}: quiz "sample-quiz", question "q-single": has no \`section\`, but the quiz draws per section`,
    ]);
  });

  it('requires a checkpoint or the final assessment to choose its mode', () => {
    expect(validateQuiz({ lessonFile: 'docs/03-x/checkpoint.mdx', data: sampleQuiz })).toEqual([
      'docs/03-x/checkpoint.mdx: quiz "sample-quiz": a checkpoint or final assessment must set `mode` (\'exam\', or \'practice\' to opt out)',
    ]);
    expect(validateQuiz({ lessonFile: 'docs/final-assessment.mdx', data: { ...sampleQuiz, mode: 'exam' } })).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])('rejects a source link %p', (url) => {
    const data = broken((q) => (q.questions[0].source = { title: 'Evil', url }));
    expect(validateQuiz({ lessonFile: file, data })).toEqual([
      `${file}: quiz "sample-quiz", question "q-single": source.url: must be an http(s) URL`,
    ]);
  });
});
