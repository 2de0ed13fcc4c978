import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'what-next',
  title: 'What next?',
  questions: [
    {
      id: 'chiang-triad',
      type: 'single',
      prompt: 'Chiang says "it is time for" three things on tech diplomacy. Which three?',
      explanation: 'Chiang calls for "a clear mission, enduring strategies and effective actions on tech diplomacy".',
      options: [
        {
          id: 'mission-strategies-actions',
          text: 'A clear mission, enduring strategies and effective actions',
          correct: true,
          explanation: 'Right: the mission says what for, the strategies say how, over time, and the actions are the dated steps.',
        },
        {
          id: 'in-for-for',
          text: 'Science in diplomacy, diplomacy for science and science for diplomacy',
          explanation: 'Wrong: those are the three dimensions of science diplomacy from the Royal Society\u2013AAAS report (2010).',
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
      prompt: 'This lesson organises the course under Chiang\u2019s call for a clear mission, enduring strategies and effective actions. Match each item to where the lesson places it.',
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
          term: 'Build a talent pipeline inside and outside the foreign service',
          match: 'Enduring strategy',
          explanation: 'A lasting way of working that outlives any single technology.',
        },
        {
          id: 'action',
          term: 'Australia\u2019s 5G guidance of 23 August 2018',
          match: 'Effective action',
          explanation: 'A concrete, dated step that served the mission and fitted a strategy.',
        },
      ],
    },
    {
      id: 'strategies',
      type: 'multiple',
      prompt: 'Which of these are enduring strategies drawn from Chiang or Munro in this course? Select all that apply.',
      explanation:
        'The five strategies are: engage the private sector, build a talent pipeline, work with allies and partners, shape rules and norms, and counter weaponisation and abuse.',
      options: [
        { id: 'private-sector', text: 'Engage the private sector at home and in partner and allied countries', correct: true, explanation: 'Right: Chiang asks for much more engagement than science diplomacy managed.' },
        { id: 'allies', text: 'Work with allies and partners to keep up with or stay ahead of the pacing threat', correct: true, explanation: 'Right: this is Munro\u2019s frame, with Australia named.' },
        { id: 'rules', text: 'Shape the rules and norms that govern uses', correct: true, explanation: 'Right: Munro counts this among the opportunities tech diplomacy creates.' },
        {
          id: 'governments-only',
          text: 'Keep technology policy among governments only, without companies',
          explanation: 'Wrong: both authors want business inside the tent; Munro joins technology, business and foreign policy.',
        },
        {
          id: 'rename-science',
          text: 'Treat tech diplomacy as science diplomacy under a new name',
          explanation: 'Wrong: Chiang distinguishes the two; tech diplomacy has new topics and a bigger role for the private sector.',
        },
      ],
    },
    {
      id: 'enduring',
      type: 'true-false',
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
      prompt: 'Put these actions in order, earliest first.',
      explanation:
        'Australia\u2019s 5G guidance (August 2018), the Declaration for the Future of the Internet (April 2022), the CHIPS and Science Act (August 2022), the Bletchley Declaration (November 2023), the EU AI Act in force (August 2024).',
      items: [
        { id: 'australia', text: 'Australia issues its vendor-neutral 5G guidance', explanation: 'First: 23 August 2018.' },
        { id: 'dfi', text: 'Declaration for the Future of the Internet launched', explanation: 'Second: 28 April 2022.' },
        { id: 'chips-act', text: 'CHIPS and Science Act signed', explanation: 'Third: 9 August 2022.' },
        { id: 'bletchley', text: 'Bletchley Declaration signed', explanation: 'Fourth: 1\u20132 November 2023.' },
        { id: 'eu-ai-act', text: 'EU AI Act enters into force', explanation: 'Last: 1 August 2024.' },
      ],
    },
    {
      id: 'four-questions',
      type: 'single',
      prompt: 'You are reading a new joint statement on AI. Which set of questions from this lesson best builds your diplomatic literacy?',
      explanation: 'Who signed it, is it binding, what does it commit to, and which circle of partners does it use?',
      options: [
        {
          id: 'four-questions',
          text: 'Who signed it, is it binding, what does it commit to, and which circle of partners does it use?',
          correct: true,
          explanation: 'Right: these separate norms from rules and show which kind of coalition is at work.',
        },
        {
          id: 'length',
          text: 'How long is it, and how many times does it mention AI?',
          explanation: 'Wrong: length and word counts say little about who is committed to what.',
        },
        {
          id: 'press',
          text: 'What did commentators say about it on social media?',
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
      id: 'module-2-idea',
      type: 'short-answer',
      prompt: 'Since which war has science diplomacy been a pillar of US statecraft, according to Chiang? (name the war)',
      explanation: 'Chiang says science diplomacy became a key pillar for the US and other countries after the Second World War.',
      accept: ['World War II', 'World War 2', 'World War Two', 'Second World War', 'the Second World War', '2nd World War', 'WWII', 'WW2', 'WW II'],
    },
  ],
});
