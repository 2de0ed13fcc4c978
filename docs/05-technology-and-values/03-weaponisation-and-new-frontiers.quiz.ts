import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'weaponisation-and-new-frontiers',
  title: 'Weaponisation and new frontiers',
  questions: [
    {
      id: 'munro-definition',
      type: 'single',
      prompt: 'In Munro\u2019s definition, tech diplomacy joins three traditionally siloed domains. Which three?',
      explanation:
        'Munro joins technology, business and foreign policy to advance national interests, secure high tech and counter the weaponisation and abuse of technology by malign actors.',
      options: [
        {
          id: 'tech-business-fp',
          text: 'Technology, business and foreign policy',
          correct: true,
          explanation: 'Right: the expertise behind R&D, behind commercialisation and behind security and regulation.',
        },
        {
          id: 'science-military-trade',
          text: 'Science, the military and trade',
          explanation: 'Wrong: Munro\u2019s three domains are technology, business and foreign policy; defence is one concern among many, not a domain of her definition.',
        },
        {
          id: 'in-for-for',
          text: 'Science in diplomacy, diplomacy for science and science for diplomacy',
          explanation:
            'Wrong: those are the three dimensions of science diplomacy from the Royal Society\u2013AAAS report of 2010, not Munro\u2019s domains.',
        },
        {
          id: 'social-data-media',
          text: 'Social media, data and public diplomacy',
          explanation: 'Wrong: that is closer to digital diplomacy, which is about the tools of diplomacy rather than technology as its subject.',
        },
      ],
    },
    {
      id: 'bleeding-edge',
      type: 'multiple',
      prompt: 'Which technologies does Munro give as examples of "bleeding-edge technologies"? Select all that apply.',
      hint: 'Her examples differ from Chiang\u2019s list of new topics.',
      explanation: 'Munro gives advanced semiconductor chips, artificial intelligence and quantum computing as examples.',
      options: [
        { id: 'chips', text: 'Advanced semiconductor chips', correct: true, explanation: 'Right: chips are on both Munro\u2019s and Chiang\u2019s lists.' },
        { id: 'ai', text: 'Artificial intelligence', correct: true, explanation: 'Right: AI also appears on both lists.' },
        { id: 'quantum', text: 'Quantum computing', correct: true, explanation: 'Right: quantum computing is on Munro\u2019s list but not in Chiang\u2019s excerpt.' },
        { id: '6g', text: '6G', explanation: 'Wrong: 6G is one of Chiang\u2019s new topics of the decade, not one of Munro\u2019s three.' },
        { id: 'digital-health', text: 'Digital health', explanation: 'Wrong: digital health is on Chiang\u2019s list, not Munro\u2019s.' },
      ],
    },
    {
      id: 'match-forums',
      type: 'matching',
      prompt: 'Match each forum or agreement to what it is.',
      explanation:
        'Each forum draws a different circle: like-minded partners (GPAI), a wide circle including rivals (Bletchley), three close allies (AUKUS), and a voluntary export-control regime (Wassenaar).',
      pairs: [
        {
          id: 'gpai',
          term: 'GPAI',
          match: 'AI partnership launched in June 2020 by 15 founding members, secretariat at the OECD',
          explanation: 'Launched on 15 June 2020 by 14 countries plus the EU.',
        },
        {
          id: 'bletchley',
          term: 'Bletchley Declaration',
          match: 'AI safety text signed by 28 countries and the EU, including the US and China',
          explanation: 'Agreed at the first AI Safety Summit, 1\u20132 November 2023.',
        },
        {
          id: 'aukus-2',
          term: 'AUKUS Pillar II',
          match: 'Cooperation among Australia, the UK and the US on advanced capabilities such as AI and quantum',
          explanation: 'Part of AUKUS, announced on 15 September 2021; Pillar I is nuclear-powered submarines.',
        },
        {
          id: 'wassenaar',
          term: 'Wassenaar Arrangement',
          match: 'Voluntary regime in which states coordinate control lists for arms and dual-use goods',
          explanation: 'Operating since 1996; 42 participating states; China is not a member.',
        },
      ],
    },
    {
      id: 'china-bletchley',
      type: 'true-false',
      prompt: 'True or false: China was among the signatories of the Bletchley Declaration on AI safety.',
      answer: true,
      explanation: 'The Bletchley Declaration (November 2023) was signed by 28 countries and the EU, including both the United States and China.',
      explanations: {
        true: 'Right: both rivals signed, which shows that some AI risks are treated as common to everyone.',
        false: 'Wrong: China did sign, alongside the United States; that is what makes the declaration notable.',
      },
    },
    {
      id: 'order-forums',
      type: 'ordering',
      prompt: 'Put these in order, earliest first.',
      explanation:
        'OECD AI Principles (22 May 2019), GPAI launch (15 June 2020), AUKUS announced (15 September 2021), Bletchley Declaration (1\u20132 November 2023).',
      items: [
        { id: 'oecd', text: 'OECD AI Principles adopted', explanation: 'First: 22 May 2019.' },
        { id: 'gpai', text: 'Global Partnership on AI launched', explanation: 'Second: 15 June 2020.' },
        { id: 'aukus', text: 'AUKUS announced, including Pillar II on advanced capabilities', explanation: 'Third: 15 September 2021.' },
        { id: 'bletchley', text: 'Bletchley Declaration signed at the first AI Safety Summit', explanation: 'Last: 1\u20132 November 2023.' },
      ],
    },
    {
      id: 'dual-use-term',
      type: 'short-answer',
      prompt: 'Which term describes goods, software or technology that have both civilian and military uses?',
      hint: 'It is the main target of export controls.',
      explanation: 'Dual-use items, such as advanced chips, are the main target of export controls, because the harmful use cannot be banned without touching the useful one.',
      accept: ['dual-use', 'dual use', 'dual-use technology', 'dual use technology', 'dual-use goods'],
    },
    {
      id: 'wassenaar-nature',
      type: 'single',
      prompt: 'Which statement about the Wassenaar Arrangement is accurate?',
      explanation:
        'Wassenaar is voluntary and works by consensus; the 2022\u201323 chip controls were national measures coordinated outside it.',
      options: [
        {
          id: 'voluntary',
          text: 'It is a voluntary arrangement in which participating states coordinate control lists.',
          correct: true,
          explanation: 'Right: it began operating in 1996, has 42 participating states and is not a binding treaty.',
        },
        {
          id: 'binding-ban',
          text: 'It is a binding treaty that bans chip sales to China.',
          explanation:
            'Wrong: a common misconception. Wassenaar is voluntary, and the toughest chip controls (from 7 October 2022) were national measures.',
        },
        {
          id: 'china-member',
          text: 'China and the United States are both founding members.',
          explanation: 'Wrong: China is not a member of the Wassenaar Arrangement.',
        },
        {
          id: 'ai-only',
          text: 'It was created in 2023 to control AI models.',
          explanation: 'Wrong: it has operated since 1996, succeeding CoCom, and covers conventional arms and dual-use goods in general.',
        },
      ],
    },
  ],
});
