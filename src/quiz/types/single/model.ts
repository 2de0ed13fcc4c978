import { NO_ANSWER, type QuestionModel } from '../../questionModel';

export const singleChoice: QuestionModel<'single'> = {
  type: 'single',
  emptyAnswer: () => ({ type: 'single', optionId: null }),
  initialAnswer: () => ({ type: 'single', optionId: null }),
  isAnswered: (answer) => answer.optionId !== null,
  credit: (question, answer) =>
    question.options.some((option) => option.correct && option.id === answer.optionId) ? 1 : 0,
  answerCell: (answer) => answer.optionId ?? '',
  wrongChoices: (responses) =>
    responses.filter((response) => !response.correct).map(({ answer }) => answer.optionId ?? NO_ANSWER),
};
