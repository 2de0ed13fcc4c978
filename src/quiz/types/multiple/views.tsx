import { shuffleKeepingPinned } from '@site/src/lib/shuffle';
import ChoiceList from '../ChoiceList';
import ChoiceReview from '../ChoiceReview';
import type { QuestionViews } from '../views';

export const multipleChoiceViews: QuestionViews<'multiple'> = {
  type: 'multiple',
  Input({ question, answer, onAnswer, name, seed }) {
    const options = seed === null ? question.options : shuffleKeepingPinned(question.options, `${seed}:${question.id}`, (option) => option.pinned === true);
    const toggle = (id: string, isChecked: boolean) => {
      const others = answer.optionIds.filter((chosen) => chosen !== id);
      onAnswer({ type: 'multiple', optionIds: isChecked ? [...others, id] : others });
    };
    return (
      <ChoiceList
        kind="checkbox"
        name={name}
        choices={options.map((option) => ({ value: option.id, label: option.text, isChecked: answer.optionIds.includes(option.id) }))}
        onChange={toggle}
      />
    );
  },
  Review: ({ question, answer }) => <ChoiceReview options={question.options} chosen={answer.optionIds} />,
  explainChoices: (question, answer) =>
    question.options
      .filter((option) => answer.optionIds.includes(option.id) && option.explanation)
      .map((option) => ({ id: option.id, label: option.text, text: option.explanation! })),
};
