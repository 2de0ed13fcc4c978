/**
 * @jest-environment node
 */
/*
 * GIFT both ways: the question bank's GIFT file parses back, with the reader the GIFT import
 * uses, to the same right answers; what GIFT cannot carry is listed; and a quiz written in GIFT
 * fails with the file and line of its mistake.
 */
import { giftBank } from '@site/src/quiz/bank/giftBank';
import type { BankEntry } from '@site/src/quiz/bank/bankEntries';
import { readGiftQuiz } from '@site/src/quiz/gift/readGiftQuiz';
import { validateQuiz } from '@site/src/quiz/validate';
import { correctAnswers, courseBank } from '../../support/courseBank';

let entries: BankEntry[];

beforeAll(async () => {
  entries = await courseBank();
});

describe('the GIFT question bank', () => {
  it('parses back to the same questions and right answers, except those it lists as not carried', () => {
    const bank = giftBank(entries);
    const notCarried = new Set(bank.notCarried.map((note) => `${note.quizId}/${note.questionId}`));
    const carried = entries.filter((entry) => !notCarried.has(`${entry.quiz.id}/${entry.question.id}`));
    const back = readGiftQuiz(bank.content, 'question-bank.gift.txt').data.questions as Array<Record<string, unknown> & { type: never }>;
    expect(back.map((question) => ({ id: question.id, prompt: question.prompt, answers: correctAnswers(question) }))).toEqual(
      carried.map(({ question }) => ({ id: question.id, prompt: question.prompt, answers: correctAnswers(question) })),
    );
  });

  it('lists every question it leaves out, with the reason, at the top of the file', () => {
    const bank = giftBank(entries);
    expect(bank.notCarried.length).toBeGreaterThan(0);
    for (const note of bank.notCarried) expect(bank.content).toContain(`//   ${note.quizId} / ${note.questionId}: ${note.text}`);
    expect(bank.content).toContain('$CATEGORY: $course$/top/Silicon Statecraft/Module 1: Foundations/What is tech diplomacy?');
  });
});

describe('a quiz written in GIFT', () => {
  const header = '// quiz id: gift-test\n// quiz title: A GIFT quiz\n\n';

  it('reads every type GIFT has into the course\'s quiz data, which validates', () => {
    const { data } = readGiftQuiz(
      `${header}::capital::Which city is the capital of Denmark? {=Copenhagen #Right. ~Aarhus #No.\n####Copenhagen.}\n\n` +
        '::all::Which are Nordic countries? {~%50%Denmark ~%50%Norway ~%-50%Spain}\n\n' +
        '::tf::Denmark named a tech ambassador in 2017. {TRUE#It did.#Right.}\n\n' +
        '::pairs::Match. {=Denmark -> Copenhagen =Norway -> Oslo}\n\n' +
        '::year::In which year? {#2017:0}\n\n::name::Which country? {=Denmark =Kingdom of Denmark}\n',
      'docs/x.quiz.gift',
    );
    expect(validateQuiz({ lessonFile: 'docs/x.mdx', data })).toEqual([]);
    expect(data).toMatchObject({
      id: 'gift-test',
      questions: [
        { id: 'capital', explanation: 'Copenhagen.', options: [{ text: 'Copenhagen', correct: true, explanation: 'Right.' }, { text: 'Aarhus', explanation: 'No.' }] },
        { id: 'all', options: [{ text: 'Denmark', correct: true }, { text: 'Norway', correct: true }, { text: 'Spain' }] },
        { id: 'tf', answer: true, explanations: { true: 'Right.', false: 'It did.' } },
        { id: 'pairs', pairs: [{ term: 'Denmark', match: 'Copenhagen' }, { term: 'Norway', match: 'Oslo' }] },
        { id: 'year', number: { value: 2017, tolerance: 0 } },
        { id: 'name', accept: ['Denmark', 'Kingdom of Denmark'] },
      ],
    });
  });

  it('reads the quiz\'s mode and draw, and each question\'s level and pool section from its tags', () => {
    const { data } = readGiftQuiz(
      '// quiz id: pooled\n// quiz title: Pooled\n// quiz mode: exam\n// quiz draw: chips 1, networks 1\n\n' +
        '// [tag:level-recall]\n// [tag:section-chips]\n::a::Chips? {T}\n\n// [tag:section-networks]\n::b::Networks? {F}\n',
      'docs/x.quiz.gift',
    );
    expect(data).toMatchObject({ mode: 'exam', draw: { chips: 1, networks: 1 }, questions: [{ id: 'a', level: 'recall', section: 'chips' }, { id: 'b', section: 'networks' }] });
  });

  it('names the file and line of a syntax error', () => {
    expect(() => readGiftQuiz(`${header}::ok::Fine? {T}\n\n::broken::Unclosed {=yes ~no\n`, 'docs/x.quiz.gift')).toThrow(/^docs\/x\.quiz\.gift:6: /);
  });

  it('names the file and line of a question without an id, and of an unknown quiz field', () => {
    expect(() => readGiftQuiz(`${header}Fine? {T}\n`, 'docs/x.quiz.gift')).toThrow('docs/x.quiz.gift:4: the question has no id');
    expect(() => readGiftQuiz('// quiz colour: red\n', 'docs/x.quiz.gift')).toThrow('docs/x.quiz.gift:1: unknown quiz field "colour"');
  });

  it('has its validation errors located at the question\'s line', () => {
    const source = readGiftQuiz(`${header}::ok::Fine? {T}\n\n::Not Kebab::Which? {=a ~b}\n`, 'docs/x.quiz.gift');
    const errors = validateQuiz({
      lessonFile: 'docs/x.mdx',
      data: source.data,
      questionLocations: source.questionLines.map((line) => `docs/x.quiz.gift:${line}`),
    });
    expect(errors).toEqual([expect.stringContaining('docs/x.mdx: quiz "gift-test", question "Not Kebab" (docs/x.quiz.gift:6): id: must be kebab-case')]);
  });
});
