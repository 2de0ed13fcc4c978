import type { Question, Quiz } from '@site/src/quiz/schema';
import { quizContentHash } from '@site/src/quiz/contentHash';
import { DEFAULT_PASS_MARK, scoreQuestion, scoreQuiz } from '@site/src/quiz/scoring';
import { orderingShare } from '@site/src/quiz/types/ordering/model';
import { normaliseAnswerText, parseNumber } from '@site/src/quiz/types/short-answer/text';
import { shuffle, shuffleAwayFromOriginal } from '@site/src/lib/shuffle';
import type { Answer } from '@site/src/quiz/attempt';
import { sampleQuiz } from './fixtures';

function question<T extends Question['type']>(type: T): Extract<Question, { type: T }> {
  return sampleQuiz.questions.find((q) => q.type === type) as Extract<Question, { type: T }>;
}

describe('scoreQuestion', () => {
  describe('single choice (all or nothing)', () => {
    it.each([
      ['the right option', 'australia', 1, true],
      ['a wrong option', 'uk', 0, false],
      ['no option', null, 0, false],
    ])('scores %s', (_, optionId, points, correct) => {
      const result = scoreQuestion(question('single'), { type: 'single', optionId });
      expect(result).toMatchObject({ questionId: 'q-single', points, maxPoints: 1, correct });
    });
  });

  describe('multiple choice (right minus wrong, never below zero)', () => {
    it.each([
      ['both right answers', ['tsmc', 'nvidia'], 2, true],
      ['one of two right answers', ['tsmc'], 1, false],
      ['one right and one wrong answer', ['tsmc', 'asml'], 0, false],
      ['both right and one wrong answer', ['tsmc', 'nvidia', 'asml'], 1, false],
      ['only a wrong answer (floored at zero)', ['asml'], 0, false],
      ['nothing', [], 0, false],
    ])('gives the right credit for %s', (_, optionIds, points, correct) => {
      const result = scoreQuestion(question('multiple'), { type: 'multiple', optionIds });
      expect(result).toMatchObject({ points, maxPoints: 2, correct });
    });

    it('ignores an option chosen twice', () => {
      expect(scoreQuestion(question('multiple'), { type: 'multiple', optionIds: ['tsmc', 'tsmc'] }).points).toBe(1);
    });
  });

  describe('true/false (all or nothing)', () => {
    it.each([
      [false, 1],
      [true, 0],
      [null, 0],
    ])('answer %s scores %d', (value, points) => {
      expect(scoreQuestion(question('true-false'), { type: 'true-false', value }).points).toBe(points);
    });
  });

  describe('ordering (longest run in correct relative order)', () => {
    it.each([
      ['the correct order', ['cern', 'antarctic', 'npt', 'paris'], 1, true],
      ['one item moved out of place', ['antarctic', 'npt', 'paris', 'cern'], 0.75, false],
      ['two adjacent pairs swapped', ['antarctic', 'cern', 'paris', 'npt'], 0.5, false],
      ['the reverse order (a run of one earns nothing)', ['paris', 'npt', 'antarctic', 'cern'], 0, false],
      ['a missing item', ['cern', 'antarctic', 'npt'], 0.75, false],
      ['no items', [], 0, false],
    ])('gives the right credit for %s', (_, itemIds, points, correct) => {
      expect(scoreQuestion(question('ordering'), { type: 'ordering', itemIds })).toMatchObject({ points, correct });
    });

    it('ignores unknown and repeated ids', () => {
      expect(orderingShare(['a', 'b', 'c'], ['a', 'x', 'a', 'b', 'c'])).toBe(1);
    });
  });

  describe('matching (share of correct pairs)', () => {
    it.each([
      ['both pairs right', { foundry: 'foundry', fabless: 'fabless' }, 1, true],
      ['one pair right', { foundry: 'foundry', fabless: null }, 0.5, false],
      ['the pairs swapped', { foundry: 'fabless', fabless: 'foundry' }, 0, false],
      ['nothing chosen', {}, 0, false],
    ])('gives the right credit for %s', (_, matches, points, correct) => {
      expect(scoreQuestion(question('matching'), { type: 'matching', matches })).toMatchObject({ points, correct });
    });
  });

  describe('short answer', () => {
    it.each([
      ['92', true],
      ['92%', true],
      ['92 %', true],
      ['91', true],
      ['93.0', true],
      ['90', false],
      ['92 km', false],
      ['Ninety-Two Percent', true],
      ['ninety two percent!', true],
      ['ninety\u2013two \u201cpercent\u201d', true],
      ['', false],
      ['lots', false],
    ])('"%s" is right: %s', (text, correct) => {
      expect(scoreQuestion(question('short-answer'), { type: 'short-answer', text }).correct).toBe(correct);
    });

    it('reads thousands separators, decimal commas and a Unicode minus', () => {
      expect(parseNumber('1,000,000')).toBe(1_000_000);
      expect(parseNumber('52,7')).toBe(52.7);
      expect(parseNumber('\u22123.5')).toBe(-3.5);
      expect(parseNumber('12 apples')).toBeNull();
      expect(parseNumber('€43 bn', 'bn')).toBeNull();
      expect(parseNumber('43 bn', 'bn')).toBe(43);
    });

    it('normalises case, spacing, punctuation, accents, quotes and dashes', () => {
      expect(normaliseAnswerText('  Friend\u2011Shoring ')).toBe(normaliseAnswerText('friend shoring'));
      expect(normaliseAnswerText('U.S.')).toBe(normaliseAnswerText('us'));
      expect(normaliseAnswerText('Malmö')).toBe('malmo');
      expect(normaliseAnswerText('it\u2019s')).toBe(normaliseAnswerText("it's"));
    });
  });

  it('gives nothing for an answer of the wrong type', () => {
    const answer: Answer = { type: 'true-false', value: true };
    expect(scoreQuestion(question('single'), answer).points).toBe(0);
  });
});

describe('scoreQuiz', () => {
  const right: Record<string, Answer> = {
    'q-single': { type: 'single', optionId: 'australia' },
    'q-multiple': { type: 'multiple', optionIds: ['tsmc', 'nvidia'] },
    'q-tf': { type: 'true-false', value: false },
    'q-order': { type: 'ordering', itemIds: ['cern', 'antarctic', 'npt', 'paris'] },
    'q-match': { type: 'matching', matches: { foundry: 'foundry', fabless: 'fabless' } },
    'q-short': { type: 'short-answer', text: '92' },
  };

  it('adds points, computes the percent and passes a full score', () => {
    expect(scoreQuiz(sampleQuiz, right)).toMatchObject({ points: 7, maxPoints: 7, percent: 100, passed: true });
  });

  it(`fails below the default pass mark of ${DEFAULT_PASS_MARK}%`, () => {
    const score = scoreQuiz(sampleQuiz, { ...right, 'q-multiple': { type: 'multiple', optionIds: [] }, 'q-tf': { type: 'true-false', value: true } });
    expect(score).toMatchObject({ points: 4, maxPoints: 7, percent: 57, passed: false });
  });

  it('passes exactly at the pass mark', () => {
    const quiz: Quiz = { id: 'ten', title: 'Ten', questions: [
      { id: 'a', type: 'true-false', prompt: 'A', answer: true, points: 7 },
      { id: 'b', type: 'true-false', prompt: 'B', answer: true, points: 3 },
    ] };
    expect(scoreQuiz(quiz, { a: { type: 'true-false', value: true } })).toMatchObject({ percent: 70, passed: true });
  });

  it("uses the quiz's own pass mark", () => {
    const quiz: Quiz = { ...sampleQuiz, passMark: 50 };
    const score = scoreQuiz(quiz, { 'q-multiple': right['q-multiple'], 'q-tf': right['q-tf'], 'q-single': right['q-single'] });
    expect(score.points / score.maxPoints).toBeLessThan(0.7);
    expect(score).toMatchObject({ points: 4, passed: true });
  });

  it('scores unanswered questions as zero', () => {
    expect(scoreQuiz(sampleQuiz, {})).toMatchObject({ points: 0, percent: 0, passed: false });
  });

  it('keeps partial points to two decimals', () => {
    const quiz: Quiz = { id: 'thirds', title: 'Thirds', questions: [{ id: 'q', type: 'matching', prompt: 'Match', pairs: [
      { id: 'a', term: 'A', match: '1' }, { id: 'b', term: 'B', match: '2' }, { id: 'c', term: 'C', match: '3' },
    ] }] };
    expect(scoreQuiz(quiz, { q: { type: 'matching', matches: { a: 'a' } } }).points).toBe(0.33);
  });
});

describe('shuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('gives the same order for the same seed and keeps every item', () => {
    expect(shuffle(items, 'seed-1')).toEqual(shuffle(items, 'seed-1'));
    expect([...shuffle(items, 'seed-1')].sort()).toEqual(items);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['s1', 's2', 's3', 's4', 's5'].map((seed) => shuffle(items, seed).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never leaves an ordering question in its correct order', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(shuffleAwayFromOriginal(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
    }
  });
});

describe('quizContentHash', () => {
  it('is stable and independent of key order', () => {
    const reordered = { questions: sampleQuiz.questions, shuffle: sampleQuiz.shuffle, title: sampleQuiz.title, id: sampleQuiz.id } as Quiz;
    expect(quizContentHash(sampleQuiz)).toMatch(/^[0-9a-f]{8}$/);
    expect(quizContentHash(reordered)).toBe(quizContentHash(sampleQuiz));
  });

  it('changes when the content changes', () => {
    expect(quizContentHash({ ...sampleQuiz, title: 'Another title' })).not.toBe(quizContentHash(sampleQuiz));
  });
});

describe('numbers as people write them', () => {
  it.each([
    ['52.7', 52.7],
    ['52.7 billion', 52.7],
    ['$52.7bn', 52.7],
    ['$52.7 billion', 52.7],
    ['52,700 million', 52.7],
    ['US$52.7 billion', 52.7],
    ['USD 52.7 bn', 52.7],
    ['52.7 million', 0.0527],
    ['0.0527 trillion', 52.7],
    ['€52.7bn', null],
    ['52.7 billion apples', null],
    ['52.7 billion million', null],
  ])('reads %p in billion USD as %p', (text, value) => {
    const read = parseNumber(text, 'billion USD');
    if (value === null) expect(read).toBeNull();
    else expect(read).toBeCloseTo(value, 9);
  });

  it.each([
    ['500 million', 'million USD', 500],
    ['$500m', 'million USD', 500],
    ['0.5 billion', 'million USD', 500],
    ['1.9 billion', 'billion subscriptions', 1.9],
    ['1,900 million subscriptions', 'billion subscriptions', 1.9],
    ['6.3 billion', 'billion USD', 6.3],
    ['92 %', '%', 92],
    ['92 per cent', '%', 92],
    ['92 percent', 'per cent', 92],
    ['27 countries', 'countries', 27],
    ['1 country', 'countries', 1],
    ['27 member states', 'countries', null],
  ])('reads %p in %p as %p', (text, unit, value) => {
    expect(parseNumber(text, unit)).toBe(value);
  });

  it('marks a number with the wrong scale wrong and the right one in any usual form right', () => {
    const question = {
      id: 'chips-fund', type: 'short-answer' as const, prompt: 'How much?', number: { value: 52.7, tolerance: 0.1 }, unit: 'billion USD',
    };
    for (const text of ['52.7', '52.7 billion', '$52.7bn', '52,700 million', 'US$52.7 billion']) {
      expect(scoreQuestion(question, { type: 'short-answer', text }).correct).toBe(true);
    }
    expect(scoreQuestion(question, { type: 'short-answer', text: '52.7 million' }).correct).toBe(false);
  });
});

describe('short answers with an article', () => {
  it.each([['the 3GPP'], ['The 3GPP'], ['a 3GPP'], ['3GPP']])('accepts %p for "3GPP"', (text) => {
    const question = { id: 'sdo', type: 'short-answer' as const, prompt: 'Which body?', accept: ['3GPP'] };
    expect(scoreQuestion(question, { type: 'short-answer', text }).correct).toBe(true);
  });

  it('does not drop a word that only starts like an article', () => {
    expect(normaliseAnswerText('Theresa')).toBe('theresa');
    expect(normaliseAnswerText('Another')).toBe('another');
  });
});
