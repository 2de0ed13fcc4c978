import { shuffleKeepingPinned } from '@site/src/lib/shuffle';
import ChoiceList from '../ChoiceList';
import ChoiceReview from '../ChoiceReview';
import type { QuestionViews } from '../views';

export const singleChoiceViews: QuestionViews<'single'> = {
  type: 'single',
  Input({ question, answer, onAnswer, name, seed }) {
    const options = seed === null ? question.options : shuffleKeepingPinned(question.options, `${seed}:${question.id}`, (option) => option.pinned === true);
    return (
      <ChoiceList
        kind="radio"
        name={name}
        choices={options.map((option) => ({ value: option.id, label: option.text, isChecked: answer.optionId === option.id }))}
        onChange={(optionId) => onAnswer({ type: 'single', optionId })}
      />
    );
  },
  Review: ({ question, answer }) => <ChoiceReview options={question.options} chosen={answer.optionId === null ? [] : [answer.optionId]} />,
  explainChoices: (question, answer) =>
    question.options
      .filter((option) => option.id === answer.optionId && option.explanation)
      .map((option) => ({ id: option.id, label: option.text, text: option.explanation! })),
};
