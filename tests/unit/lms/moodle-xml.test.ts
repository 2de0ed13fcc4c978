/**
 * The Moodle XML question bank: it parses, and reading it back as Moodle does gives every
 * question's prompt and right answers, with the ordering question as Moodle's ordering type.
 */
import { moodleXmlBank } from '@site/src/quiz/bank/moodleXml';
import type { BankEntry } from '@site/src/quiz/bank/bankEntries';
import { correctAnswers, courseBank } from '../../support/courseBank';

const children = (element: Element, name: string) => [...element.children].filter((child) => child.tagName === name);
const child = (element: Element, name: string) => children(element, name)[0];
/** Moodle's <text> holds HTML: its text content is what a learner reads. */
const html = (element: Element | undefined) => new DOMParser().parseFromString(element?.querySelector('text')?.textContent ?? '', 'text/html').body.textContent ?? '';
const plain = (element: Element | undefined) => element?.querySelector('text')?.textContent ?? '';
const fraction = (answer: Element) => Number(answer.getAttribute('fraction'));

/** Right answers as Moodle reads them from one <question>, in `correctAnswers`' form. */
function readBack(question: Element): unknown {
  const answers = children(question, 'answer');
  switch (question.getAttribute('type')) {
    case 'multichoice':
      return answers.filter((answer) => fraction(answer) > 0).map(plain).sort();
    case 'truefalse':
      return plain(answers.find((answer) => fraction(answer) === 100)) === 'true';
    case 'ordering':
      return [...answers].sort((a, b) => fraction(a) - fraction(b)).map(plain);
    case 'matching':
      return children(question, 'subquestion').map((sub) => [html(sub), plain(child(sub, 'answer'))]);
    case 'shortanswer':
      return { accept: answers.filter((answer) => fraction(answer) === 100).map(plain), number: null };
    case 'numerical': {
      const answer = answers[0]!;
      return { accept: [], number: { value: Number(plain(answer)), tolerance: Number(child(answer, 'tolerance')?.textContent) } };
    }
    default:
      return null;
  }
}

// jsdom (for DOMParser) lacks setImmediate, which the build's file globbing uses.
globalThis.setImmediate ??= ((callback: () => void) => setTimeout(callback, 0)) as unknown as typeof setImmediate;

let entries: BankEntry[];
let questions: Element[];

beforeAll(async () => {
  entries = await courseBank();
  const document = new DOMParser().parseFromString(moodleXmlBank(entries).content, 'application/xml');
  expect(document.querySelector('parsererror')).toBeNull();
  questions = [...document.querySelectorAll('quiz > question')].filter((question) => question.getAttribute('type') !== 'category');
});

describe('the Moodle XML question bank', () => {
  it('holds every question of the course, all six types', () => {
    expect(questions).toHaveLength(entries.length);
    expect(new Set(questions.map((question) => question.getAttribute('type')))).toEqual(
      new Set(['multichoice', 'truefalse', 'ordering', 'matching', 'shortanswer', 'numerical']),
    );
  });

  it('gives back every question\'s prompt and right answers', () => {
    const back = questions.map((question) => ({ id: child(question, 'idnumber')?.textContent, prompt: html(child(question, 'questiontext')), answers: readBack(question) }));
    expect(back).toEqual(entries.map(({ question }) => ({ id: question.id, prompt: question.prompt, answers: correctAnswers(question) })));
  });

  it('keeps explanations as general feedback, hints, and each module and page as a category', () => {
    const withHint = entries.findIndex(({ question }) => question.hint);
    expect(html(child(questions[withHint]!, 'hint'))).toBe(entries[withHint]!.question.hint);
    const explained = entries.findIndex(({ question }) => question.explanation);
    expect(html(child(questions[explained]!, 'generalfeedback'))).toContain(entries[explained]!.question.explanation);
    const xml = moodleXmlBank(entries).content;
    expect(xml).toContain('<category><text>$course$/top/Silicon Statecraft/Module 1: Foundations/What is tech diplomacy?');
  });

  it('scores "choose all that apply" as the course does: right options add, wrong ones take away', () => {
    const multiple = questions.find((question) => question.getAttribute('type') === 'multichoice' && child(question, 'single')?.textContent === 'false')!;
    const weights = children(multiple, 'answer').map(fraction);
    const right = weights.filter((weight) => weight > 0);
    expect(right.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(100, 3);
    for (const weight of weights.filter((weight) => weight < 0)) expect(weight).toBeCloseTo(-right[0]!, 5);
  });
});
