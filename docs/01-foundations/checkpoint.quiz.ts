import { defineQuiz } from '@site/src/quiz/define';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

// Exam mode. Two sections, so that every attempt asks four questions that recall or explain and
// four that apply, analyse or evaluate. None of these questions appears in the lesson quizzes.
export default defineQuiz({
  id: 'foundations-checkpoint',
  title: 'Module 1 checkpoint',
  mode: 'exam',
  draw: { basics: 4, cases: 4 },
  questions: [
    {
      id: 'frontier-claim',
      type: 'single',
      level: 'recall',
      section: 'basics',
      prompt: 'Which sentence opens Mung Chiang’s "The Era Of \'Tech Diplomacy\' Is Here"?',
      explanation:
        'Chiang opens with "Technology is the new frontier of international relations" and adds that the interaction between technology and diplomacy is bi-directional. The other two quotations are Munro’s.',
      options: [
        {
          id: 'frontier',
          text: '"Technology is the new frontier of international relations."',
          correct: true,
          explanation: 'Right: his first sentence, followed by "The interaction is bi-directional."',
        },
        {
          id: 'heart-of-competition',
          text: '"Technology lies at the heart of geostrategic competition between China and the US."',
          explanation: 'Wrong: this is Bronte Munro’s sentence, from her article for ASPI’s The Strategist.',
        },
        {
          id: 'new-concept',
          text: '"We need to get used to a new concept in international security: tech diplomacy."',
          explanation: 'Wrong: these are Munro’s opening words, not Chiang’s.',
        },
      ],
    },
    {
      id: 'security-concept',
      type: 'true-false',
      level: 'recall',
      section: 'basics',
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
      id: 'domain-questions',
      type: 'matching',
      level: 'understand',
      section: 'basics',
      prompt: 'In the course’s summary of Munro’s three domains, each domain asks its own main question. Match them.',
      explanation:
        'The course sums up the silos by the question each domain asks: whether a technology can be built and works, whether it can be made, sold and deployed at scale, and whether it serves the national interest and is safe. The summary is the course’s, not Munro’s.',
      pairs: [
        {
          id: 'technology',
          term: 'Technology',
          match: 'Can it be built, and how well does it work?',
          explanation: 'The question of research and development.',
        },
        {
          id: 'business',
          term: 'Business',
          match: 'Can it be made, sold and deployed at scale?',
          explanation: 'The question of commercialisation and deployment.',
        },
        {
          id: 'foreign-policy',
          term: 'Foreign policy',
          match: 'Does it serve the national interest, and is it safe?',
          explanation: 'The question of security goals and international regulation.',
        },
      ],
    },
    {
      id: 'actors',
      type: 'multiple',
      level: 'recall',
      section: 'basics',
      prompt: 'Which of these does Module 1 count among the actors of tech diplomacy? Select all that apply.',
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
      id: 'both-directions-example',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'Which pair of sentences captures Chiang’s two-way street for semiconductors?',
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
          text: 'Chips shape the digital economy, and the growth of the digital economy in turn decides how many chips are made',
          explanation: 'Wrong: Chiang’s two-way street runs between technology and diplomacy, not between chips and the economy.',
        },
        {
          id: 'science',
          text: 'Scientists advise treaty negotiators; negotiators fund colliders',
          explanation: 'Wrong: that describes science diplomacy, the older tradition Chiang distinguishes from tech diplomacy.',
        },
      ],
    },
    {
      // Titles and dates come from the course timeline, so the question cannot drift from it.
      ...orderingFromTimeline({
        id: 'order-foundations',
        prompt: 'Put these events from across Module 1 in order, earliest first.',
        explanation:
          'The US–Japan Semiconductor Agreement dates from 1986; Denmark announced its tech ambassador in January 2017; Huawei went on the Entity List in May 2019; the CHIPS and Science Act was signed on 9 August 2022; the Special Envoy office opened on 3 January 2023.',
        eventIds: [
          'us-japan-semiconductor-agreement',
          'denmark-tech-ambassador',
          'huawei-entity-list',
          'chips-and-science-act',
          'special-envoy-critical-emerging-technology',
        ],
      }),
      level: 'recall',
      section: 'basics',
    },
    {
      id: 'which-is-digital',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt: 'Which of these is digital diplomacy rather than tech diplomacy?',
      explanation:
        'Digital diplomacy uses digital tools to conduct diplomacy, whatever the topic. Tech diplomacy makes the technology itself the subject: who builds networks, who may buy chips, which rules govern AI.',
      options: [
        {
          id: 'social-campaign',
          text: 'An embassy runs an online campaign to reach students abroad',
          correct: true,
          explanation: 'Right: technology here is only the medium; the topic could be anything.',
        },
        {
          id: '5g-guidance',
          text: 'A government decides which vendors may build its 5G networks, after hearing operators and security agencies',
          explanation: 'Wrong: that makes a technology the subject of foreign and security policy, which is tech diplomacy.',
        },
        {
          id: 'chip-rule',
          text: 'Allies coordinate controls on advanced chipmaking equipment',
          explanation: 'Wrong: controlling who may receive a technology is tech diplomacy: foreign policy shaping technology, the second direction of Chiang’s two-way street.',
        },
      ],
    },
    {
      id: 'vendor-policy-advice',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A ministry is drafting its 5G vendor policy. The network engineers, two operators and the intelligence service each send advice, and the advice conflicts. What does Munro’s model ask the ministry to do?',
      explanation:
        'Munro’s model joins the expertise that drives R&D, the expertise that drives commercialisation and deployment, and the expertise that drives security goals and international regulation. Conflicting advice is the reason to weigh the three together, not to pick one silo.',
      options: [
        {
          id: 'weigh-together',
          text: 'Weigh engineering, cost and deployment, and security advice together',
          correct: true,
          explanation: 'Right: each domain sees part of the decision; the model asks that they meet.',
        },
        {
          id: 'security-only',
          text: 'Follow the intelligence service alone, since security comes first',
          explanation: 'Wrong: security matters greatly, but taking one domain’s advice alone is the silo Munro wants to overcome.',
        },
        {
          id: 'cheapest',
          text: 'Let operators buy the cheapest equipment and review security later',
          explanation: 'Wrong: that is the business silo deciding alone; security and regulation would come too late.',
        },
        {
          id: 'campaign-first',
          text: 'Explain the policy online abroad before deciding it',
          explanation: 'Wrong: publicity is digital diplomacy and does not settle what the policy should be.',
        },
      ],
    },
    {
      id: 'two-embassies',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Embassy A posts daily videos about its country’s start-ups. Embassy B negotiates with its host government over a joint chip-packaging plant and which firms may supply it. Which embassy is doing tech diplomacy, and why is the other not?',
      explanation:
        'In B the technology, and the firms around it, are the subject of negotiation between states. In A, technology companies are the topic of the message and video is the medium: digital diplomacy, whatever its subject.',
      options: [
        {
          id: 'embassy-b',
          text: 'B: the technology is what is negotiated; A only uses technology to carry a message',
          correct: true,
          explanation: 'Right: the test is whether technology is the subject of negotiation or the medium.',
        },
        {
          id: 'embassy-a',
          text: 'A: its videos are about technology companies',
          explanation: 'Wrong: talking about technology is not negotiating it. A’s videos are digital diplomacy with a technology theme.',
        },
        {
          id: 'both',
          text: 'Both, because both involve technology',
          explanation: 'Wrong: involving technology is not enough; what matters is whether it is the medium or the subject.',
        },
      ],
    },
    {
      id: 'silo-symptom',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt: 'Which of these problems would joining Munro’s three domains most directly prevent?',
      explanation:
        'An export rule written without the firms that know the products is a failure of the link between security and regulatory expertise and the expertise in R&D and commercialisation, the link Munro’s model is built to make.',
      options: [
        {
          id: 'rule-misses-items',
          text: 'An export rule drafted without asking which firms make the product, so it misses the items that matter',
          correct: true,
          explanation: 'Right: the regulators lacked the technical and business knowledge that the other two domains hold.',
        },
        {
          id: 'slow-website',
          text: 'An embassy website that loads slowly',
          explanation: 'Wrong: a technical nuisance, but no domain is missing from a decision.',
        },
        {
          id: 'long-treaty',
          text: 'A treaty that takes more than a decade to negotiate',
          explanation: 'Wrong: slow negotiation is a feature of treaty diplomacy among states, not a symptom of separated technology, business and foreign-policy expertise.',
        },
      ],
    },
    {
      id: 'source-opportunities',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Munro writes that tech diplomacy "also offers opportunities for commercialization and the establishment of the rules and norms that govern uses". Which idea from Module 1 does this sentence support most directly?',
      explanation:
        'The word "also" follows her argument about keeping pace with adversaries. The sentence adds markets and rules to competition, so tech diplomacy is not only a contest over who leads.',
      options: [
        {
          id: 'not-only-rivalry',
          text: 'Tech diplomacy is about markets and rules as well as rivalry',
          correct: true,
          explanation: 'Right: "also" marks these as opportunities beside the security competition.',
        },
        {
          id: 'governments-build',
          text: 'Governments, not companies, should build and sell the technology themselves',
          explanation: 'Wrong: commercialisation runs through companies; the sentence says nothing about governments replacing them.',
        },
        {
          id: 'digital-same',
          text: 'Tech diplomacy and digital diplomacy are two names for one practice, since both are about how technology reaches the public',
          explanation: 'Wrong: the sentence is about markets and rules for technology, not about the tools diplomats use to communicate.',
        },
      ],
    },
    {
      id: 'capacity-evidence',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt: 'Which evidence best supports the claim that foreign ministries have had to build new capacity for tech diplomacy?',
      explanation:
        'The State Department’s Bureau of Cyberspace and Digital Policy (4 April 2022) and the Special Envoy office (3 January 2023) are dated, sourced institutional changes. Chiang’s own service as adviser is reported but not verified by the course, so it is weaker evidence.',
      options: [
        {
          id: 'bureau-and-envoy',
          text: 'The State Department’s new bureau (2022) and Special Envoy office (2023)',
          correct: true,
          explanation: 'Right: new, dated units inside a foreign ministry are direct evidence of new capacity.',
        },
        {
          id: 'chiang-adviser',
          text: 'Mung Chiang’s reported service as the State Department’s Science and Technology Adviser in 2019–20',
          explanation:
            'Weaker: one person holding an existing post shows no new capacity, and the course has not verified this detail independently.',
        },
        {
          id: 'purdue-center',
          text: 'Purdue launching its Center for Tech Diplomacy in July 2021',
          explanation: 'Wrong: a university centre outside government is not a foreign ministry building capacity of its own.',
        },
      ],
    },
    {
      id: 'both-halves-case',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt:
        'True or false: an ally that consults its own chip-tool makers and then coordinates its export controls with the United States fits both halves of Munro’s simplest definition.',
      answer: true,
      explanation:
        'Munro’s simplest definition is "technological collaboration across sectors and between countries". Consulting the tool makers works across sectors; coordinating with the United States works between countries.',
      explanations: {
        true: 'Right: across sectors (government with industry) and between countries (the ally with the United States).',
        false: 'Wrong: both halves are there: the ally works with its own industry and with another government.',
      },
    },
    {
      id: 'trusted-supplier-result',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'Two partners agree which suppliers they trust for their mobile networks, and as a result a trusted supplier wins contracts in both countries. Which of Munro’s two opportunities does the result illustrate?',
      explanation:
        'The result described is sales: trusted firms reaching larger markets. That is the commercialisation opportunity; the agreement itself sits closer to rules and norms.',
      options: [
        {
          id: 'commercialisation',
          text: 'Commercialisation',
          correct: true,
          explanation: 'Right: the lesson gives this kind of agreement as a way of opening markets to the suppliers that qualify.',
        },
        {
          id: 'rules-norms',
          text: 'Setting rules and norms for how the technology is used',
          explanation: 'Not for the result: the agreement on trusted suppliers is close to a norm, but what the question asks about, contracts won, is commercial.',
        },
        {
          id: 'pacing',
          text: 'Neither: it shows only that both partners have fallen behind the pacing threat',
          explanation: 'Wrong: nothing in the case says who leads; and Munro lists commercialisation as an opportunity beside keeping pace.',
        },
      ],
    },
  ],
});
