import { lintQuizzes, type LintedQuiz } from '@site/src/quiz/lint';
import type { Question, Quiz } from '@site/src/quiz/schema';

const single = (id: string, prompt: string, right: string, wrong: string[], extra: Partial<Question> = {}): Question => ({
  id,
  type: 'single',
  prompt,
  options: [{ id: 'right', text: right, correct: true }, ...wrong.map((text, index) => ({ id: `w${index}`, text }))],
  ...extra,
} as Question);

function quiz(id: string, questions: Question[], extra: Partial<Quiz> = {}, file = `docs/01-m/${id}.mdx`): LintedQuiz {
  return { lessonFile: file, quiz: { id, title: id, questions, ...extra } };
}

describe('the assessment lint', () => {
  it('flags a hint that contains a word only the right answer has, naming file, quiz and question', () => {
    const { errors } = lintQuizzes([
      quiz('fund', [single('fund-size', 'How large is the fund?', 'Half a billion dollars', ['A few millions'], { hint: 'Think of half a billion.' })]),
    ]);
    expect(errors).toEqual([expect.stringMatching(/^docs\/01-m\/fund\.mdx: quiz "fund", question "fund-size": the hint gives the answer away: it says "half", "billion"/)]);
  });

  it('accepts a hint that points at the topic without naming the answer', () => {
    const { errors } = lintQuizzes([
      quiz('first', [single('first-mover', 'Which country went first?', 'Australia', ['Canada', 'Japan'], { hint: 'Its guidance came out in August 2018.' })]),
    ]);
    expect(errors).toEqual([]);
  });

  it('flags a matching question with fewer than 3 pairs', () => {
    const matching = {
      id: 'pairs', type: 'matching' as const, prompt: 'Match them.',
      pairs: [{ id: 'a', term: 'Chiang', match: 'Purdue' }, { id: 'b', term: 'Munro', match: 'Bureau' }],
    };
    expect(lintQuizzes([quiz('m', [matching])]).errors).toEqual([expect.stringContaining('needs at least 3 pairs')]);
  });

  it('flags the same wrong option, or a rewording of it, in more than 2 quizzes', () => {
    const reuse = (id: string, prompt: string, right: string, wrong: string) => quiz(id, [single(`${id}-q`, prompt, right, [wrong])]);
    const { errors } = lintQuizzes([
      reuse('alpha', 'Which firm alone builds extreme ultraviolet lithography tools?', 'ASML in Veldhoven', 'Diplomats using social media to reach foreign publics'),
      reuse('beta', 'Where did Australia publish its August 2018 telecommunications guidance?', 'A joint ministerial statement', 'Diplomats using social media and data to reach foreign publics'),
      reuse('gamma', 'Which treaty opened for signature during 1968?', 'Non-Proliferation Treaty', 'diplomats using social media to reach foreign publics.'),
    ]);
    expect(errors).toEqual([expect.stringMatching(/^the wrong option ".*social media.*" appears.* in 3 quizzes/)]);
    expect(lintQuizzes([reuse('alpha', 'Which chip firm?', 'ASML', 'Social media'), reuse('beta', 'Which network rule?', 'Guidance', 'Social media')]).errors).toEqual([]);
  });

  it('flags two quizzes that ask the same question, but not one quiz asking related things', () => {
    const lesson = single('euv', 'Which company is the only maker of EUV lithography machines?', 'ASML', ['TSMC', 'Intel']);
    const copy = single('euv-final', 'Which company is the only maker of EUV lithography machines?', 'ASML', ['TSMC', 'Nvidia']);
    const { errors } = lintQuizzes([quiz('lesson', [lesson]), quiz('final', [copy], {}, 'docs/final-assessment.mdx')]);
    expect(errors).toEqual([expect.stringMatching(/quiz "lesson", question "euv" and .* quiz "final", question "euv-final" ask the same thing/)]);
  });

  it('flags a pool that holds less than 1.5 times what it draws', () => {
    const questions = Array.from({ length: 5 }, (_, i) => single(`q${i}`, `Distinct question number ${i} on topic ${i}?`, `Right ${i}`, [`Wrong ${i}`]));
    expect(lintQuizzes([quiz('small', questions, { draw: 4 })]).errors).toEqual([expect.stringContaining('draws 4 but holds 5')]);
    expect(lintQuizzes([quiz('ok', questions, { draw: 3 })]).errors).toEqual([]);
  });

  it('warns when the right option is usually the longest, or "false" is usually the answer, in a module', () => {
    const longest = Array.from({ length: 3 }, (_, i) => single(`l${i}`, `Long answer question ${i}?`, `A much longer right answer number ${i}`, [`No ${i}`, `Nope ${i}`]));
    const statements = Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, type: 'true-false' as const, prompt: `Statement ${i} here`, answer: i === 0 }));
    const { warnings, errors } = lintQuizzes([quiz('cues', [...longest, ...statements])]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      '01-m: the right option is the longest in 3 of 3 single-choice questions (100 %; at most 35 %)',
      '01-m: "false" is the answer of 3 of 4 true/false statements (75 %; keep it within 35 %–65 %)',
    ]);
  });

  it('does not judge a share over fewer than 3 questions: one true/false statement is not a pattern', () => {
    const statements = Array.from({ length: 2 }, (_, i) => ({ id: `s${i}`, type: 'true-false' as const, prompt: `Statement ${i} here`, answer: true }));
    const longest = Array.from({ length: 2 }, (_, i) => single(`l${i}`, `Long answer question ${i}?`, `A much longer right answer number ${i}`, [`No ${i}`]));
    expect(lintQuizzes([quiz('few', [...statements, ...longest])]).warnings).toEqual([]);
  });
});
