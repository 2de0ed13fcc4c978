import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'what-next',
  title: 'What next?',
  draw: 6,
  questions: [
    {
      id: 'chiang-triad',
      type: 'single',
      level: 'recall',
      prompt: 'Chiang writes "It is time for" three things on tech diplomacy. Which three?',
      explanation: 'Chiang calls for "a clear mission, enduring strategies and effective actions on tech diplomacy".',
      options: [
        {
          id: 'mission-strategies-actions',
          text: 'A clear mission, enduring strategies and effective actions',
          correct: true,
          explanation: 'Right: the mission says what for, the strategies say how over time, and the actions are the dated steps.',
        },
        {
          id: 'talent-money-treaties',
          text: 'More talent, more money and more treaties on critical and emerging technologies',
          explanation: 'Wrong: talent is one of Chiang\u2019s needs, but this is not his three-part call.',
        },
        {
          id: 'domains',
          text: 'Technology, business and foreign policy',
          explanation: 'Wrong: those are Munro\u2019s three traditionally siloed domains, not Chiang\u2019s call to action.',
        },
        {
          id: 'ban-subsidise-control',
          text: 'Bans, subsidies and export controls',
          explanation: 'Wrong: these are tools that may serve as actions, but they are not Chiang\u2019s three-part call.',
        },
      ],
    },
    {
      id: 'classify',
      type: 'matching',
      level: 'apply',
      prompt: 'This lesson organises the course under Chiang\u2019s call for a clear mission, enduring strategies and effective actions. Match each item to where it belongs.',
      explanation:
        'The mission is the purpose, strategies are lasting ways of pursuing it, and actions are concrete, dated steps.',
      pairs: [
        {
          id: 'mission',
          term: 'Technology must advance freedom',
          match: 'Mission',
          explanation: 'It answers "what for?" and gives a test for every decision.',
        },
        {
          id: 'strategy',
          term: 'Work with allies and partners over the long run',
          match: 'Enduring strategy',
          explanation: 'A lasting way of working that outlives any single technology.',
        },
        {
          id: 'action',
          term: 'The NTIA\u2019s first Open RAN grants, August 2023',
          match: 'Effective action',
          explanation: 'A concrete, dated step that serves a strategy (engaging the private sector).',
        },
      ],
    },
    {
      id: 'strategies',
      type: 'multiple',
      level: 'understand',
      prompt: 'Which of these are enduring strategies drawn from Chiang or Munro in this course? Select all that apply.',
      explanation:
        'The five strategies are: engage the private sector, build a talent pipeline, work with allies and partners, shape rules and norms, and counter weaponisation and abuse.',
      options: [
        { id: 'private-sector', text: 'Engage the private sector at home and in partner and allied countries', correct: true, explanation: 'Right: Chiang asks for much more engagement than science diplomacy managed.' },
        { id: 'allies', text: 'Work with allies and partners to stay ahead of or keep up with the pacing threat', correct: true, explanation: 'Right: this is Munro\u2019s frame, with Australia named.' },
        { id: 'rules', text: 'Shape the rules and norms that govern uses', correct: true, explanation: 'Right: Munro counts this among the opportunities tech diplomacy creates.' },
        {
          id: 'governments-only',
          text: 'Keep technology policy among governments only, without companies',
          explanation: 'Wrong: Chiang asks for far more engagement with companies, and Munro joins technology, business and foreign policy.',
        },
        {
          id: 'one-generation',
          text: 'Write each strategy for one technology generation, such as 5G, and retire it with that generation',
          explanation: 'Wrong: a strategy tied to one generation would expire with it; that is what "enduring" rules out.',
        },
      ],
    },
    {
      id: 'enduring',
      type: 'true-false',
      level: 'understand',
      prompt: 'True or false: an "enduring" strategy should be tied to one technology generation, such as 5G, so that it is as specific as possible.',
      answer: false,
      explanation: 'Technologies change quickly (5G gives way to 6G), so strategies must outlast any single technology; specific steps belong to actions.',
      explanations: {
        true: 'Wrong: a strategy tied to one generation would expire with it. Specific, dated steps are actions.',
        false: 'Right: enduring strategies, such as building talent or working with allies, carry over from one technology to the next.',
      },
    },
    {
      id: 'order-actions',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these actions from the lesson\u2019s table in order, earliest first.',
      explanation:
        'Denmark\u2019s tech ambassador (January 2017), the US chip rule that began the allied alignment (October 2022), the first Open RAN grants (August 2023), the EU AI Act in force (August 2024).',
      items: [
        { id: 'denmark', text: 'Denmark announces a tech ambassador', explanation: 'First: 27 January 2017.' },
        { id: 'us-rule', text: 'The US rule on advanced chips starts the allied alignment of controls', explanation: 'Second: 7 October 2022.' },
        { id: 'open-ran-grants', text: 'The Open RAN fund makes its first grants', explanation: 'Third: August 2023.' },
        { id: 'eu-ai-act', text: 'EU AI Act enters into force', explanation: 'Last: 1 August 2024.' },
      ],
    },
    {
      id: 'four-questions',
      type: 'single',
      level: 'understand',
      prompt: 'You are reading a new joint statement on AI. Which set of questions from this lesson best builds your diplomatic literacy?',
      explanation: 'Who signed it, is it binding, what does it commit to, and which circle of partners does it use?',
      options: [
        {
          id: 'four-questions',
          text: 'Who signed it, is it binding, what does it commit to, which circle does it use?',
          correct: true,
          explanation: 'Right: these separate norms from rules and show which kind of coalition is at work.',
        },
        {
          id: 'length',
          text: 'How long is it, how many times does it mention AI, and in how many languages was it first published?',
          explanation: 'Wrong: length and word counts say little about who is committed to what.',
        },
        {
          id: 'press',
          text: 'Which newspapers praised it, and which criticised it?',
          explanation: 'Wrong: the lesson advises reading primary texts rather than commentary about them.',
        },
        {
          id: 'engineering-only',
          text: 'Which chips were used to train the models it mentions?',
          explanation: 'Wrong: that is a technical question; useful for technical literacy, but it does not tell you what the statement commits anyone to.',
        },
      ],
    },
    {
      id: 'penalty-question',
      type: 'single',
      level: 'apply',
      prompt:
        'A start-up asks you whether it can be penalised for ignoring a new international text on AI. Which of the lesson\u2019s four questions answers that most directly?',
      explanation: 'Whether a text is binding decides whether ignoring it has legal consequences.',
      options: [
        { id: 'binding', text: 'Is it binding?', correct: true, explanation: 'Right: only a binding rule can be enforced.' },
        {
          id: 'who-signed',
          text: 'Who signed it?',
          explanation: 'Wrong: a text can carry many signatures and still bind no one, like the Bletchley Declaration.',
        },
        {
          id: 'circle',
          text: 'Which circle of partners does it use?',
          explanation: 'Wrong: the circle says who is involved, not whether there is a penalty.',
        },
        {
          id: 'commitments',
          text: 'What does it commit to?',
          explanation: 'Wrong: a text can commit to a great deal and still be a non-binding norm.',
        },
      ],
    },
    {
      id: 'fab-and-surveillance',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A government funds a new chip fab with public money, and in the same year buys city surveillance systems from a supplier that a foreign government can direct outside the law. Judged by this lesson\u2019s test for an effective action, which verdict fits?',
      explanation:
        'An action is effective when it serves the mission and fits a strategy. Fitting a strategy (building capacity) is not enough if the same government spreads technology that can be turned against freedom.',
      options: [
        {
          id: 'fails-mission',
          text: 'The fab may fit a strategy, but the purchase fails the mission test',
          correct: true,
          explanation: 'Right: the mission ("technology must advance freedom") is the test every action must pass.',
        },
        {
          id: 'capacity-enough',
          text: 'Both are effective actions, because any new capacity in chips or cities strengthens the country in the long run',
          explanation: 'Wrong: capacity alone does not pass the mission test.',
        },
        {
          id: 'neutral-fine',
          text: 'Both are fine, because technology is neutral',
          explanation: 'Wrong: Munro calls technology neutral precisely to argue that it must be advanced in a trusted way.',
        },
        {
          id: 'fab-fails',
          text: 'The fab fails because subsidies are never actions',
          explanation: 'Wrong: a dated subsidy is an action; the problem lies in the purchase.',
        },
      ],
    },
    {
      id: 'strategy-or-action',
      type: 'single',
      level: 'analyse',
      prompt:
        'Compare two items: (a) "build a talent pipeline inside and outside the foreign service"; (b) "the Foreign Service Institute\u2019s tech-diplomacy course, from September 2022". How does the lesson\u2019s scheme relate them?',
      explanation: '(a) is an enduring strategy; (b) is a dated action that serves it.',
      options: [
        {
          id: 'a-serves-b',
          text: '(b) is a dated action that serves the strategy (a)',
          correct: true,
          explanation: 'Right: strategies outlast technologies; actions are the dated steps that carry them out.',
        },
        {
          id: 'both-mission',
          text: 'Both are the mission, since they concern people rather than technology',
          explanation: 'Wrong: the mission is the purpose ("technology must advance freedom").',
        },
        {
          id: 'a-action',
          text: '(a) is the action and (b) the enduring strategy, because a course lasts longer than a pipeline of people',
          explanation: 'Wrong: the dated item is the action; the lasting way of working is the strategy.',
        },
        {
          id: 'unrelated',
          text: 'They are unrelated: one is Chiang\u2019s, the other Munro\u2019s',
          explanation: 'Wrong: both belong under the talent pipeline that Chiang asks for.',
        },
      ],
    },
    {
      id: 'mission-label',
      type: 'true-false',
      level: 'analyse',
      prompt:
        'True or false: Chiang himself calls "technology must advance freedom" the mission of tech diplomacy; this lesson only repeats his label.',
      answer: false,
      explanation:
        'Chiang calls it the "foremost premise of American tech diplomacy". Placing it under "mission" is the course\u2019s own sorting of his ideas under his three headings.',
      explanations: {
        true: 'Wrong: his word is "premise"; the label "mission" is the course\u2019s.',
        false: 'Right: the lesson sorts his premise under his own heading of a clear mission, but the sorting is the course\u2019s.',
      },
    },
  ],
});
