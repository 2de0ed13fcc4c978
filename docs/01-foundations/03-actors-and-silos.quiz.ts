import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'actors-and-silos',
  title: 'Actors and silos',
  questions: [
    {
      id: 'three-domains',
      type: 'multiple',
      prompt: 'Which are the three "traditionally siloed domains" that Munro says tech diplomacy brings together? Select all that apply.',
      explanation:
        'Munro defines tech diplomacy as bringing together expertise from the three traditionally siloed domains of technology, business and foreign policy to advance national interests.',
      options: [
        { id: 'technology', text: 'Technology', correct: true, explanation: 'Right: the domain of research and development.' },
        { id: 'business', text: 'Business', correct: true, explanation: 'Right: the domain of commercialisation and deployment.' },
        {
          id: 'foreign-policy',
          text: 'Foreign policy',
          correct: true,
          explanation: 'Right: the domain of security goals and international regulation.',
        },
        {
          id: 'social-media',
          text: 'Social media',
          explanation: 'Wrong: social media is a tool of digital diplomacy, not one of Munro’s three domains.',
        },
        {
          id: 'military',
          text: 'The armed forces',
          explanation: 'Wrong: security matters to Munro, but she places it within foreign policy; the armed forces are not one of her three named domains.',
        },
      ],
    },
    {
      id: 'match-actors',
      type: 'matching',
      prompt: 'Match each actor to what it does in tech diplomacy.',
      explanation:
        '3GPP writes global mobile specifications; the State Department’s Special Envoy office (2023) is government machinery for critical and emerging technology; the Center for Tech Diplomacy at Purdue (2021) is a university-based institution; ASML is a company whose unique product makes it a subject of diplomacy.',
      pairs: [
        {
          id: '3gpp',
          term: '3GPP',
          match: 'Writes the global specifications for mobile networks',
          explanation: 'An industry partnership of standards bodies; 5G NR came in its Release 15.',
        },
        {
          id: 'special-envoy',
          term: 'Office of the Special Envoy for Critical and Emerging Technology',
          match: 'A US State Department office opened on 3 January 2023',
          explanation: 'An example of a foreign ministry building new tech capacity.',
        },
        {
          id: 'purdue',
          term: 'Center for Tech Diplomacy at Purdue',
          match: 'A university-based institution launched in July 2021, later the Krach Institute',
          explanation: 'Researchers and universities are actors too; Chiang was its founding director.',
        },
        {
          id: 'asml',
          term: 'ASML',
          match: 'The only maker of EUV lithography machines',
          explanation: 'A company whose unique position makes it both a subject and a participant in tech diplomacy.',
        },
      ],
    },
    {
      id: 'order-institutions',
      type: 'ordering',
      prompt: 'Put these institutional milestones in order, earliest first.',
      explanation:
        'The State Department’s first Science and Technology Adviser was appointed in 2000; Denmark announced its tech ambassador in January 2017; the Center for Tech Diplomacy at Purdue launched in July 2021; the Bureau of Cyberspace and Digital Policy began work on 4 April 2022; the Special Envoy office opened on 3 January 2023.',
      items: [
        { id: 'st-adviser', text: 'First Science and Technology Adviser to the US Secretary of State appointed', explanation: '2000 (Norman Neureiter).' },
        { id: 'denmark', text: 'Denmark announces an ambassador to the tech industry', explanation: '27 January 2017.' },
        { id: 'purdue', text: 'Center for Tech Diplomacy launched at Purdue', explanation: '7 July 2021.' },
        { id: 'cdp', text: 'State Department Bureau of Cyberspace and Digital Policy begins operations', explanation: '4 April 2022.' },
        { id: 'envoy', text: 'Office of the Special Envoy for Critical and Emerging Technology begins operations', explanation: '3 January 2023.' },
      ],
    },
    {
      id: 'what-joining-links',
      type: 'single',
      prompt: 'According to Munro, what does collaboration across the three domains make sure of?',
      explanation:
        'Munro writes that it ensures the expertise behind R&D interacts with the expertise behind commercialisation and deployment and with the expertise behind security goals and international regulation, so that economic gains are realised and development is guided by trust.',
      options: [
        {
          id: 'links-expertise',
          text: 'That R&D expertise interacts with commercialisation and deployment expertise and with security and regulatory expertise',
          correct: true,
          explanation: 'Right: this three-way link is the heart of Munro’s model.',
        },
        {
          id: 'government-runs',
          text: 'That governments take over the research and the companies',
          explanation: 'Wrong: Munro describes collaboration among domains, not a state takeover of them.',
        },
        {
          id: 'business-decides',
          text: 'That business decides alone which technologies are safe',
          explanation: 'Wrong: security goals and international regulation remain the foreign-policy domain’s contribution.',
        },
        {
          id: 'faster-only',
          text: 'Only that products reach the market faster',
          explanation: 'Wrong: speed is not her point. She names two results: economic advantages realised and development guided by principles of trust.',
        },
      ],
    },
    {
      id: 'multistakeholder-governments-only',
      type: 'true-false',
      prompt: 'True or false: "multistakeholder" governance means governments negotiating only with other governments.',
      answer: false,
      explanation:
        'Multistakeholder governance involves governments, companies, civil society and the technical and academic communities together, as in internet governance.',
      explanations: {
        true: 'Wrong: talks among governments alone are classic intergovernmental diplomacy. Multistakeholder governance brings in companies, civil society and technical and academic communities too.',
        false: 'Right: the whole point of the term is that non-government stakeholders take part alongside governments.',
      },
    },
    {
      id: 'standards-body-name',
      type: 'short-answer',
      prompt: 'Which industry partnership of standards bodies writes the global specifications for 5G? (acronym or full name)',
      explanation:
        'The 3rd Generation Partnership Project (3GPP). Its Release 15 contained the first 5G New Radio specifications (December 2017 and June 2018).',
      accept: ['3GPP', '3rd Generation Partnership Project', 'Third Generation Partnership Project'],
    },
    {
      id: 'why-silos-cost',
      type: 'single',
      prompt:
        'Congress first provided $1.9 billion to remove Huawei and ZTE equipment from small US carriers, but the FCC later put the full cost at $4.98 billion. What does this example show?',
      explanation:
        'A decision taken for security reasons turned out to carry a large business and deployment cost: a $3.08 billion shortfall on top of the first $1.9 billion. It illustrates why joining security expertise with technology and business expertise, as Munro’s model does, matters.',
      source: { title: 'Congressional Research Service, Insight IN11663', url: 'https://crsreports.congress.gov/' },
      options: [
        {
          id: 'join-early',
          text: 'A security decision about networks can carry a large business cost, so security, business and deployment expertise all bear on it',
          correct: true,
          explanation: 'Right: the gap between the first sum and the full cost shows how closely the security and business sides of a network decision are linked.',
        },
        {
          id: 'ignore-security',
          text: 'Governments should leave security out of network decisions',
          explanation: 'Wrong: Munro wants security expertise joined with the others, not removed.',
        },
        {
          id: 'tech-only',
          text: 'Only engineers should make decisions about networks',
          explanation: 'Wrong: that would be a silo of its own. Munro’s point is that all three domains must work together.',
        },
      ],
    },
  ],
});
