import { escapeGift } from '../../export/gift';
import { idFromText } from '../../export/ids';
import { escapeXml } from '../../export/markup';
import { moodleHtml } from '../../export/moodle';
import type { QuestionExporters } from '../../export/questionExporters';
import { mattext, responseLabel, setScore } from '../../export/qti';

// gift-pegjs leaves escaped characters of a match's right-hand side as Moodle's placeholders.
const PLACEHOLDERS: Record<string, string> = { '092': '\\', '058': ':', '035': '#', '061': '=', '123': '{', '125': '}', '126': '~' };
const decodePlaceholders = (text: string) => text.replace(/&&(\d{3});/g, (whole, code: string) => PLACEHOLDERS[code] ?? whole);

export const matchingExporters: QuestionExporters<'matching'> = {
  type: 'matching',
  moodle: (question) => ({
    qtype: 'matching',
    elements:
      '<shuffleanswers>true</shuffleanswers>' +
      question.pairs
        .map((pair) => `${moodleHtml('subquestion', [pair.term]).replace('</subquestion>', '')}<answer><text>${escapeXml(pair.match)}</text></answer></subquestion>`)
        .join(''),
    // Moodle's matching question has no feedback per pair.
    extraFeedback: question.pairs.flatMap((pair) => (pair.explanation ? [`${pair.term}: ${pair.explanation}`] : [])),
    notes: question.pairs.length < 3 ? ['Moodle\'s question editor asks for at least three pairs before it saves an edit of this question'] : [],
  }),
  gift(question) {
    if (question.pairs.some((pair) => pair.term.includes('->') || pair.match.includes('->'))) {
      return { carried: false, reason: 'a term or match contains "->", which GIFT cannot escape' };
    }
    return {
      carried: true,
      answers: question.pairs.map((pair) => `\n=${escapeGift(pair.term)} -> ${escapeGift(pair.match)}`).join('') + '\n',
      notes: question.pairs.some((pair) => pair.explanation) ? ['the explanations of single pairs (GIFT has no feedback per pair)'] : [],
    };
  },
  readsGift: (gift) => gift.type === 'Matching',
  fromGift(gift) {
    if (gift.type !== 'Matching') throw new Error('not a matching question');
    const taken = new Set<string>();
    return {
      type: 'matching',
      pairs: gift.matchPairs.map((pair) => ({
        id: idFromText(pair.subquestion.text, taken),
        term: pair.subquestion.text,
        match: decodePlaceholders(pair.subanswer),
      })),
    };
  },
  qti(question) {
    const labels = [...question.pairs]
      .sort((a, b) => a.match.localeCompare(b.match, 'en'))
      .map((pair) => responseLabel(pair.id, pair.match))
      .join('');
    return {
      canvasType: 'matching_question',
      presentation: question.pairs
        .map((pair) => `<response_lid ident="response_${pair.id}">${mattext(pair.term)}<render_choice>${labels}</render_choice></response_lid>`)
        .join(''),
      conditions: question.pairs
        .map(
          (pair) =>
            `<respcondition><conditionvar><varequal respident="response_${pair.id}">${pair.id}</varequal></conditionvar>${setScore((100 / question.pairs.length).toFixed(2), 'Add')}</respcondition>`,
        )
        .join(''),
      feedback: '',
      notes: question.pairs.some((pair) => pair.explanation) ? ['the explanations of single pairs (Canvas matching has no feedback per pair)'] : [],
    };
  },
};
