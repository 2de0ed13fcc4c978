import type { QuestionModel } from '../../questionModel';

export const matching: QuestionModel<'matching'> = {
  type: 'matching',
  emptyAnswer: (question) => ({ type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, null])) }),
  initialAnswer: (question) => matching.emptyAnswer(question),
  isAnswered: (answer) => Object.values(answer.matches).some((match) => match !== null),
  /** Share of terms given their own match. */
  credit: (question, answer) =>
    question.pairs.filter((pair) => answer.matches[pair.id] === pair.id).length / question.pairs.length,
  answerCell: (answer) => Object.entries(answer.matches).map(([term, match]) => `${term} = ${match ?? ''}`).join('; '),
  wrongChoices: () => null,
};
