import { moodleAnswer } from '../../export/moodle';
import type { QuestionExporters } from '../../export/questionExporters';
import { mattext, responseLabel, setScore } from '../../export/qti';

/** Choices listed alphabetically, so that the list a learner picks from never gives the order away. */
const byText = <T extends { text: string }>(items: readonly T[]) => [...items].sort((a, b) => a.text.localeCompare(b.text, 'en'));

export const orderingExporters: QuestionExporters<'ordering'> = {
  type: 'ordering',
  // Moodle's ordering question (qtype_ordering, core since Moodle 4.3): answers in the correct
  // order, each answer's "fraction" its position; "longest ordered subset" is the course's own rule.
  moodle: (question) => ({
    qtype: 'ordering',
    elements: [
      '<layouttype>VERTICAL</layouttype>',
      '<selecttype>ALL</selecttype>',
      '<selectcount>0</selectcount>',
      '<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>',
      '<showgrading>SHOW</showgrading>',
      '<numberingstyle>none</numberingstyle>',
      ...question.items.map((item, index) => moodleAnswer(index + 1, item.text, item.explanation)),
    ].join(''),
    extraFeedback: [],
    notes: [],
  }),
  gift: () => ({
    carried: false,
    reason: 'GIFT has no ordering question (the ordering plugin\'s own GIFT syntax is not read by other GIFT importers); use the Moodle XML file.',
  }),
  readsGift: () => false,
  fromGift: () => {
    throw new Error('GIFT has no ordering question');
  },
  // As Canvas converts an ordering question: a matching question from the positions 1…n to the items.
  qti(question) {
    const count = question.items.length;
    const labels = byText(question.items).map((item) => responseLabel(item.id, item.text)).join('');
    return {
      canvasType: 'matching_question',
      presentation: question.items
        .map((_item, index) => `<response_lid ident="response_position_${index + 1}">${mattext(String(index + 1))}<render_choice>${labels}</render_choice></response_lid>`)
        .join(''),
      conditions: question.items
        .map(
          (item, index) =>
            `<respcondition><conditionvar><varequal respident="response_position_${index + 1}">${item.id}</varequal></conditionvar>${setScore((100 / count).toFixed(2), 'Add')}</respcondition>`,
        )
        .join(''),
      feedback: '',
      notes: [
        `carried as matching to positions 1…${count}, as Canvas converts ordering questions; Canvas credits each item in its right position, not the longest run in order`,
      ],
    };
  },
};
