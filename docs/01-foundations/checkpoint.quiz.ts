import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'foundations-checkpoint',
  title: 'Module 1 checkpoint',
  mode: 'exam',
  questions: [
    {
      id: 'frontier-claim',
      type: 'single',
      prompt: 'Which sentence states Mung Chiang’s opening claim in "The Era Of \'Tech Diplomacy\' Is Here"?',
      explanation:
        'Chiang opens with "Technology is the new frontier of international relations" and adds that the interaction between technology and diplomacy is bi-directional.',
      options: [
        {
          id: 'frontier',
          text: 'Technology is the new frontier of international relations.',
          correct: true,
          explanation: 'Right: a frontier is new territory whose rules are not yet settled, and whoever arrives early helps decide them.',
        },
        {
          id: 'neutral',
          text: 'Technology is inherently neutral, neither good nor bad.',
          explanation: 'Wrong: this is Bronte Munro’s point, not Chiang’s opening claim.',
        },
        {
          id: 'sideline',
          text: 'Technology is a matter for trade ministries, not for foreign policy.',
          explanation: 'Wrong: Chiang argues the opposite: technology now sits at the centre of foreign policy.',
        },
      ],
    },
    {
      id: 'security-concept',
      type: 'true-false',
      prompt: 'True or false: Bronte Munro presents tech diplomacy as a new concept in international security.',
      answer: true,
      explanation:
        'Munro opens: "We need to get used to a new concept in international security: tech diplomacy." She places it in the setting of US–China competition.',
      explanations: {
        true: 'Right: she files tech diplomacy under international security, not only under trade or innovation.',
        false: 'Wrong: those are almost her first words, and her whole argument is framed by security and US–China competition.',
      },
    },
    {
      id: 'domain-expertise',
      type: 'matching',
      prompt: 'Match each of Munro’s three domains to the expertise it contributes.',
      explanation:
        'Munro says collaboration ensures the expertise that drives R&D interacts with the expertise that drives commercialisation and deployment and with the expertise that drives security goals and international regulation.',
      pairs: [
        { id: 'technology', term: 'Technology', match: 'Research and development (R&D)', explanation: 'The expertise that creates the technology.' },
        {
          id: 'business',
          term: 'Business',
          match: 'Commercialisation and deployment',
          explanation: 'The expertise that turns technology into products and puts them to use.',
        },
        {
          id: 'foreign-policy',
          term: 'Foreign policy',
          match: 'Security goals and international regulation',
          explanation: 'The expertise that protects national interests and writes the rules among countries.',
        },
      ],
    },
    {
      id: 'which-is-digital',
      type: 'single',
      prompt: 'Which of these is an example of digital diplomacy rather than tech diplomacy?',
      explanation:
        'Digital diplomacy is about using digital tools to conduct diplomacy. Tech diplomacy makes the technology itself the subject: who builds networks, who may buy chips, which rules govern AI.',
      options: [
        {
          id: 'social-campaign',
          text: 'An embassy runs a social-media campaign to reach young people abroad',
          correct: true,
          explanation: 'Right: technology here is only the medium; the topic could be anything.',
        },
        {
          id: '5g-guidance',
          text: 'A government decides which vendors may build its 5G networks',
          explanation: 'Wrong: that makes a technology the subject of foreign and security policy, which is tech diplomacy (Australia, August 2018).',
        },
        {
          id: 'chip-rule',
          text: 'Allies coordinate controls on advanced chipmaking equipment',
          explanation: 'Wrong: controlling who may receive a technology is tech diplomacy, as Chiang’s semiconductor example shows.',
        },
      ],
    },
    {
      id: 'order-foundations',
      type: 'ordering',
      prompt: 'Put these events from Module 1 in order, earliest first.',
      explanation:
        'Denmark announced its tech ambassador in January 2017; Australia issued its 5G security guidance on 23 August 2018; the Center for Tech Diplomacy at Purdue launched in July 2021; the State Department’s Special Envoy office opened on 3 January 2023.',
      items: [
        { id: 'denmark', text: 'Denmark announces an ambassador to the technology industry', explanation: '27 January 2017.' },
        { id: 'australia', text: 'Australia issues guidance that in effect excludes Huawei and ZTE from 5G', explanation: '23 August 2018.' },
        { id: 'purdue', text: 'The Center for Tech Diplomacy launches at Purdue', explanation: '7 July 2021.' },
        {
          id: 'envoy',
          text: 'The State Department’s Office of the Special Envoy for Critical and Emerging Technology opens',
          explanation: '3 January 2023.',
        },
      ],
    },
    {
      id: 'actors',
      type: 'multiple',
      prompt: 'Which of these take part in tech diplomacy, according to this module? Select all that apply.',
      explanation:
        'Tech diplomacy has a large cast: foreign ministries, companies, standards bodies such as 3GPP, researchers and universities, and civil society in multistakeholder settings.',
      options: [
        { id: '3gpp', text: 'Standards bodies such as 3GPP', correct: true, explanation: 'Right: whoever helps write a standard helps shape the technology.' },
        {
          id: 'companies',
          text: 'Companies such as ASML and TSMC',
          correct: true,
          explanation: 'Right: they build and own the technology and are both subjects and participants.',
        },
        {
          id: 'universities',
          text: 'Universities and researchers',
          correct: true,
          explanation: 'Right: for example the Center for Tech Diplomacy at Purdue, or experts in Track 2 dialogues.',
        },
        {
          id: 'heads-only',
          text: 'No one except heads of state and foreign ministers',
          explanation: 'Wrong: that describes the narrow cast of classic diplomacy; tech diplomacy needs many more actors.',
        },
      ],
    },
    {
      id: 'pacing-term',
      type: 'short-answer',
      prompt: 'What two-word term does Munro use for the threat from adversaries, notably China, that US allies and partners must stay ahead of or keep up with?',
      explanation: 'The "pacing threat": a term from US strategy for the competitor that sets the pace for capability planning.',
      accept: ['pacing threat', 'the pacing threat'],
    },
    {
      id: 'both-directions-example',
      type: 'single',
      prompt: 'Which pair shows Chiang’s two-way street for semiconductors?',
      explanation:
        'Chiang writes that the global chip supply chain is shaping US foreign policy and that America’s diplomatic effort has been redefining the supply chain.',
      options: [
        {
          id: 'both',
          text: 'The chip supply chain shapes US foreign policy; US diplomacy redefines the supply chain',
          correct: true,
          explanation: 'Right: one sentence for each direction of the arrow.',
        },
        {
          id: 'one-way',
          text: 'Chips shape the economy; the economy shapes chips',
          explanation: 'Wrong: Chiang’s two-way street runs between technology and diplomacy, not between chips and the economy.',
        },
        {
          id: 'science',
          text: 'Scientists advise treaty negotiators; negotiators fund colliders',
          explanation: 'Wrong: that describes science diplomacy, the older tradition Chiang distinguishes from tech diplomacy.',
        },
      ],
    },
  ],
});
