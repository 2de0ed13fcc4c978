import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'what-is-tech-diplomacy',
  title: 'What is tech diplomacy?',
  questions: [
    {
      id: 'munro-definition',
      type: 'single',
      prompt: 'At its simplest, what does Bronte Munro say tech diplomacy means?',
      hint: 'Her definition has two halves: one about sectors, one about countries.',
      explanation:
        'Munro writes that tech diplomacy "means technological collaboration across sectors and between countries", and adds that the simplicity of the idea should not disguise its importance.',
      options: [
        {
          id: 'collaboration',
          text: 'Technological collaboration across sectors and between countries',
          correct: true,
          explanation: 'Right: this is Munro’s own one-line definition in ASPI’s The Strategist (May 2024).',
        },
        {
          id: 'social-media',
          text: 'Diplomats using social media and data to reach foreign audiences',
          explanation:
            'Wrong: that is digital diplomacy, which is about the tools of diplomacy. Tech diplomacy treats technology as the subject of foreign policy.',
        },
        {
          id: 'science-rename',
          text: 'A new name for science diplomacy',
          explanation:
            'Wrong: Chiang explicitly separates the two. Science diplomacy dealt with topics such as nuclear proliferation and spaceflight; tech diplomacy deals with chips, 6G and AI and must engage companies far more.',
        },
        {
          id: 'cyber-norms',
          text: 'Negotiating norms of state behaviour in cyberspace',
          explanation:
            'Wrong: that is the core of cyber diplomacy, which overlaps with tech diplomacy but is narrower.',
        },
      ],
    },
    {
      id: 'match-the-terms',
      type: 'matching',
      prompt: 'Match each term to what it is about.',
      explanation:
        'Digital diplomacy uses digital tools; cyber diplomacy is about behaviour and threats in cyberspace; tech diplomacy makes critical technologies the subject of foreign policy; Techplomacy is Denmark’s 2017 initiative with an ambassador to the tech industry.',
      pairs: [
        {
          id: 'digital',
          term: 'Digital diplomacy',
          match: 'Using social media and data to conduct diplomacy',
          explanation: 'Technology here is the medium, whatever the topic.',
        },
        {
          id: 'cyber',
          term: 'Cyber diplomacy',
          match: 'Norms of state behaviour online, cybercrime and incident response',
          explanation: 'Cyberspace is the domain where the threats arise.',
        },
        {
          id: 'tech',
          term: 'Tech diplomacy',
          match: 'How critical technologies are developed, traded, governed and secured',
          explanation: 'Technology is both the subject and a tool of foreign policy.',
        },
        {
          id: 'techplomacy',
          term: 'Techplomacy',
          match: 'Denmark’s initiative with an ambassador accredited to the tech industry',
          explanation: 'Announced in January 2017; the office opened in Silicon Valley later that year.',
        },
      ],
    },
    {
      id: 'just-social-media',
      type: 'true-false',
      prompt: 'True or false: tech diplomacy is essentially diplomats using social media.',
      answer: false,
      explanation:
        'This is a common misunderstanding. Using social media to conduct diplomacy is digital diplomacy. Tech diplomacy is about technology as the subject of foreign policy: chips, 5G and 6G, AI, standards and supply chains.',
      explanations: {
        true: 'Wrong: that describes digital diplomacy, which is about the tools diplomats use, not about technology as the thing being negotiated.',
        false: 'Right: tech diplomacy makes critical technologies the subject of foreign policy and works closely with the companies that build them.',
      },
    },
    {
      id: 'first-tech-ambassador',
      type: 'short-answer',
      prompt: 'Which country announced the world’s first ambassador to the technology industry, in January 2017?',
      hint: 'It called the initiative "Techplomacy".',
      explanation:
        'Denmark announced the post on 27 January 2017; Casper Klynge was named in May 2017 and opened the office in Silicon Valley later that year.',
      accept: ['Denmark', 'Kingdom of Denmark'],
    },
    {
      id: 'this-decades-topics',
      type: 'multiple',
      prompt: 'Which of these does Chiang list as new foreign-policy topics of "this decade"? Select all that apply.',
      explanation:
        'Chiang’s list is chips, 6G, AI, autonomy, digital health and advanced manufacturing. Nuclear proliferation and super-collider construction were classic topics of science diplomacy.',
      options: [
        { id: 'chips', text: 'Chips', correct: true, explanation: 'Right: chips head Chiang’s list.' },
        { id: '6g', text: '6G', correct: true, explanation: 'Right: the next generation of mobile networks is on the list.' },
        { id: 'digital-health', text: 'Digital health', correct: true, explanation: 'Right: digital health is one of the six topics.' },
        {
          id: 'nuclear',
          text: 'Nuclear proliferation',
          explanation: 'Wrong: Chiang names nuclear proliferation as a primary topic of the older science diplomacy.',
        },
        {
          id: 'collider',
          text: 'Super-collider construction',
          explanation: 'Wrong: building super-colliders was a science-diplomacy topic, not one of this decade’s new ones.',
        },
      ],
    },
    {
      id: 'why-security',
      type: 'single',
      prompt: 'Munro calls tech diplomacy "a new concept in international security". What does filing it under security suggest?',
      explanation:
        'By placing it in international security, Munro signals that the stakes go beyond trade: who leads in critical technologies, and whether those technologies can be abused, are security questions for the US and its allies.',
      options: [
        {
          id: 'stakes',
          text: 'That who leads in critical technologies, and how they can be used, are matters of national security, not only of trade',
          correct: true,
          explanation: 'Right: she links tech diplomacy to US–China competition and to rapidly evolving national-security needs.',
        },
        {
          id: 'military-only',
          text: 'That tech diplomacy is run by defence ministries rather than foreign ministries',
          explanation: 'Wrong: her definition is about collaboration across sectors (technology, business and foreign policy), not about handing the field to the military.',
        },
        {
          id: 'cyber-only',
          text: 'That tech diplomacy is the same thing as cyber security',
          explanation: 'Wrong: cyber questions are one part of it, but export rules, factories and standards are tech diplomacy too.',
        },
      ],
    },
    {
      id: 'australia-fit',
      type: 'single',
      prompt: 'Australia’s 5G guidance of 23 August 2018 is a good example of tech diplomacy because …',
      explanation:
        'The guidance joined a technical question (how 5G is built), a business question (which suppliers operators may use) and a security and foreign-policy question (whether a foreign state could direct a supplier), and other countries later took their own decisions.',
      options: [
        {
          id: 'across-and-between',
          text: 'it joined technical, business and security questions, and other countries then made their own decisions',
          correct: true,
          explanation: 'Right: it was collaboration across sectors and, as others followed, between countries.',
        },
        {
          id: 'named-huawei',
          text: 'it banned Huawei and ZTE by name in a law',
          explanation: 'Wrong: the guidance was vendor-neutral. It targeted vendors likely to be subject to extrajudicial directions from a foreign government; in effect that excluded Huawei and ZTE.',
        },
        {
          id: 'us-first',
          text: 'it followed an earlier US exclusion of Huawei from 5G networks',
          explanation: 'Wrong: Australia was the first to exclude such vendors from its 5G networks; Munro calls it "the first mover".',
        },
      ],
    },
  ],
});
