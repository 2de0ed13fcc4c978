import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'engaging-the-private-sector',
  title: 'Engaging the private sector',
  questions: [
    {
      id: 'why-more-than-science',
      type: 'single',
      prompt: 'Chiang asks tech diplomacy to engage the private sector much more actively than science diplomacy typically did. What reason does this lesson give?',
      explanation:
        'Science diplomacy often dealt with science that governments funded and ran; today\u2019s critical technologies are designed, built and sold mainly by companies.',
      options: [
        {
          id: 'companies-hold-capabilities',
          text: 'Because the key capabilities (chips, networks, AI) are designed, built and sold mainly by companies.',
          correct: true,
          explanation: 'Right: when capabilities sit in company labs, fabs and standards meetings, diplomats who talk only to governments miss most of the picture.',
        },
        {
          id: 'science-dip-ended',
          text: 'Because science diplomacy was abolished in the 2010s.',
          explanation: 'Wrong: science diplomacy has not been abolished; Chiang contrasts the two approaches, he does not announce the end of one.',
        },
        {
          id: 'companies-replace',
          text: 'Because companies should now conduct foreign policy instead of governments.',
          explanation: 'Wrong: engagement is a partnership between actors with different interests, not a handover of foreign policy.',
        },
        {
          id: 'social-media',
          text: 'Because diplomats need technology companies\u2019 social media platforms to reach foreign publics.',
          explanation: 'Wrong: that is digital diplomacy. Tech diplomacy engages companies because technology is its subject.',
        },
      ],
    },
    {
      id: 'munro-expertise',
      type: 'matching',
      prompt: 'Munro joins three kinds of expertise. Match each to the domain it comes from.',
      explanation:
        'Munro\u2019s model makes the expertise behind R&D interact with the expertise behind commercialisation and behind security and regulation.',
      pairs: [
        {
          id: 'rd',
          term: 'Expertise that drives research and development',
          match: 'Technology',
          explanation: 'Researchers and engineers who create the technology.',
        },
        {
          id: 'commercial',
          term: 'Expertise that drives commercialisation and deployment',
          match: 'Business',
          explanation: 'The companies that scale a technology and bring it to market.',
        },
        {
          id: 'security',
          term: 'Expertise that drives security goals and international regulation',
          match: 'Foreign policy',
          explanation: 'Diplomats, security officials and regulators.',
        },
      ],
    },
    {
      id: 'techplomacy',
      type: 'single',
      prompt: 'What was new about Denmark\u2019s TechPlomacy initiative of 2017?',
      explanation:
        'Denmark announced the world\u2019s first tech ambassador on 27 January 2017; the ambassador was in effect accredited to the tech industry, with an office in Silicon Valley.',
      options: [
        {
          id: 'accredited-industry',
          text: 'An ambassador accredited to the tech industry rather than to a country, with an office in Silicon Valley',
          correct: true,
          explanation: 'Right: Casper Klynge was named in May 2017 and opened the Silicon Valley office later that year.',
        },
        {
          id: 'social-media',
          text: 'The first foreign ministry to use social media',
          explanation: 'Wrong: that would be digital diplomacy; TechPlomacy is about engaging the tech industry as a power in its own right.',
        },
        {
          id: 'export-ban',
          text: 'A Danish ban on exports of chipmaking equipment to China',
          explanation: 'Wrong: the 2023 equipment controls came from Japan and the Netherlands, not Denmark, and TechPlomacy is not an export control.',
        },
        {
          id: 'science-attache',
          text: 'The first science attaché posted to an embassy',
          explanation: 'Wrong: science attachés are a much older instrument of science diplomacy.',
        },
      ],
    },
    {
      id: 'itsi-fund',
      type: 'short-answer',
      prompt: 'How many million US dollars does the CHIPS and Science Act give the International Technology Security and Innovation Fund run by the State Department? (number)',
      hint: 'It is a small slice of the Act\u2019s $52.7 billion for semiconductors.',
      explanation: 'The fund has $500 million, a small part of the Act\u2019s $52.7 billion for semiconductors, but it gives the foreign ministry its own tech-diplomacy budget.',
      number: { value: 500, tolerance: 0 },
      unit: 'million USD',
    },
    {
      id: 'chips-act-money',
      type: 'multiple',
      prompt: 'Which statements about the CHIPS and Science Act (signed 9 August 2022) are correct? Select all that apply.',
      explanation:
        'It appropriates $52.7 billion for semiconductors, including $39 billion of manufacturing incentives and a $500 million fund run by the State Department; about $280 billion is the wider Act\u2019s total authorisation, mostly for science.',
      options: [
        {
          id: 'state-fund',
          text: 'It includes a fund for international technology security run by the State Department.',
          correct: true,
          explanation: 'Right: the $500 million International Technology Security and Innovation Fund.',
        },
        {
          id: 'semis-52',
          text: 'It appropriates $52.7 billion for semiconductors.',
          correct: true,
          explanation: 'Right: of which $39 billion is manufacturing incentives.',
        },
        {
          id: 'chipmakers-280',
          text: 'It gave chipmakers $280 billion.',
          explanation: 'Wrong: about $280 billion is the whole Act\u2019s authorisation, mostly for science agencies, not money for chipmakers.',
        },
        {
          id: 'signed-2021',
          text: 'It was signed in 2021.',
          explanation: 'Wrong: it was signed on 9 August 2022.',
        },
      ],
    },
    {
      id: 'allies-companies',
      type: 'true-false',
      prompt: 'True or false: Chiang asks tech diplomacy to engage companies in partner and allied countries, not only US companies.',
      answer: true,
      explanation: 'Chiang writes of engaging the private sector "here in the U.S. and in partners and allies".',
      explanations: {
        true: 'Right: for example, US rules on advanced chipmaking equipment only bite if Dutch and Japanese suppliers are part of the conversation.',
        false: 'Wrong: his phrase explicitly includes partners and allies, because the supply chains cross borders.',
      },
    },
    {
      id: 'order-engagement',
      type: 'ordering',
      prompt: 'Put these events in order, earliest first.',
      explanation:
        'Denmark\u2019s tech ambassador (January 2017), the FDPR extension and TSMC\u2019s Arizona announcement (15 May 2020), the CHIPS and Science Act (9 August 2022).',
      items: [
        { id: 'denmark', text: 'Denmark announces the world\u2019s first tech ambassador', explanation: 'First: 27 January 2017.' },
        {
          id: 'tsmc-arizona',
          text: 'TSMC announces a fab in Arizona on the day the US extends the Foreign Direct Product Rule to Huawei',
          explanation: 'Second: 15 May 2020.',
        },
        { id: 'chips-act', text: 'The CHIPS and Science Act is signed', explanation: 'Last: 9 August 2022.' },
      ],
    },
  ],
});
