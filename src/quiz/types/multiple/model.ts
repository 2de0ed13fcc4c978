import type { QuestionModel } from '../../questionModel';

export const multipleChoice: QuestionModel<'multiple'> = {
  type: 'multiple',
  emptyAnswer: () => ({ type: 'multiple', optionIds: [] }),
  initialAnswer: () => ({ type: 'multiple', optionIds: [] }),
  isAnswered: (answer) => answer.optionIds.length > 0,
  /** (right options chosen − wrong options chosen) ÷ right options, never below 0. */
  credit(question, answer) {
    const chosen = new Set(answer.optionIds);
    const right = question.options.filter((option) => option.correct);
    const rightChosen = right.filter((option) => chosen.has(option.id)).length;
    const wrongChosen = question.options.filter((option) => !option.correct && chosen.has(option.id)).length;
    return right.length === 0 ? 0 : Math.max(0, (rightChosen - wrongChosen) / right.length);
  },
  answerCell: (answer) => answer.optionIds.join(' | '),
  /**
   * The right set is learnt from any fully correct response; each option outside it counts once
   * per response that picked it. With no correct response to learn from, every option picked in
   * a wrong response counts.
   */
  wrongChoices(responses) {
    const key = responses.find((response) => response.correct);
    const keySet = new Set(key?.answer.optionIds ?? []);
    const pool = key ? responses : responses.filter((response) => !response.correct);
    return pool.flatMap(({ answer }) => answer.optionIds.filter((id) => !keySet.has(id)));
  },
};
