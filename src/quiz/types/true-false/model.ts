import { NO_ANSWER, type QuestionModel } from '../../questionModel';

export const trueFalse: QuestionModel<'true-false'> = {
  type: 'true-false',
  emptyAnswer: () => ({ type: 'true-false', value: null }),
  initialAnswer: () => ({ type: 'true-false', value: null }),
  isAnswered: (answer) => answer.value !== null,
  credit: (question, answer) => (answer.value === question.answer ? 1 : 0),
  answerCell: (answer) => (answer.value === null ? '' : String(answer.value)),
  wrongChoices: (responses) =>
    responses.filter((response) => !response.correct).map(({ answer }) => (answer.value === null ? NO_ANSWER : String(answer.value))),
};
