import { defineQuiz } from '@site/src/quiz/define';

const chiang = {
  title: 'Mung Chiang, “The Era Of ‘Tech Diplomacy’ Is Here”, via the Krach Institute for Tech Diplomacy',
  url: 'https://techdiplomacy.org/articles/the-era-of-tech-diplomacy-is-here/',
};

/** One question of every type, on facts from the course's fact sheet. */
export default defineQuiz({
  id: 'quiz-demonstration',
  title: 'Quiz demonstration: every question type',
  maxAttempts: 3,
  questions: [
    {
      id: 'first-5g-exclusion',
      type: 'single',
      prompt: 'Which country was the first to bar vendors “likely to be subject to extrajudicial directions from a foreign government” from its 5G networks?',
      hint: 'The guidance came out in August 2018.',
      explanation: 'Australia’s 5G security guidance of 23 August 2018 was the first such national exclusion; in effect it kept Huawei and ZTE out.',
      options: [
        { id: 'australia', text: 'Australia', correct: true, explanation: 'Right: its guidance of 23 August 2018 came first.' },
        { id: 'united-kingdom', text: 'The United Kingdom', explanation: 'The UK decided on 14 July 2020 to remove Huawei from its 5G networks by the end of 2027.' },
        { id: 'united-states', text: 'The United States', explanation: 'The US used other tools: a 2012 congressional report, the Entity List in May 2019 and a 2020 rip-and-replace law.' },
        { id: 'denmark', text: 'Denmark', explanation: 'Denmark is known for “TechPlomacy”: in 2017 it named the world’s first tech ambassador.' },
      ],
    },
    {
      id: 'new-topics',
      type: 'multiple',
      prompt: 'Which of these does Mung Chiang list among the new foreign-policy topics of the 2020s? Choose all that apply.',
      hint: 'Two of the options were classic topics of science diplomacy.',
      explanation: 'Chiang names chips, 6G, AI, autonomy, digital health and advanced manufacturing as the new topics.',
      source: chiang,
      options: [
        { id: 'chips', text: 'Chips', correct: true, explanation: 'Semiconductors are the article’s worked example.' },
        { id: '6g', text: '6G', correct: true, explanation: '6G is on Chiang’s list of new topics.' },
        { id: 'ai', text: 'Artificial intelligence', correct: true, explanation: 'AI is on Chiang’s list of new topics.' },
        { id: 'nuclear-proliferation', text: 'Nuclear proliferation', explanation: 'A classic topic of science diplomacy since the Second World War.' },
        { id: 'human-spaceflight', text: 'Human spaceflight', explanation: 'Another classic topic of science diplomacy.' },
      ],
    },
    {
      id: 'wassenaar-binding',
      type: 'true-false',
      prompt: 'The Wassenaar Arrangement is a binding treaty that bans chip sales to China.',
      explanation: 'Wassenaar (1996) is a voluntary arrangement that coordinates control lists by consensus. The 2022–23 chip controls were national measures by the US, Japan and the Netherlands.',
      answer: false,
      explanations: {
        true: 'It is not a treaty: participating states coordinate voluntarily, and China is not a member.',
        false: 'Right: it is voluntary, and the chip controls of 2022–23 were national measures.',
      },
    },
    {
      id: 'milestones',
      type: 'ordering',
      prompt: 'Put these milestones in order, earliest first.',
      explanation: 'Science diplomacy came first; chips and 5G put technology itself on the foreign-policy agenda.',
      items: [
        { id: 'cern', text: 'CERN comes into being', explanation: '29 September 1954.' },
        { id: 'npt', text: 'The Non-Proliferation Treaty opens for signature', explanation: '1 July 1968.' },
        { id: 'tsmc', text: 'TSMC is founded in Taiwan', explanation: 'February 1987: the first pure-play foundry.' },
        { id: 'australia-5g', text: 'Australia issues its 5G security guidance', explanation: '23 August 2018.' },
      ],
    },
    {
      id: 'chip-industry-terms',
      type: 'matching',
      prompt: 'Match each term with what it means.',
      pairs: [
        { id: 'foundry', term: 'Foundry', match: 'Manufactures chips that other companies design', explanation: 'TSMC, founded in 1987, was the first pure-play foundry.' },
        { id: 'fabless', term: 'Fabless', match: 'Designs chips but outsources their manufacture', explanation: 'Nvidia, Qualcomm and AMD are fabless.' },
        { id: 'euv', term: 'EUV lithography', match: 'Prints the finest chip features', explanation: 'Only ASML makes EUV machines.' },
      ],
    },
    {
      id: 'euv-maker',
      type: 'short-answer',
      prompt: 'Which Dutch company is the only maker of EUV lithography machines?',
      hint: 'Four letters.',
      explanation: 'ASML is the only maker of EUV machines; the Dutch government has withheld export licences for them to China since 2019.',
      accept: ['ASML', 'ASML Holding'],
    },
    {
      id: 'taiwan-share',
      type: 'short-answer',
      prompt: 'In 2019, what share of the world’s logic wafer capacity below 10 nm was in Taiwan, in percent?',
      explanation: 'Taiwan held 92% (South Korea 8%, the US 0%), according to the BCG–SIA report of April 2021.',
      number: { value: 92, tolerance: 1 },
      unit: '%',
    },
  ],
});
