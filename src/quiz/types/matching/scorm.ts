import { codesOf, idsOf } from '../../scorm/codes';
import type { QuestionScorm } from '../../scorm/questionScorm';
import type { QuestionOf } from '../../schema';

const pairIds = (question: QuestionOf<'matching'>) => question.pairs.map((pair) => pair.id);

/** `a.b`: the term in position a was given the match of the pair in position b. */
function pairCode(question: QuestionOf<'matching'>, termId: string, matchId: string): string | null {
  const [term, match] = [codesOf([termId], pairIds(question))[0], codesOf([matchId], pairIds(question))[0]];
  return term && match ? `${term}.${match}` : null;
}

export const matchingScorm: QuestionScorm<'matching'> = {
  type: 'matching',
  interactionType: () => 'matching',
  correctPatterns: (question) => [question.pairs.map((pair) => pairCode(question, pair.id, pair.id)).join(',')],
  response: (question, answer) =>
    question.pairs
      .flatMap((pair) => {
        const match = answer.matches[pair.id];
        const code = match ? pairCode(question, pair.id, match) : null;
        return code ? [code] : [];
      })
      .join(',') || null,
  // One character per term, in the pairs' order: the chosen match's position, or "-" for none.
  encode: (question, answer) =>
    question.pairs.map((pair) => codesOf([answer.matches[pair.id] ?? ''], pairIds(question))[0] ?? '-').join(''),
  decode: (question, text) => ({
    type: 'matching',
    matches: Object.fromEntries(question.pairs.map((pair, index) => [pair.id, idsOf(text[index] ?? '', pairIds(question))[0] ?? null])),
  }),
};

