import { defineQuiz } from '@site/src/quiz/define';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

/**
 * The course's final assessment: an exam drawn from a pool of its own questions (none copies or
 * rewords a lesson or checkpoint question; `npm run quiz-report` checks similarity across the
 * course). Passing (70%) unlocks the completion page.
 *
 * Each module has two sections: `core` (recall and understanding, 4 questions) and `cases`
 * (scenario, source and compare questions at apply, analyse or evaluate, 7 questions). Every
 * attempt draws 2 + 3 from each module: 30 questions that cover all six modules, 18 of them
 * (60%) at apply or above, so no attempt is easier than another by the luck of the draw.
 *
 * maxAttempts 3: an attempt shows 30 of the 66 questions and the review after it shows the
 * answers, so three attempts already show most of the pool. A fourth would mostly test memory
 * of earlier reviews, and the completion page would no longer say what it claims. Three still
 * leave room for a bad day and for revising between attempts.
 */
export default defineQuiz({
  id: 'final-assessment',
  title: 'Final assessment',
  mode: 'exam',
  passMark: 70,
  maxAttempts: 3,
  draw: {
    'foundations-core': 2,
    'foundations-cases': 3,
    'science-to-tech-core': 2,
    'science-to-tech-cases': 3,
    'semiconductors-core': 2,
    'semiconductors-cases': 3,
    '5g-core': 2,
    '5g-cases': 3,
    'values-core': 2,
    'values-cases': 3,
    'capacity-core': 2,
    'capacity-cases': 3,
  },
  questions: [
    // ───────────── Module 1: Foundations ─────────────
    {
      id: 'm1-subject-and-tool',
      type: 'single',
      level: 'understand',
      section: 'foundations-core',
      prompt:
        'The course’s working definition says that in tech diplomacy technology is both the subject of foreign policy and a tool of it. Which pair of examples shows the two roles?',
      explanation:
        'Technology is the subject when diplomats negotiate about it (how it is developed, traded, governed and secured) and a tool when a country’s technology, and the partnerships built around it, become ways of pursuing its interests.',
      options: [
        {
          id: 'chips-and-partnership',
          text: 'Subject: allies negotiate which chipmaking machines may be sold to a rival. Tool: a state builds a chip-supply partnership with friends.',
          correct: true,
          explanation: 'Right: the machines are what is negotiated, and the supply partnership is technology put to work for the country’s interests.',
        },
        {
          id: 'videos-and-encryption',
          text: 'Subject: an embassy posts videos about its country’s start-ups online. Tool: the foreign ministry encrypts its diplomatic cables.',
          explanation: 'Wrong: both use technology as the medium or the plumbing of diplomacy (digital diplomacy and IT security), not as the thing negotiated or a partnership that serves national interests.',
        },
        {
          id: 'ozone-and-laboratory',
          text: 'Subject: scientists brief negotiators on ozone chemistry before treaty talks. Tool: a shared physics laboratory rebuilds ties after a war.',
          explanation: 'Wrong: these are science diplomacy (science in diplomacy, then diplomacy for science and science for diplomacy), the older tradition Module 2 sets tech diplomacy against.',
        },
        {
          id: 'hospitals-and-hotline',
          text: 'Subject: states agree norms against attacks on hospitals’ networks. Tool: two capitals set up a hotline for incidents online.',
          explanation: 'Wrong: this is cyber diplomacy, about how states behave in cyberspace; it overlaps with tech diplomacy but is narrower.',
        },
      ],
    },
    {
      // Titles and dates come from the course timeline, so the question cannot drift from it.
      ...orderingFromTimeline({
        id: 'm1-order-state-machinery',
        prompt: 'Foreign ministries have had to build new machinery for technology. Put these steps in order, earliest first.',
        explanation:
          'A National Research Council report urged a senior adviser in October 1999; Norman Neureiter was announced as the first Science and Technology Adviser to the Secretary of State on 20 September 2000; Denmark announced its tech ambassador on 27 January 2017; the Bureau of Cyberspace and Digital Policy began work on 4 April 2022, and the Special Envoy’s office on 3 January 2023.',
        eventIds: [
          'nrc-pervasive-role-report',
          'first-state-st-adviser',
          'denmark-tech-ambassador',
          'state-cyberspace-digital-policy-bureau',
          'special-envoy-critical-emerging-technology',
        ],
      }),
      level: 'recall',
      section: 'foundations-core',
    },
    {
      id: 'm1-first-ai-standard',
      type: 'short-answer',
      level: 'recall',
      section: 'foundations-core',
      prompt:
        'The course’s dated example of Munro’s opportunity to establish "the rules and norms that govern uses" is the first intergovernmental standard on AI, adopted on 22 May 2019 and backed by 42 countries. Which organisation adopted it? (the abbreviation is enough)',
      accept: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
      explanation:
        'The OECD Council adopted the OECD AI Principles on 22 May 2019 (36 members and 6 other countries); the G20 endorsed them in June 2019. Module 5 follows the AI rulebook from there to the EU AI Act of 2024.',
    },
    {
      id: 'm1-cyber-overlap',
      type: 'true-false',
      level: 'understand',
      section: 'foundations-core',
      prompt:
        'True or false: in the course’s comparison, deciding who may supply a telecoms network is partly a cyber-security question, while export rules for chipmaking machines are tech diplomacy without being cyber diplomacy.',
      answer: true,
      explanation:
        'Cyber diplomacy deals with cyberspace: norms of state behaviour, cybercrime, incident response. It overlaps with tech diplomacy on network suppliers, but it is narrower.',
      explanations: {
        true: 'Right: a supplier decision touches cyber security, while chip export rules concern a critical technology, not cyberspace.',
        false: 'Wrong: Module 1 makes exactly these two points: the terms overlap on network suppliers, and chip export rules are tech diplomacy that is not cyber diplomacy.',
      },
    },
    {
      id: 'm1-memo-and-plant',
      type: 'single',
      level: 'apply',
      section: 'foundations-cases',
      prompt:
        'A trade ministry finds that its carmakers depend on chips from a single foreign foundry, and ministers put chip supply on the agenda of every summit. A year later the ministry persuades two partners to co-fund a chip-packaging plant on their soil. In Chiang’s terms, what do the two steps show?',
      explanation:
        'Chiang’s street runs both ways: the global chip supply chain "is shaping U.S. foreign policy", and diplomacy "has been redefining the supply chain". Here a fact about supply sets the diplomatic agenda, and then diplomacy moves the chain.',
      options: [
        {
          id: 'first-then-second',
          text: 'First the supply chain shaping foreign policy, then diplomacy reshaping the supply chain',
          correct: true,
          explanation: 'Right: a dependence puts chips on the summit agenda, and a negotiated plant then changes where chips are handled.',
        },
        {
          id: 'second-twice',
          text: 'Diplomacy reshaping the supply chain both times, since a ministry acted at each step',
          explanation: 'Wrong: in the first step the ministry reacts to where chips are made; the industrial fact drives the policy, not the other way round.',
        },
        {
          id: 'reversed',
          text: 'First diplomacy shaping the technology, then the technology shaping diplomacy in return',
          explanation: 'Wrong: the order is reversed. The dependence came first and set the agenda; the co-funded plant is diplomacy acting on the chain.',
        },
        {
          id: 'controls-only',
          text: 'Neither, since Chiang’s two directions concern export controls and this case contains none',
          explanation: 'Wrong: Chiang names no particular tool; subsidies, partnerships and negotiated plants reshape a supply chain as much as controls do.',
        },
      ],
    },
    {
      id: 'm1-tech-not-cyber',
      type: 'single',
      level: 'analyse',
      section: 'foundations-cases',
      prompt:
        'Case A: a UN group of governments negotiates norms against cyber-attacks on hospitals. Case B: a government, its chip-tool makers and an ally agree which machines will need an export licence. Which case is tech diplomacy that is not cyber diplomacy, and why?',
      explanation:
        'Case A is cyber diplomacy: rules for state behaviour in cyberspace. Case B negotiates a critical technology itself, with the companies that make it: tech diplomacy, and not about cyberspace at all.',
      options: [
        {
          id: 'b-subject',
          text: 'Case B, because the chip tools themselves are what is negotiated, with their makers',
          correct: true,
          explanation: 'Right: technology is the subject, and companies take part, as the course’s definition expects.',
        },
        {
          id: 'a-computers',
          text: 'Case A, because any talks that involve computers or networks count as tech diplomacy rather than cyber diplomacy',
          explanation: 'Wrong: norms for behaviour in cyberspace are the core of cyber diplomacy, which the course treats as narrower than tech diplomacy.',
        },
        {
          id: 'both-same',
          text: 'Both cases equally, since each deals with technology and the two labels mean the same',
          explanation: 'Wrong: the course separates them. Cyber diplomacy deals with cyberspace; tech diplomacy with critical technologies themselves.',
        },
        {
          id: 'b-digital',
          text: 'Case B, because export licences are handled online and so are a kind of digital diplomacy',
          explanation: 'Wrong reason: digital diplomacy is about using digital tools to conduct diplomacy. Case B is tech diplomacy because the technology is the subject.',
        },
      ],
    },
    {
      id: 'm1-munro-not-bilateral',
      type: 'single',
      level: 'evaluate',
      section: 'foundations-cases',
      prompt:
        'Munro writes: "Technology lies at the heart of geostrategic competition between China and the US." A student concludes that, for Munro, tech diplomacy is a two-country affair between Washington and Beijing. Which reply is best supported by her article?',
      explanation:
        'Munro sets the rivalry as the context, but her tech diplomacy is done with others: it is "a key tool to ensure that US allies and partners, including Australia, can stay ahead of or keep up with the pacing threat".',
      options: [
        {
          id: 'allies',
          text: 'Not so: she presents it as a tool for US allies and partners, Australia included, to keep pace',
          correct: true,
          explanation: 'Right: her unit is the alliance, and her success story is Australia’s 5G decision.',
        },
        {
          id: 'names-no-other',
          text: 'Agreed: her article names no country other than the United States and China when it discusses tech diplomacy',
          explanation: 'Wrong: she names Australia twice, as a partner and as the first mover on 5G.',
        },
        {
          id: 'peripheral',
          text: 'Not so: she argues that technology matters little to the rivalry between the great powers',
          explanation: 'Wrong: she says the opposite; technology "lies at the heart" of the competition.',
        },
        {
          id: 'bilateral-talks',
          text: 'Agreed: she defines tech diplomacy as a bilateral negotiation between the two powers over technology rules',
          explanation: 'Wrong: she defines it as collaboration "across sectors and between countries", and joining technology, business and foreign policy; she never calls it a bilateral negotiation.',
        },
      ],
    },
    {
      id: 'm1-both-directions-one-story',
      type: 'single',
      level: 'analyse',
      section: 'foundations-cases',
      prompt: 'Which case from the course shows both directions of Chiang’s two-way street within one story?',
      explanation:
        'In the 1980s an industrial fact (Japan’s share of world chip output rose from 28% to 50% between 1978 and 1987) drew Washington into a dispute; the 1986 agreement and SEMATECH (1987) were then diplomacy and industrial policy aimed at changing the market.',
      options: [
        {
          id: 'us-japan',
          text: 'The 1980s dispute: Japan’s rising output drew the US in; the 1986 pact and SEMATECH then aimed to change the market',
          correct: true,
          explanation: 'Right: first the supply chain shaped policy, then policy set out to reshape the chain.',
        },
        {
          id: 'oecd',
          text: 'The OECD AI Principles of May 2019, the first intergovernmental standard on artificial intelligence, backed by 42 countries',
          explanation: 'Wrong: governments writing rules for a technology shows one direction, diplomacy shaping technology, not both.',
        },
        {
          id: 'entity-list',
          text: 'Huawei’s addition to the US Entity List in May 2019, together with 68 of its affiliates outside the United States',
          explanation: 'Wrong: a rule that denies a company technology shows diplomacy acting on the chain, one direction only.',
        },
        {
          id: 'denmark',
          text: 'Denmark’s tech ambassador of 2017, named in May and posted later that year to an office in Silicon Valley',
          explanation: 'Wrong: Denmark’s step shows a ministry engaging companies; it is not a story of supply shaping policy and policy reshaping supply.',
        },
      ],
    },
    {
      id: 'm1-technology-as-tool',
      type: 'single',
      level: 'analyse',
      section: 'foundations-cases',
      prompt:
        'In the course’s working definition, technology is also a tool: a country’s technology, and the partnerships built around it, become ways of pursuing its interests. Which case shows technology as a tool in that sense?',
      explanation:
        'AUKUS Pillar II is a partnership built around frontier technology that serves its members’ security. The other cases use technology as a medium, treat cyberspace as a domain, or are industry’s own technical work.',
      options: [
        {
          id: 'aukus',
          text: 'AUKUS Pillar II: Australia, the UK and the US develop AI and quantum capabilities together',
          correct: true,
          explanation: 'Right: the shared technology binds three allies and serves their security interests.',
        },
        {
          id: 'campaign',
          text: 'An embassy’s social-media campaign that explains its government’s policy on artificial intelligence to foreign publics',
          explanation: 'Wrong: technology is the medium here, which makes it digital diplomacy, whatever the topic of the posts.',
        },
        {
          id: 'cyber-norms',
          text: 'A UN group’s norms for how states should and should not behave towards each other in cyberspace',
          explanation: 'Wrong: cyberspace is the domain in which threats arise; this is cyber diplomacy.',
        },
        {
          id: 'release-15',
          text: '3GPP engineers completing the first 5G New Radio specifications in Release 15, in 2017 and 2018',
          explanation: 'Wrong: an industry partnership defining the technology is an actor tech diplomacy works with, not a state using its technology to pursue its interests.',
        },
      ],
    },
    {
      id: 'm1-chip-tool-domains',
      type: 'matching',
      level: 'apply',
      section: 'foundations-cases',
      prompt:
        'An ally is asked to align its export controls on a chipmaking tool. Three questions must be answered before it decides. Match each question to the domain in Munro’s model whose expertise answers it.',
      explanation:
        'Munro joins the expertise that drives R&D, the expertise that drives commercialisation and deployment, and the expertise that drives security goals and international regulation. A good decision on the tool needs all three.',
      pairs: [
        {
          id: 'technology',
          term: 'Which versions of the tool make leading-edge chips possible?',
          match: 'Technology: research and development',
          explanation: 'Knowing what each version can do is engineering knowledge.',
        },
        {
          id: 'business',
          term: 'Which customers, and how much of the firm’s revenue, are at stake?',
          match: 'Business: commercialisation and deployment',
          explanation: 'Sales and customers are the firm’s knowledge.',
        },
        {
          id: 'foreign-policy',
          term: 'How would the rule serve the ally’s security goals and its partnerships?',
          match: 'Foreign policy: security goals and regulation',
          explanation: 'Weighing security aims and alliances is the foreign-policy side.',
        },
      ],
    },
    {
      id: 'm1-silos-clocks-secrets',
      type: 'multiple',
      level: 'analyse',
      section: 'foundations-cases',
      prompt:
        'A security agency wants a two-year review of a network supplier; the operators plan to buy equipment next quarter; and the supplier’s rivals will not show officials their product plans. Which of the course’s explanations for why the three domains work apart does this case show? Select all that apply.',
      explanation:
        'The course offers three explanations, its own rather than Munro’s: the domains run on different clocks, guard different secrets and have separate careers. This case shows the first two.',
      options: [
        {
          id: 'clocks',
          text: 'They run on different clocks',
          correct: true,
          explanation: 'Right: a two-year review meets a purchase next quarter.',
        },
        {
          id: 'secrets',
          text: 'They guard different secrets',
          correct: true,
          explanation: 'Right: firms protect trade secrets such as product plans, as governments protect classified information.',
        },
        {
          id: 'careers',
          text: 'Their careers are separate, so few engineers become diplomats',
          explanation: 'Wrong for this case: the course does give this reason, but nothing in the case is about careers.',
        },
        {
          id: 'same-aims',
          text: 'They share one aim, so there is nothing for tech diplomacy to join',
          explanation: 'Wrong: the case shows the domains pulling apart; joining them is the point of Munro’s model.',
        },
      ],
    },

    // ───────────── Module 2: From science diplomacy to tech diplomacy ─────────────
    {
      ...orderingFromTimeline({
        id: 'm2-order-cooperation',
        prompt: 'Put these moments of cooperation across political divides in order, earliest first.',
        explanation:
          'The International Geophysical Year ran from July 1957 to December 1958; the Outer Space Treaty opened for signature on 27 January 1967; Nixon and Kosygin signed the space agreement on 24 May 1972; Zarya, the first module of the International Space Station, was launched on 20 November 1998; seven parties signed the ITER agreement on 21 November 2006.',
        eventIds: [
          'international-geophysical-year',
          'outer-space-treaty',
          'us-ussr-space-agreement',
          'iss-zarya-launched',
          'iter-agreement',
        ],
      }),
      level: 'recall',
      section: 'science-to-tech-core',
    },
    {
      id: 'm2-cern-founding-states',
      type: 'short-answer',
      level: 'recall',
      section: 'science-to-tech-core',
      prompt:
        'Europe’s shared laboratory for particle physics was created by a convention that entered into force in 1954. How many founding states had ratified it? (number)',
      number: { value: 12, tolerance: 0 },
      explanation:
        'CERN came into being on 29 September 1954, when the Convention ratified by its 12 founding European states entered into force: a continent recently at war now shared a laboratory, a textbook case of diplomacy for science.',
    },
    {
      id: 'm2-chiang-names-no-treaty',
      type: 'true-false',
      level: 'understand',
      section: 'science-to-tech-core',
      prompt:
        'True or false: when Chiang describes science diplomacy, he names particular treaties, laboratories and missions, such as the NPT, CERN and Apollo–Soyuz.',
      answer: false,
      explanation:
        'Chiang names the roles scientists played and four topics (nuclear proliferation, super-collider construction, human space exploration and environmental science), to set tech diplomacy apart. Every dated example in Module 2 is the course’s choice.',
      explanations: {
        true: 'Wrong: his excerpt names no treaty, laboratory or mission; the NPT, CERN and Apollo–Soyuz are the course’s illustrations.',
        false: 'Right: he describes roles and topics only; the examples come from the course’s other sources.',
      },
    },
    {
      id: 'm2-what-carries-over',
      type: 'single',
      level: 'understand',
      section: 'science-to-tech-core',
      prompt: 'Module 2 says tech diplomacy inherits one thing from classic science diplomacy but not the conditions it worked in. What carries over?',
      explanation:
        'Classic science diplomacy had governments as its main customers and funders, long timescales and topics built around public projects. Tech diplomacy inherits the habit of cooperation but not those conditions: its technologies are private and fast.',
      options: [
        {
          id: 'cooperation',
          text: 'The habit of cooperation',
          correct: true,
          explanation: 'Right: the habit of working together across borders, even across deep divides, carries over.',
        },
        {
          id: 'funders',
          text: 'Governments as the main funders and customers of the work',
          explanation: 'Wrong: today’s critical technologies are mostly built, owned and sold by companies.',
        },
        {
          id: 'timescales',
          text: 'Timescales measured in years or decades, as with treaties',
          explanation: 'Wrong: commercial technology moves at the pace of product cycles, far faster than treaty diplomacy did.',
        },
        {
          id: 'public-projects',
          text: 'Topics built around public projects such as treaties and state laboratories',
          explanation: 'Wrong: almost every new topic is built around products that companies design, make and sell.',
        },
      ],
    },
    {
      id: 'm2-apollo-soyuz-or-rapidus',
      type: 'single',
      level: 'analyse',
      section: 'science-to-tech-cases',
      prompt:
        'Case A: Apollo and Soyuz dock in orbit (1975). Case B: Japan launches Rapidus (2022), backed by eight Japanese firms and using IBM technology to aim at 2 nm chips by 2027. Which case fits tech diplomacy better, and why?',
      explanation:
        'Apollo–Soyuz was a government mission used to build relations, the textbook case of science for diplomacy. Rapidus puts a commercial technology, companies and an ally’s technology at the centre of state policy: the conditions of tech diplomacy.',
      options: [
        {
          id: 'rapidus-companies',
          text: 'Case B: a commercial technology built by firms, with an ally’s know-how, sits at the centre of state policy',
          correct: true,
          explanation: 'Right: private ownership, commercial speed and cooperation between allies mark it as tech diplomacy.',
        },
        {
          id: 'apollo-advanced',
          text: 'Case A: it used the most advanced technology of its day, which is what makes any project tech diplomacy',
          explanation: 'Wrong: advanced engineering is not the test. A state-run mission used to ease relations is science for diplomacy.',
        },
        {
          id: 'rapidus-treaty',
          text: 'Case B, because Rapidus was set up under a treaty that Japan signed with the United States and IBM',
          explanation: 'Wrong reason: Rapidus was launched with eight Japanese firms behind it and a first state subsidy of ¥70 billion; no treaty is involved. Its use of IBM technology is cooperation between allies, not a treaty.',
        },
        {
          id: 'both-equal',
          text: 'Both equally: each joined two countries’ technology, so the only difference is the date',
          explanation: 'Wrong: who owns and builds the technology differs sharply, and Module 2 makes that the central difference.',
        },
      ],
    },
    {
      id: 'm2-intertwined-ai-rules',
      type: 'single',
      level: 'analyse',
      section: 'science-to-tech-cases',
      prompt:
        'Chiang writes that how we "craft foreign policy" and how we "develop these critical technologies" are "intertwined". On the course’s reading of that sentence, which case fits it best?',
      explanation:
        'Chiang gives no example; the course reads the sentence through AI: when rules are drafted while the product is still being built, diplomats and developers shape each other’s work in real time. The test ban is the contrast.',
      options: [
        {
          id: 'ai-rules',
          text: 'AI rules drafted while the products were still being built, from the OECD Principles (2019) to the EU AI Act (2024)',
          correct: true,
          explanation: 'Right: the rules and the technology develop at the same time and shape each other.',
        },
        {
          id: 'test-ban',
          text: 'The Partial Test Ban Treaty of 1963, which set limits on weapons that states had already built',
          explanation: 'Wrong: the course uses the test ban as the contrast, a treaty that governed a technology states had already built.',
        },
        {
          id: 'ssc',
          text: 'The US Congress cancelling the Superconducting Super Collider in Texas in 1993, after about $2 billion had been spent',
          explanation: 'Wrong: this shows domestic politics ending a big science project, not policy and development shaping each other.',
        },
        {
          id: 'cern',
          text: 'Twelve European states founding CERN in 1954 to share a particle-physics laboratory after the war',
          explanation: 'Wrong: a shared public laboratory is the classic case of diplomacy for science.',
        },
      ],
    },
    {
      id: 'm2-technology-lenses',
      type: 'matching',
      level: 'apply',
      section: 'science-to-tech-cases',
      prompt:
        'Module 2 turns the three dimensions of science diplomacy into technology lenses. None of these cases is in the course. Match each case to the lens it fits best.',
      explanation:
        'Technology in diplomacy: engineering advice informs foreign policy. Diplomacy for technology: diplomatic work secures supply chains, standards and markets. Technology for diplomacy: technology partnerships strengthen relations.',
      pairs: [
        {
          id: 'in',
          term: 'A ministry’s AI engineers advise its delegation on what a proposed testing rule could verify',
          match: 'Technology in diplomacy',
          explanation: 'Engineering knowledge serves the negotiators.',
        },
        {
          id: 'for-technology',
          term: 'Envoys secure a partner’s promise to keep supplying a rare material to a new fab',
          match: 'Diplomacy for technology',
          explanation: 'Diplomatic work secures a supply chain.',
        },
        {
          id: 'for-diplomacy',
          term: 'Two estranged governments launch a joint quantum-research programme to rebuild trust',
          match: 'Technology for diplomacy',
          explanation: 'A technology partnership serves the relationship itself.',
        },
      ],
    },
    {
      id: 'm2-iss-lenses',
      type: 'single',
      level: 'evaluate',
      section: 'science-to-tech-cases',
      prompt:
        'Two students argue about the International Space Station. One files it under diplomacy for science, the other under science for diplomacy, and each marks the other wrong. Which judgement fits Module 2?',
      explanation:
        'Module 2 asks learners to use the dimensions as lenses, not boxes. The ISS needed intergovernmental agreements to exist (diplomacy for science) and brings former Cold War rivals together in one programme (science for diplomacy).',
      options: [
        {
          id: 'both',
          text: 'Both are right: it needed agreements to exist, and it joins former Cold War rivals',
          correct: true,
          explanation: 'Right: each lens shows a different side of the same project.',
        },
        {
          id: 'only-diplomacy-for-science',
          text: 'Only diplomacy for science fits, because the station needed intergovernmental agreements before anyone could fly',
          explanation: 'Wrong: the agreements are one side; bringing the US and Russia together in one programme is the other.',
        },
        {
          id: 'only-science-for-diplomacy',
          text: 'Only science for diplomacy fits, because Apollo–Soyuz, its forerunner, is the textbook case of that dimension',
          explanation: 'Wrong: even Apollo–Soyuz first needed a diplomatic act, the 1972 space agreement; one lens never exhausts a project.',
        },
        {
          id: 'neither',
          text: 'Neither fits: the station is science in diplomacy, since scientists advise the governments that run it',
          explanation: 'Wrong: science in diplomacy is scientific advice informing foreign policy; the station is a shared facility and a meeting place of former rivals.',
        },
      ],
    },
    {
      id: 'm2-igy-and-bletchley',
      type: 'single',
      level: 'analyse',
      section: 'science-to-tech-cases',
      prompt:
        'Compare the International Geophysical Year (1957–58) with the Bletchley Declaration (2023). Which statement holds for both, on the course’s account?',
      explanation:
        'The IGY ran coordinated observations in 67 countries in the middle of the Cold War; at Bletchley, 28 countries and the EU, the US and China among them, signed a text on the risks of advanced AI. Both drew rivals into one effort.',
      options: [
        {
          id: 'rivals',
          text: 'Each drew rivals into one effort despite deep political divides',
          correct: true,
          explanation: 'Right: cooperation across divides is the habit that carries over from science diplomacy, and on shared risks rivals can still sign one text.',
        },
        {
          id: 'binding',
          text: 'Each was a binding treaty with penalties for any participant that broke its terms',
          explanation: 'Wrong: the IGY was a programme of coordinated science, and the Bletchley Declaration is a declaration, a norm that binds no one.',
        },
        {
          id: 'private',
          text: 'Each was organised around technology that private companies built, owned and sold',
          explanation: 'Wrong: the IGY’s science was done largely by public agencies and universities; only Bletchley’s subject, advanced AI, is mostly private.',
        },
        {
          id: 'sixty-seven',
          text: 'Each gathered exactly 67 countries, the number that joined the IGY in 1957',
          explanation: 'Wrong: 67 countries took part in the IGY; the Bletchley Declaration was signed by 28 countries and the EU.',
        },
      ],
    },
    {
      id: 'm2-first-accord-after-normalisation',
      type: 'single',
      level: 'apply',
      section: 'science-to-tech-cases',
      prompt:
        'Two governments have just restored diplomatic relations after decades apart and want a first agreement that builds trust. Which precedent from Module 2 is closest, and which dimension does it illustrate?',
      explanation:
        'On 31 January 1979 Carter and Deng Xiaoping signed the US–China Agreement on Cooperation in Science and Technology, one of the first accords after normalisation: science used to build relations, that is, science for diplomacy.',
      options: [
        {
          id: 'us-china-for-diplomacy',
          text: 'The US–China science and technology agreement of 1979: science for diplomacy',
          correct: true,
          explanation: 'Right: an early accord after normalisation, using science to start building trust.',
        },
        {
          id: 'iter-for-diplomacy',
          text: 'The ITER fusion agreement signed by seven parties in Paris in 2006: science for diplomacy',
          explanation: 'Wrong: ITER is the course’s example of diplomacy for science, an agreement that makes shared research possible, and it did not follow a normalisation.',
        },
        {
          id: 'us-china-in-diplomacy',
          text: 'The US–China science and technology agreement of 1979: science in diplomacy',
          explanation: 'Wrong dimension: science in diplomacy is scientific advice informing policy; here cooperation serves the relationship itself.',
        },
        {
          id: 'montreal-for-science',
          text: 'The Montreal Protocol on ozone-depleting substances, signed in 1987: diplomacy for science',
          explanation: 'Wrong: an environmental treaty resting on scientific evidence is closer to science in diplomacy, and it was not a first step between estranged states.',
        },
      ],
    },
    {
      id: 'm2-climate-scientists-delegation',
      type: 'true-false',
      level: 'apply',
      section: 'science-to-tech-cases',
      prompt:
        'True or false: a foreign ministry that brings climate scientists into its delegation, so that its position on a new emissions treaty rests on sound evidence, is practising science in diplomacy.',
      answer: true,
      explanation:
        'Science in diplomacy means scientific advice informing foreign-policy objectives, as climate science has fed climate negotiations since the IPCC was set up in 1988.',
      explanations: {
        true: 'Right: the scientists’ advice serves the diplomats’ position.',
        false: 'Wrong: this is the textbook form of science in diplomacy; diplomacy for science would be the reverse, diplomats making research possible.',
      },
    },

    // ───────────── Module 3: Semiconductors and supply chains ─────────────
    {
      id: 'm3-taiwan-share',
      type: 'short-answer',
      level: 'recall',
      section: 'semiconductors-core',
      prompt: 'In 2019, what share of the world’s logic wafer capacity below 10 nm was in Taiwan, in per cent? (number)',
      number: { value: 92, tolerance: 0 },
      unit: '%',
      explanation:
        'BCG and SIA: Taiwan 92%, South Korea 8%, the United States none (2019). The figure counts manufacturing capacity for logic chips below 10 nm, not all chips.',
    },
    {
      ...orderingFromTimeline({
        id: 'm3-order-chip-milestones',
        prompt: 'Put these milestones of chips and statecraft in order, earliest first.',
        explanation:
          'Kilby’s integrated circuit (1958), Intel’s 4004 (1971), the US–Japan Semiconductor Agreement (1986), Huawei on the Entity List (May 2019) and the European Chips Act in force (21 September 2023).',
        eventIds: [
          'integrated-circuit',
          'intel-4004',
          'us-japan-semiconductor-agreement',
          'huawei-entity-list',
          'european-chips-act',
        ],
      }),
      level: 'recall',
      section: 'semiconductors-core',
    },
    {
      id: 'm3-chips-act-fact-check',
      type: 'single',
      level: 'understand',
      section: 'semiconductors-core',
      prompt: 'Which sentence about the CHIPS and Science Act would pass a fact-check against Module 3?',
      explanation:
        'Signed on 9 August 2022, the Act appropriates $52.7 billion for semiconductors, of which $500 million goes to the State Department’s International Technology Security and Innovation Fund. The roughly $280 billion is what the whole Act authorises, mostly for science.',
      options: [
        {
          id: 'appropriates',
          text: 'It appropriates $52.7 billion for semiconductors, $500 million of it for a fund run by the State Department.',
          correct: true,
          explanation: 'Right: $52.7 billion is provided for chips, and one of its smallest lines is the State Department’s ITSI Fund.',
        },
        {
          id: 'swapped',
          text: 'It appropriates about $280 billion for chipmakers and authorises a further $52.7 billion for science agencies.',
          explanation: 'Wrong: the figures are swapped and mislabelled. About $280 billion is authorised, mostly for science; $52.7 billion is appropriated for semiconductors.',
        },
        {
          id: 'largest-line',
          text: 'Its largest single line is the State Department’s fund for secure supply chains, worth $39 billion.',
          explanation: 'Wrong: the $39 billion is for manufacturing incentives; the State Department’s fund is one of the smallest lines, $500 million.',
        },
        {
          id: 'wrong-year',
          text: 'President Biden signed it on 9 August 2021.',
          explanation: 'Wrong year: it was signed on 9 August 2022.',
        },
      ],
    },
    {
      id: 'm3-company-to-country',
      type: 'single',
      level: 'understand',
      section: 'semiconductors-core',
      prompt: 'What changed between Huawei’s addition to the Entity List (May 2019) and the BIS rule of 7 October 2022?',
      explanation:
        'The 2019 listing targeted one company and 68 of its affiliates. The 2022 rule restricted exports to China of advanced computing chips and chipmaking equipment, and the support US persons could give Chinese advanced fabs: a country’s access to the leading edge.',
      options: [
        {
          id: 'company-to-country',
          text: 'The target widened from one company to a country’s access to advanced chips and tools',
          correct: true,
          explanation: 'Right: from Huawei and its affiliates to China’s access to the leading edge.',
        },
        {
          id: 'wassenaar',
          text: 'The 2022 rule was agreed by consensus in the Wassenaar Arrangement, unlike the listing of 2019, which was American',
          explanation: 'Wrong: both were US national measures; the 2022–23 controls were coordinated outside Wassenaar.',
        },
        {
          id: 'no-fdpr',
          text: 'The 2022 rule dropped the Foreign Direct Product Rule, so it reached only goods made inside the United States',
          explanation: 'Wrong: the 2022 rule used the FDPR again, so its reach went beyond goods made in the United States.',
        },
        {
          id: 'delisting',
          text: 'The 2022 rule took Huawei off the Entity List in exchange for wider controls on the rest of China',
          explanation: 'Wrong: nothing in the course says Huawei was removed; the 2022 rule added controls.',
        },
      ],
    },
    {
      id: 'm3-two-bills',
      type: 'single',
      level: 'evaluate',
      section: 'semiconductors-cases',
      prompt:
        'A parliament weighs two chip bills. Bill A pays only for fabs at home. Bill B also gives the foreign ministry a fund to build secure supply chains with partners. Which argument from Module 3 favours Bill B?',
      explanation:
        'Module 3’s case for friend-shoring is that no country can make everything alone, and the CHIPS and Science Act itself puts a $500 million fund in the hands of the State Department: a tech-diplomacy tool inside an industrial-policy law.',
      options: [
        {
          id: 'partners',
          text: 'No country makes every part of a chip alone, and the CHIPS Act’s $500 million ITSI Fund is a tool of that kind',
          correct: true,
          explanation: 'Right: supply through trusted partners matters, and the US law already pairs home subsidies with a foreign-ministry fund.',
        },
        {
          id: 'wassenaar-requires',
          text: 'The Wassenaar Arrangement obliges each of its 42 participating states to fund its foreign ministry’s work on chip supply',
          explanation: 'Wrong: Wassenaar is a voluntary arrangement that coordinates control lists; it obliges no one to fund anything.',
        },
        {
          id: 'largest-line',
          text: 'A foreign-ministry fund is the largest line of the CHIPS Act, so Bill B simply follows where most of the money went',
          explanation: 'Wrong: the State Department’s $500 million is one of the smallest lines; manufacturing incentives of $39 billion are the largest.',
        },
        {
          id: 'subsidies-unlawful',
          text: 'Paying for fabs at home is not allowed under the CHIPS Act, so Bill A could never pass a legal review',
          explanation: 'Wrong: the Act’s largest line is $39 billion in manufacturing incentives, plus a 25% tax credit for fabs.',
        },
      ],
    },
    {
      id: 'm3-supply-chain-shapes-policy',
      type: 'multiple',
      level: 'analyse',
      section: 'semiconductors-cases',
      prompt:
        'Chiang’s first direction is that the global chip supply chain "is shaping U.S. foreign policy". Which of these are instances of that direction, rather than of diplomacy reshaping the chain? Select all that apply.',
      explanation:
        'Where chips and tools are made turns into questions for foreign ministries: Taiwan’s share of advanced capacity and ASML’s position as sole EUV maker. Controls, subsidies and new fabs are the reverse arrow, policy acting on the chain.',
      options: [
        {
          id: 'taiwan',
          text: 'Governments far away treat Taiwan’s security as their concern, since it held 92% of logic capacity below 10 nm in 2019',
          correct: true,
          explanation: 'Right: a fact about capacity becomes a diplomatic concern.',
        },
        {
          id: 'asml',
          text: 'Dutch licensing decisions reach summit agendas because ASML is the only maker of EUV machines',
          correct: true,
          explanation: 'Right: one firm’s position in the chain makes its government’s decisions a matter for others.',
        },
        {
          id: 'october-rule',
          text: 'The US restricts exports of advanced chips and chipmaking equipment to China (October 2022)',
          explanation: 'Wrong: that is policy acting on the chain, the second direction.',
        },
        {
          id: 'arizona',
          text: 'TSMC announces a fab in Arizona on the day the FDPR is extended to Huawei (May 2020)',
          explanation: 'Wrong: Module 3 lists this under diplomacy reshaping the supply chain.',
        },
        {
          id: 'chips-act',
          text: 'The CHIPS and Science Act pays for new fabs in the United States (August 2022)',
          explanation: 'Wrong: subsidies that move production are policy reshaping the chain.',
        },
      ],
    },
    {
      id: 'm3-1980s-pairing-today',
      type: 'single',
      level: 'analyse',
      section: 'semiconductors-cases',
      prompt:
        'Module 3 reads the 1980s chip dispute as diplomacy (the 1986 agreement) and industrial policy (SEMATECH) used together, "as they are now". Which pairing from the 2020s has the same combination?',
      explanation:
        'The 2020s pair negotiated alignment with allies with subsidies at home: the US, Japan and the Netherlands lined up their controls in 2022–23 while the CHIPS and Science Act paid for fabs. The other pairs are two tools of one kind.',
      options: [
        {
          id: 'alignment-and-chips-act',
          text: 'Allies lining up chip-tool controls in 2022–23, while the CHIPS and Science Act pays for fabs',
          correct: true,
          explanation: 'Right: diplomacy among allies alongside industrial policy at home.',
        },
        {
          id: 'entity-list-and-fdpr',
          text: 'Huawei’s listing on the Entity List in 2019 alongside the extension of the Foreign Direct Product Rule in 2020',
          explanation: 'Wrong: both are US export controls, two forms of denial.',
        },
        {
          id: 'chips-acts',
          text: 'The European Chips Act of 2023 alongside the launch of Japan’s Rapidus, with a state subsidy, in 2022',
          explanation: 'Wrong: both are industrial policy, building capacity; neither is a negotiation between governments.',
        },
        {
          id: 'wassenaar-cocom',
          text: 'The Wassenaar Arrangement, operating since 1996, alongside the Cold War body CoCom that it succeeded',
          explanation: 'Wrong: both are export-control regimes, one the successor of the other, and neither is from the 2020s.',
        },
      ],
    },
    {
      id: 'm3-eu-budget-claim',
      type: 'true-false',
      level: 'apply',
      section: 'semiconductors-cases',
      prompt:
        'An official tells a press conference: "The EU is putting €43 billion of its own budget into chips." True or false: the statement matches what Module 3 says about the European Chips Act.',
      answer: false,
      explanation:
        'The European Chips Act, in force since 21 September 2023, aims to mobilise €43 billion of public and private investment, €3.3 billion of it from the EU budget, and to raise the EU’s share of world chip production to 20% by 2030.',
      explanations: {
        true: 'Wrong: €43 billion is the public and private investment the Act aims to mobilise; the EU budget supplies €3.3 billion.',
        false: 'Right: the official has turned a target for mobilised investment into EU spending.',
      },
    },
    {
      id: 'm3-chips-act-remainder',
      type: 'short-answer',
      level: 'apply',
      section: 'semiconductors-cases',
      prompt:
        'Of the CHIPS and Science Act’s $52.7 billion for semiconductors, $39 billion is for manufacturing incentives. How much is left for everything else (research, defence microelectronics, the workforce and the State Department’s fund)? Answer in billion US dollars.',
      number: { value: 13.7, tolerance: 0.05 },
      unit: 'billion USD',
      explanation:
        '$52.7 billion − $39 billion = $13.7 billion: $11 billion for Commerce research and development, $2 billion for defence microelectronics, $200 million for the workforce and $500 million for the ITSI Fund.',
    },
    {
      id: 'm3-companies-make-controls-bite',
      type: 'single',
      level: 'evaluate',
      section: 'semiconductors-cases',
      prompt: 'Which fact from the course best supports the claim that export controls depend on companies as well as on governments?',
      explanation:
        'Module 3’s analysis: "a rule on DUV tools means little unless ASML applies it", and a subsidy means little unless a firm builds the fab. The other facts are about governments alone, or about something else.',
      options: [
        {
          id: 'asml-applies',
          text: 'A rule on DUV tools means little unless ASML, the firm that makes them, applies it',
          correct: true,
          explanation: 'Right: the rule bites only through the company that sells the tools.',
        },
        {
          id: 'wassenaar-consensus',
          text: 'The Wassenaar Arrangement’s 42 participating states coordinate their control lists for dual-use goods by consensus',
          explanation: 'Wrong: this is about coordination among governments, not about what companies must do.',
        },
        {
          id: 'japan-42',
          text: 'Japan’s 2023 controls give 42 friendly countries and territories a simpler route to an export licence',
          explanation: 'Wrong: this is a choice a government made about destinations; it says nothing about firms.',
        },
        {
          id: 'authorisation',
          text: 'The CHIPS and Science Act as a whole authorises about $280 billion, most of it for science agencies',
          explanation: 'Wrong: an authorisation figure says nothing about how export controls work.',
        },
      ],
    },
    {
      id: 'm3-rapidus-and-arizona',
      type: 'single',
      level: 'analyse',
      section: 'semiconductors-cases',
      prompt: 'Japan’s Rapidus and TSMC’s Arizona fab both respond to concentrated chipmaking. What do they have in common, on Module 3’s account?',
      explanation:
        'Module 3 says recent examples mix reshoring and friend-shoring: Rapidus aims at 2 nm chips by 2027 with IBM technology, and the Arizona fab brings a Taiwanese firm’s manufacturing to the United States. Each trades some efficiency for security.',
      options: [
        {
          id: 'partner',
          text: 'Each relies on a partner: Rapidus on IBM’s technology, Arizona on a Taiwanese firm’s manufacturing',
          correct: true,
          explanation: 'Right: neither is a purely national effort; each brings in an ally’s firm or technology.',
        },
        {
          id: 'pure-reshoring',
          text: 'Each is pure reshoring, with no foreign firm or foreign technology involved at any stage of the project',
          explanation: 'Wrong: both depend on a foreign partner, which is why the course says the examples mix reshoring and friend-shoring.',
        },
        {
          id: 'eu-money',
          text: 'Each is paid for out of the €43 billion that the European Chips Act aims to mobilise by 2030',
          explanation: 'Wrong: Rapidus is backed by Japanese firms and a Japanese state subsidy; the Arizona fab is in the United States.',
        },
        {
          id: 'same-day',
          text: 'Each was announced on 15 May 2020, the same day the Foreign Direct Product Rule was extended to Huawei',
          explanation: 'Wrong: only the Arizona fab was announced that day; Rapidus was launched on 11 November 2022.',
        },
      ],
    },

    // ───────────── Module 4: 5G, 6G and trusted networks ─────────────
    {
      id: 'm4-uk-deadline',
      type: 'short-answer',
      level: 'recall',
      section: '5g-core',
      prompt: 'In July 2020 the UK required all Huawei equipment to be removed from its 5G networks by the end of which year? (number)',
      number: { value: 2027, tolerance: 0 },
      explanation:
        'On 14 July 2020 the UK banned purchases of new Huawei 5G equipment after 31 December 2020 and required all of it to be removed by the end of 2027, at a government-estimated cost of up to £2 billion.',
    },
    {
      ...orderingFromTimeline({
        id: 'm4-order-us-measures',
        prompt: 'The United States used many tools on 5G suppliers over several years. Put these in order, earliest first.',
        explanation:
          'Section 889 (13 August 2018) governs federal purchases; Huawei went on the Entity List in May 2019; the Secure and Trusted Communications Networks Act was signed on 12 March 2020; the FY2021 defence act authorised the Open RAN fund on 1 January 2021; the FCC banned new Huawei and ZTE equipment on 25 November 2022.',
        eventIds: [
          'ndaa-section-889',
          'huawei-entity-list',
          'secure-networks-act',
          'public-wireless-supply-chain-innovation-fund',
          'fcc-huawei-zte-ban',
        ],
      }),
      level: 'recall',
      section: '5g-core',
    },
    {
      id: 'm4-who-did-what',
      type: 'matching',
      level: 'recall',
      section: '5g-core',
      prompt: 'Match each government or union to a 5G decision it took.',
      explanation:
        'Australia moved first (23 August 2018) with a vendor-neutral test; the UK allowed a capped share in January 2020 and reversed in July; the EU adopted a risk-based Toolbox; the US paid small carriers to rip and replace.',
      pairs: [
        {
          id: 'australia',
          term: 'Australia',
          match: 'Guidance naming no company that in effect kept two suppliers out before networks were built',
          explanation: 'The guidance of 23 August 2018 barred vendors likely to be subject to extrajudicial directions.',
        },
        {
          id: 'uk',
          term: 'United Kingdom',
          match: 'A capped share outside the core, reversed six months later with removal by 2027',
          explanation: 'Decisions of 28 January and 14 July 2020.',
        },
        {
          id: 'eu',
          term: 'European Union',
          match: 'A risk-based set of measures that leaves each member state to decide',
          explanation: 'The 5G Toolbox of 29 January 2020.',
        },
        {
          id: 'us',
          term: 'United States',
          match: 'Payments to small carriers to remove untrusted equipment and install trusted alternatives',
          explanation: 'The Secure and Trusted Communications Networks Act of 12 March 2020 created the programme.',
        },
      ],
    },
    {
      id: 'm4-china-mobile-founder',
      type: 'true-false',
      level: 'understand',
      section: '5g-core',
      prompt: 'True or false: because China Mobile was among the founders of the O-RAN Alliance, Open RAN is a Chinese standard.',
      answer: false,
      explanation:
        'Five operators from several countries (AT&T, China Mobile, Deutsche Telekom, NTT DOCOMO and Orange) announced the O-RAN Alliance in February 2018. Open RAN is an approach, open and interoperable interfaces in the radio network, promoted by an industry alliance: neither a Chinese standard nor a purely Western one.',
      explanations: {
        true: 'Wrong: one founder among five does not make an approach national; the five operators came from several countries.',
        false: 'Right: Open RAN is an approach to building networks, not any country’s standard.',
      },
    },
    {
      id: 'm4-ground-stations',
      type: 'single',
      level: 'apply',
      section: '5g-cases',
      prompt:
        'A government is about to choose suppliers for a new nationwide network of satellite ground stations. Its security agency reports that one bidder’s home government can give the firm orders it cannot contest in court. Following the lessons of Module 4, what should the government do?',
      explanation:
        'Module 4 judges a supplier by who can direct it and under what rules, writes the test without naming anyone, and acts before the network is built, when exclusion is cheapest.',
      options: [
        {
          id: 'test-now',
          text: 'Set a vendor-neutral test on direction outside the law now, before the stations are built',
          correct: true,
          explanation: 'Right: a principle that names no one, applied early, as Australia did in 2018.',
        },
        {
          id: 'test-equipment',
          text: 'Buy from the bidder and inspect every station on delivery, since laboratory testing shows whether the equipment is safe',
          explanation: 'Wrong: equipment keeps receiving updates from its maker for years; approving the box on the day it is installed says little about what the maker could be told to do later.',
        },
        {
          id: 'name-them',
          text: 'Pass a law that names the bidder and its home country, as Australia’s guidance of 2018 named Huawei and ZTE',
          explanation: 'Wrong: Australia’s guidance named no company or country; it set a test that two suppliers failed in practice.',
        },
        {
          id: 'decide-later',
          text: 'Build first and decide later, because removing installed equipment afterwards costs operators very little',
          explanation: 'Wrong: the UK and US cases show that removal is slow and costly; deciding early is cheaper.',
        },
      ],
    },
    {
      id: 'm4-prague-or-3gpp',
      type: 'single',
      level: 'analyse',
      section: '5g-cases',
      prompt:
        'Case A: 3GPP engineers complete the first 5G specifications in Release 15 (2017–18). Case B: a conference of 32 countries, the EU and NATO ends with non-binding proposals on 5G supply-chain security (May 2019). Which case does the course present as tech diplomacy in Munro’s sense, and why?',
      explanation:
        'Module 4 calls the Prague Proposals tech diplomacy in Munro’s sense: technical, commercial and foreign-policy expertise brought together to shape how a technology is deployed. 3GPP is an actor tech diplomacy works with, and its engineers supply the technology domain alone.',
      options: [
        {
          id: 'prague',
          text: 'Case B: it joined foreign-policy expertise with technical and commercial knowledge to shape how 5G is deployed',
          correct: true,
          explanation: 'Right: the proposals gave governments a shared way to judge suppliers, a foreign-policy use of technical and business knowledge.',
        },
        {
          id: 'release-15',
          text: 'Case A: any work on a global standard is diplomacy, because the specifications cross every border',
          explanation: 'Wrong: writing specifications is industry’s technical work; standards matter to tech diplomacy, but on its own this is one domain, not three joined.',
        },
        {
          id: 'prague-binding',
          text: 'Case B, because the proposals bound all 32 countries to exclude the same vendors from their networks',
          explanation: 'Wrong reason: the Prague Proposals were non-binding; nobody was obliged to exclude anyone.',
        },
        {
          id: 'neither',
          text: 'Neither: tech diplomacy requires a binding treaty, and neither case produced one',
          explanation: 'Wrong: most tools for aligning allies on 5G were not binding at all; they worked through persuasion and shared language.',
        },
      ],
    },
    {
      id: 'm4-rip-replace-share',
      type: 'short-answer',
      level: 'apply',
      section: '5g-cases',
      prompt:
        'In December 2020 Congress provided $1.9 billion for rip and replace; in July 2022 the FCC put the full cost at $4.98 billion. Roughly what share of the full cost did that first money cover, in per cent? (number)',
      number: { value: 38, tolerance: 2 },
      unit: '%',
      explanation:
        '1.9 ÷ 4.98 ≈ 0.38, about 38%: "well under half", in the lesson’s words. The $3.08 billion shortfall was funded only in the FY2025 defence act, in December 2024.',
    },
    {
      id: 'm4-first-ban-claim',
      type: 'single',
      level: 'evaluate',
      section: '5g-cases',
      prompt: 'A podcast states: "The United States was the first country to ban Huawei from its 5G networks." Which fact from Module 4 weakens the claim most?',
      explanation:
        'Australia’s guidance of 23 August 2018 was the first national exclusion. Section 889, ten days earlier, governed only what US federal agencies buy; it did not decide who could build the country’s commercial networks.',
      options: [
        {
          id: 'australia-first',
          text: 'Australia’s guidance of 23 August 2018 kept Huawei out; section 889 only covered federal purchases',
          correct: true,
          explanation: 'Right: the first exclusion from a national 5G network was Australia’s.',
        },
        {
          id: 'eu-ban',
          text: 'The EU 5G Toolbox banned Huawei across the whole Union in January 2020, before any US measure',
          explanation: 'Wrong: the Toolbox is a risk-based set of measures with no EU-wide ban, and US measures began in 2018.',
        },
        {
          id: 'uk-january',
          text: 'The United Kingdom banned Huawei from its 5G networks on 28 January 2020, well before the FCC acted',
          explanation: 'Wrong: in January 2020 the UK allowed Huawei outside the core with a 35% cap; its ban came in July 2020.',
        },
        {
          id: 'house-report',
          text: 'The House Intelligence Committee report of October 2012 banned Huawei and ZTE from US networks outright',
          explanation: 'Wrong: the report was advice without legal force; it banned nothing.',
        },
      ],
    },
    {
      id: 'm4-trust-and-freedom',
      type: 'single',
      level: 'analyse',
      section: '5g-cases',
      prompt: 'How does the course connect the trusted-vendor test of Module 4 with Chiang’s premise that "technology must advance freedom"?',
      explanation:
        'Module 5 says that whether a supplier can be directed outside the law is a security question and a question about freedom at once; Module 4 adds that networks carry private conversations and data about where people are.',
      options: [
        {
          id: 'both-questions',
          text: 'A supplier that can be directed outside the law could be turned to surveillance, so the test guards freedom too',
          correct: true,
          explanation: 'Right: the same test protects networks and the people whose data they carry.',
        },
        {
          id: 'chiang-proposed',
          text: 'Chiang himself proposes the trusted-vendor test in his article, as the way to put his premise into practice for 5G networks',
          explanation: 'Wrong: Chiang does not discuss 5G or vendors in the excerpt; the link is the course’s.',
        },
        {
          id: 'cheapest',
          text: 'The test favours the cheapest supplier, which is what free enterprise and fair markets require',
          explanation: 'Wrong: the test is about the legal environment a supplier works in, not its price.',
        },
        {
          id: 'unrelated',
          text: 'The course treats them as unrelated, one a matter of security and the other of values',
          explanation: 'Wrong: Module 5 places the trusted vendor in a lesson on values precisely because the two meet.',
        },
      ],
    },
    {
      id: 'm4-entity-list-two-modules',
      type: 'single',
      level: 'analyse',
      section: '5g-cases',
      prompt: 'Huawei’s addition to the Entity List in May 2019 appears in both Module 3 and Module 4. What role does it play in each?',
      explanation:
        'In Module 3 it is an export control: firms on the list need a licence to receive items subject to US export rules. In Module 4 it is one of several US tools, from procurement rules to a market ban, used against a vendor judged high-risk.',
      options: [
        {
          id: 'control-and-tool',
          text: 'Module 3: an export control on a company; Module 4: one of many US tools against a high-risk vendor',
          correct: true,
          explanation: 'Right: the same measure, seen once as denial of technology and once as part of the 5G story.',
        },
        {
          id: 'subsidy-and-ban',
          text: 'Module 3: a subsidy that rewarded US chipmakers; Module 4: a ban on Huawei equipment in every US network',
          explanation: 'Wrong: the listing is a licence requirement, not a subsidy; the ban on authorising new equipment came from the FCC in November 2022.',
        },
        {
          id: 'wassenaar-toolbox',
          text: 'Module 3: a decision of the Wassenaar Arrangement; Module 4: a measure from the EU 5G Toolbox',
          explanation: 'Wrong: it was a US Commerce Department decision, neither multilateral nor European.',
        },
        {
          id: 'first-exclusion',
          text: 'Module 3: the first national exclusion of a vendor; Module 4: an advisory report to Congress on two firms',
          explanation: 'Wrong: the first national exclusion was Australia’s guidance of 2018, and the advisory report was the House committee’s of 2012.',
        },
      ],
    },
    {
      id: 'm4-limit-not-exclude',
      type: 'single',
      level: 'analyse',
      section: '5g-cases',
      prompt: 'On 28 and 29 January 2020 the UK and the EU took decisions on high-risk 5G vendors. What did the two decisions have in common?',
      explanation:
        'The UK allowed Huawei outside the core with a 35% cap; the EU Toolbox recommended restricting high-risk suppliers from critical and sensitive assets and left the decision to each member state. Both limited rather than excluded.',
      options: [
        {
          id: 'lines',
          text: 'Neither excluded Huawei outright; both drew lines around the most sensitive parts of networks',
          correct: true,
          explanation: 'Right: a cap outside the core, and restrictions on critical and sensitive assets.',
        },
        {
          id: 'named',
          text: 'Both named Huawei and ZTE as banned vendors for every operator',
          explanation: 'Wrong: neither banned them; the UK capped Huawei’s share, and the Toolbox is a risk-based method.',
        },
        {
          id: 'reversed',
          text: 'Both were reversed six months later, in July 2020, under pressure from allies',
          explanation: 'Wrong: only the UK reversed course, on 14 July 2020; the course records no reversal of the Toolbox.',
        },
        {
          id: 'removal',
          text: 'Both required all Huawei 5G equipment to be removed by the end of 2027',
          explanation: 'Wrong: the removal deadline came with the UK’s July 2020 decision; the EU set no such deadline.',
        },
      ],
    },

    // ───────────── Module 5: Technology and values ─────────────
    {
      id: 'm5-digital-authoritarianism',
      type: 'short-answer',
      level: 'recall',
      section: 'values-core',
      prompt:
        'Chiang warns that advances in technology are "increasingly abused to suppress liberty around the world". What two-word name does he give to the use of surveillance, censorship and control of data to repress a population?',
      accept: ['digital authoritarianism'],
      explanation:
        'Chiang writes of locking in "the Orwellian ‘1984’ with digital authoritarianism". Module 5 defines it as using digital technology (surveillance, censorship, control of data) to monitor, repress and manipulate a population.',
    },
    {
      ...orderingFromTimeline({
        id: 'm5-order-frontier-texts',
        prompt: 'Put these texts on how new technologies should be used in order, earliest first.',
        explanation:
          'The Outer Space Treaty opened for signature on 27 January 1967; the Artemis Accords were signed on 13 October 2020; UNESCO adopted its AI ethics recommendation in November 2021; the Declaration for the Future of the Internet was launched on 28 April 2022; the Bletchley Declaration was signed on 1–2 November 2023.',
        eventIds: [
          'outer-space-treaty',
          'artemis-accords',
          'unesco-ai-ethics-recommendation',
          'declaration-for-the-future-of-the-internet',
          'bletchley-ai-safety-summit',
        ],
      }),
      level: 'recall',
      section: 'values-core',
    },
    {
      id: 'm5-gpai-founders',
      type: 'short-answer',
      level: 'recall',
      section: 'values-core',
      prompt: 'How many founding members launched the Global Partnership on AI on 15 June 2020, counting the EU? (number)',
      number: { value: 15, tolerance: 0 },
      explanation: 'Fifteen founding members, 14 countries and the EU, with the secretariat at the OECD: like-minded governments working on AI together.',
    },
    {
      id: 'm5-shared-core',
      type: 'multiple',
      level: 'understand',
      section: 'values-core',
      prompt:
        'Which technologies appear both among Munro’s examples of bleeding-edge technology and on Chiang’s list of this decade’s foreign-policy topics? Select all that apply.',
      explanation:
        'Munro names advanced semiconductor chips, AI and quantum computing; Chiang names chips, 6G, AI, autonomy, digital health and advanced manufacturing. Chips and AI are the shared core.',
      options: [
        { id: 'chips', text: 'Chips', correct: true, explanation: 'Right: Munro’s "advanced semiconductor chips" and Chiang’s "chips".' },
        { id: 'ai', text: 'Artificial intelligence', correct: true, explanation: 'Right: on both lists.' },
        { id: 'quantum', text: 'Quantum computing', explanation: 'Wrong: Munro names quantum computing; Chiang’s excerpt does not.' },
        { id: '6g', text: '6G', explanation: 'Wrong: 6G is on Chiang’s list only.' },
        { id: 'health', text: 'Digital health', explanation: 'Wrong: digital health is on Chiang’s list only.' },
      ],
    },
    {
      id: 'm5-fair-markets-tension',
      type: 'single',
      level: 'analyse',
      section: 'values-cases',
      prompt:
        'Chiang asks tech diplomacy to keep scoring wins "for democracies, free enterprises and fair markets". Which case does Module 5 say sits uneasily with the third of these?',
      explanation:
        'The course’s view: a campaign to keep untrusted vendors out of networks scores for trust, but sits uneasily with fair markets, because others can read it as closing a market.',
      options: [
        {
          id: 'clean-network',
          text: 'The Clean Network: keeping untrusted vendors out can be read as closing a market',
          correct: true,
          explanation: 'Right: the course names this tension itself.',
        },
        {
          id: 'dfi',
          text: 'The Declaration for the Future of the Internet, whose pledge of a global, interoperable internet the course links to fair markets',
          explanation: 'Wrong: the course reads "global" and "interoperable" as speaking for fair markets, not against them.',
        },
        {
          id: 'prague',
          text: 'The Prague Proposals, which the course counts as a shared statement, agreed by a wide group, of what makes a network trustworthy',
          explanation: 'Wrong: the course’s limit on Prague is that it binds no one, not that it strains fair markets.',
        },
        {
          id: 'oecd',
          text: 'The OECD AI Principles of 2019, which the course uses as an early example of norms that govern uses of a technology',
          explanation: 'Wrong: the course raises no fair-markets concern about the OECD Principles.',
        },
      ],
    },
    {
      id: 'm5-dfi-vs-bletchley',
      type: 'single',
      level: 'analyse',
      section: 'values-cases',
      prompt:
        'Compare the Declaration for the Future of the Internet (2022) with the Bletchley Declaration (2023). What separates their circles of signatories, on the course’s reading?',
      explanation:
        'The Declaration for the Future of the Internet was a coalition (the US and 60 partners) around an open, free internet; the Bletchley Declaration, on risks that threaten everyone, was signed by 28 countries and the EU, the US and China among them.',
      options: [
        {
          id: 'coalition-vs-rivals',
          text: 'The first gathered partners around an open, free internet; the second also took in rivals, China among them',
          correct: true,
          explanation: 'Right: a coalition on principles, then a text wide enough to include rivals.',
        },
        {
          id: 'treaty-vs-statement',
          text: 'The first bound its signatories as a treaty with penalties; the second was only a statement of principles',
          explanation: 'Wrong: both are declarations that bind no one.',
        },
        {
          id: 'china-reversed',
          text: 'China signed the first but stayed away from the second, which was limited to democracies committed to an open internet',
          explanation: 'Wrong: it is the other way round; China signed the Bletchley Declaration.',
        },
        {
          id: 'same-61',
          text: 'Both were signed by the same 61 governments, the United States and 60 partners, so their circles did not differ',
          explanation: 'Wrong: the Bletchley Declaration had 28 countries and the EU as signatories.',
        },
      ],
    },
    {
      id: 'm5-gpai-vs-aukus',
      type: 'single',
      level: 'analyse',
      section: 'values-cases',
      prompt: 'GPAI (2020) and AUKUS Pillar II (2021) both involve governments working on AI. Which contrast does Module 5 draw between them?',
      explanation:
        'In the course’s circles, GPAI is like-minded partners building shared approaches to AI, while AUKUS Pillar II is close allies co-developing sensitive capabilities for defence.',
      options: [
        {
          id: 'circles',
          text: 'GPAI gathers like-minded governments on AI; in Pillar II three close allies build defence capabilities',
          correct: true,
          explanation: 'Right: a wider circle of partners against the closest circle of allies.',
        },
        {
          id: 'treaty-vs-declaration',
          text: 'GPAI binds its members by treaty, while AUKUS Pillar II is a non-binding declaration open to rivals as well as allies',
          explanation: 'Wrong: GPAI is a standing partnership, not a treaty, and AUKUS is the closest circle of all, not one open to rivals.',
        },
        {
          id: 'swapped-members',
          text: 'GPAI was founded by Australia, the UK and the US; AUKUS by 14 countries and the European Union',
          explanation: 'Wrong: the memberships are swapped. GPAI had 15 founding members; AUKUS is Australia, the UK and the US.',
        },
        {
          id: 'swapped-homes',
          text: 'GPAI’s secretariat sits at NATO, while AUKUS Pillar II is run from a secretariat at the OECD',
          explanation: 'Wrong: GPAI’s secretariat is at the OECD; the course mentions no AUKUS secretariat.',
        },
      ],
    },
    {
      id: 'm5-ai-act-three-tests',
      type: 'single',
      level: 'evaluate',
      section: 'values-cases',
      prompt:
        'Apply Module 5’s three tests for a "win" (breadth, depth and durability) to the EU AI Act, in force since 1 August 2024. Which verdict is accurate?',
      explanation:
        'Breadth: who joined? One union. Depth: does it bind? Yes, it is law. Durability: does it change what someone builds or buys for years? Most of its obligations apply only from August 2026, so that is still to come.',
      options: [
        {
          id: 'deep-regional',
          text: 'Deep, since it binds; regional in breadth; its effect on what firms build comes mostly from 2026',
          correct: true,
          explanation: 'Right: the only binding instrument in the AI table, made for one market, with most obligations applying from August 2026.',
        },
        {
          id: 'broad-shallow',
          text: 'Broad but shallow: adopted by the UN General Assembly, it sets expectations but binds no one',
          explanation: 'Wrong: that describes the General Assembly’s resolution of March 2024, not the EU’s law.',
        },
        {
          id: 'like-bletchley',
          text: 'Shallow in the same way as the Bletchley Declaration: a statement of principles without any legal force',
          explanation: 'Wrong: unlike the Bletchley text, the AI Act is binding, risk-based law.',
        },
        {
          id: 'oecd-42',
          text: 'Broad and deep at once: it binds all 42 countries that had backed the OECD AI Principles in 2019',
          explanation: 'Wrong: it binds within the European Union; the 42 countries backed a non-binding OECD text.',
        },
      ],
    },
    {
      id: 'm5-values-test',
      type: 'multiple',
      level: 'apply',
      section: 'values-cases',
      prompt: 'A foreign ministry drafts a values check for its technology partnerships, drawing on Module 5. Which questions belong in it? Select all that apply.',
      explanation:
        'Chiang’s premise asks whether technology advances freedom; the trusted-vendor idea asks whether a supplier can be directed outside the law; Munro’s benchmark is rights defined under international law. Asking whether a technology is good or bad in itself misses Munro’s point that it is neutral.',
      options: [
        { id: 'freedom', text: 'Does it help technology advance freedom rather than suppress it?', correct: true, explanation: 'Right: Chiang’s foremost premise.' },
        { id: 'direction', text: 'Could a foreign government direct a supplier outside the law?', correct: true, explanation: 'Right: the test behind trusted and high-risk vendors.' },
        { id: 'rights', text: 'Does it protect rights defined under international law?', correct: true, explanation: 'Right: Munro’s yardstick for trusted technology.' },
        {
          id: 'good-or-bad',
          text: 'Is the technology good or bad in itself?',
          explanation: 'Wrong: Munro calls technology "inherently neutral"; what matters is who builds, directs and governs it.',
        },
        {
          id: 'exclude-civil-society',
          text: 'Can we keep companies and civil society out of writing the rules?',
          explanation: 'Wrong: Module 5 treats multistakeholder rule-making as a values choice; rules written by states alone suit governments that want control of information.',
        },
      ],
    },
    {
      id: 'm5-neutral-and-space-treaty',
      type: 'single',
      level: 'analyse',
      section: 'values-cases',
      prompt:
        'Munro calls technology "inherently neutral, neither good nor bad". Is the Outer Space Treaty’s ban on nuclear weapons in orbit consistent with that view?',
      explanation:
        'Munro’s neutrality leads to rules, not away from them: tech diplomacy offers "the establishment of the rules and norms that govern uses". The 1967 treaty governs one use of space technology, placing nuclear weapons in orbit.',
      options: [
        {
          id: 'governs-use',
          text: 'Yes: it governs one use of space technology, the kind of rule that neutral technology needs',
          correct: true,
          explanation: 'Right: a neutral technology can be abused, so rules about its uses matter.',
        },
        {
          id: 'bad-in-itself',
          text: 'No: banning one use of space technology shows that the technology itself is bad and must be contained',
          explanation: 'Wrong: the treaty keeps space free for exploration by all; it rules out a use, not the technology.',
        },
        {
          id: 'no-rules',
          text: 'No: if technology is neutral, then no rules about how it is used are ever needed',
          explanation: 'Wrong: Munro draws the opposite conclusion; because technology can be abused, partners must advance it in a trusted manner and set rules for its uses.',
        },
        {
          id: 'non-binding',
          text: 'Yes, but only because the treaty is non-binding, so states may ignore the ban whenever they wish',
          explanation: 'Wrong: the Outer Space Treaty is a binding treaty, in force since 10 October 1967.',
        },
      ],
    },
    {
      id: 'm5-narrower-stronger',
      type: 'true-false',
      level: 'apply',
      section: 'values-cases',
      prompt:
        'True or false: on Module 5’s reading of the 5G story, the FCC’s ban of November 2022 reached fewer governments than the Prague Proposals of May 2019 but carried more force.',
      answer: true,
      explanation:
        'Read down the 5G sequence and "the circle narrows while the force grows": a wide meeting agreed non-binding words in Prague, a union agreed a framework, and single governments made binding rules.',
      explanations: {
        true: 'Right: one regulator’s binding rule against a non-binding text from a meeting of 32 countries, the EU and NATO.',
        false: 'Wrong: the FCC ban binds within one country, while the Prague Proposals were addressed to a wide group but bound no one.',
      },
    },

    // ───────────── Module 6: Building the capacity ─────────────
    {
      ...orderingFromTimeline({
        id: 'm6-order-formats',
        prompt: 'Put these steps in the history of allied formats in order, earliest first.',
        explanation:
          'Quad officials first met in Manila in May 2007 and revived the format there on 12 November 2017; the first Quad leaders’ summit was held online on 12 March 2021; the TTC was announced on 15 June 2021; AUKUS on 15 September 2021.',
        eventIds: ['quad-first-meeting', 'quad-revived', 'quad-leaders-summit', 'us-eu-trade-and-technology-council', 'aukus'],
      }),
      level: 'recall',
      section: 'capacity-core',
    },
    {
      id: 'm6-quad-city',
      type: 'short-answer',
      level: 'recall',
      section: 'capacity-core',
      prompt: 'In which city did officials of the Quad first meet, in May 2007, and meet again to revive it, on 12 November 2017?',
      accept: ['Manila'],
      explanation:
        'Both meetings were in Manila: the first on the sidelines of the ASEAN Regional Forum, after Japan proposed the dialogue; it lapsed in early 2008 and was revived there in 2017.',
    },
    {
      id: 'm6-klynge-timing',
      type: 'true-false',
      level: 'recall',
      section: 'capacity-core',
      prompt: 'True or false: Casper Klynge took up his post as Denmark’s tech ambassador on 27 January 2017, the day Denmark announced it.',
      answer: false,
      explanation:
        'Denmark announced the world’s first tech ambassador on 27 January 2017. Klynge was named in May 2017 and took up the post later that year, opening the office in Silicon Valley.',
      explanations: {
        true: 'Wrong: 27 January 2017 is the announcement; Klynge was named in May and in post later in 2017.',
        false: 'Right: announcement, naming and taking up the post were three steps across 2017.',
      },
    },
    {
      id: 'm6-open-ran-fund-facts',
      type: 'single',
      level: 'understand',
      section: 'capacity-core',
      prompt: 'Which account of the Public Wireless Supply Chain Innovation Fund is accurate?',
      explanation:
        'Section 9202 of the FY2021 defence authorisation act authorised the fund for open, interoperable radio networks; the CHIPS and Science Act of August 2022 appropriated its $1.5 billion; the NTIA runs it and made its first grants in August 2023.',
      options: [
        {
          id: 'three-steps',
          text: 'Authorised in the FY2021 defence act, funded by the CHIPS Act, first NTIA grants in 2023',
          correct: true,
          explanation: 'Right: an authorisation, then an appropriation of $1.5 billion, then grants.',
        },
        {
          id: 'one-step',
          text: 'Created and given its money in a single step by the CHIPS and Science Act of August 2022',
          explanation: 'Wrong: the fund was authorised earlier, by section 9202 of the FY2021 defence act; the CHIPS Act supplied its money.',
        },
        {
          id: 'state-department',
          text: 'Run by the State Department with $500 million to build secure chip supply chains with partners',
          explanation: 'Wrong: that describes the ITSI Fund; the Open RAN fund is run by the NTIA and has $1.5 billion.',
        },
        {
          id: 'section-889',
          text: 'Set up by section 889 of the FY2019 defence act to pay carriers to remove Huawei equipment',
          explanation: 'Wrong: section 889 barred federal purchases of Huawei and ZTE equipment; removal is the rip-and-replace programme of 2020.',
        },
      ],
    },
    {
      id: 'm6-three-capacities',
      type: 'single',
      level: 'analyse',
      section: 'capacity-cases',
      prompt: 'Module 6 names three kinds of capacity: companies, people and partners. Which case from the course needed all three at once?',
      explanation:
        'The 2022–23 chip controls needed partner governments to align, companies such as ASML to apply the rules, and negotiators able to tell EUV machines from immersion DUV tools.',
      options: [
        {
          id: 'chip-controls',
          text: 'The 2022–23 chip controls: allies aligned, ASML applied the rules, and negotiators knew EUV from DUV',
          correct: true,
          explanation: 'Right: partners, a company and engineering literacy, all in one case.',
        },
        {
          id: 'denmark',
          text: 'Denmark’s tech ambassador of 2017, a diplomat sent to the technology companies of Silicon Valley',
          explanation: 'Wrong: a case of engaging companies; it involved no partner governments.',
        },
        {
          id: 'quad-group',
          text: 'The Quad’s Critical and Emerging Technology Working Group, launched by four governments in March 2021',
          explanation: 'Wrong: a forum of governments; the course does not show it engaging companies directly.',
        },
        {
          id: 'aaas',
          text: 'The AAAS Center for Science Diplomacy of 2008, a home for research on the subject and for training',
          explanation: 'Wrong: an institution for people and ideas, not a case that joined companies and partners.',
        },
      ],
    },
    {
      id: 'm6-bletchley-four-questions',
      type: 'single',
      level: 'apply',
      section: 'capacity-cases',
      prompt:
        'Module 6 suggests four questions for reading a primary text: who signed it, is it binding, what does it commit to, and which circle of partners does it use? Which set of answers fits the Bletchley Declaration?',
      explanation:
        'The Bletchley Declaration: 28 countries and the EU, the US and China among them; a declaration, not binding; on the risks of advanced AI; a circle wide enough to include rivals.',
      options: [
        {
          id: 'bletchley',
          text: '28 countries and the EU, the US and China among them; not binding; AI risks; wide enough for rivals',
          correct: true,
          explanation: 'Right on all four questions.',
        },
        {
          id: 'dfi',
          text: 'The United States and 60 partners; binding on all of them; an open and free internet; like-minded democracies only',
          explanation: 'Wrong: this mixes up the Declaration for the Future of the Internet, which is not binding either.',
        },
        {
          id: 'gpai',
          text: 'Fifteen founding members; not binding; a standing partnership on AI; like-minded governments with an OECD secretariat',
          explanation: 'Wrong: this describes the Global Partnership on AI of June 2020.',
        },
        {
          id: 'ai-act',
          text: '28 countries and the EU; binding, with most duties from August 2026; risk-based rules; EU member states only',
          explanation: 'Wrong: this mixes the Bletchley signatories with the EU AI Act, which is binding law for one union.',
        },
      ],
    },
    {
      id: 'm6-no-tool-makers',
      type: 'single',
      level: 'analyse',
      section: 'capacity-cases',
      prompt:
        'A mid-sized democracy with no firms that make chipmaking tools asks to help shape the next round of allied chip controls. What does Module 6’s account of 2022–23 suggest about its likely role?',
      explanation:
        'Module 6’s reading of the record: "the choke points chose the partners". The coalition was the governments whose companies make the tools, not the membership of the Quad, the TTC or AUKUS, and each acted under its own national rules.',
      options: [
        {
          id: 'limited',
          text: 'A limited one: the coalition formed around the governments whose firms make the tools',
          correct: true,
          explanation: 'Right: without a choke point of its own, it has little to align.',
        },
        {
          id: 'quad',
          text: 'A leading one, as long as it is a member of the Quad, since the Quad is where the 2022–23 controls were agreed',
          explanation: 'Wrong: the course’s sources record no such role for the Quad, and the Netherlands is not a member.',
        },
        {
          id: 'wassenaar',
          text: 'A decisive one, because alignment ran through the Wassenaar Arrangement, where every participating state can block consensus',
          explanation: 'Wrong: the 2022–23 controls were national measures coordinated outside Wassenaar.',
        },
        {
          id: 'none',
          text: 'None at all, because only the United States can make export controls on chipmaking tools',
          explanation: 'Wrong: Japan and the Netherlands made their own controls under their own national rules.',
        },
      ],
    },
    {
      id: 'm6-formats-and-controls',
      type: 'true-false',
      level: 'analyse',
      section: 'capacity-cases',
      prompt:
        'True or false: none of the Quad, the TTC or AUKUS has as members all three governments that aligned their chip controls in 2022–23.',
      answer: true,
      explanation:
        'The three were the United States, Japan and the Netherlands. The Quad has the US and Japan but not the Netherlands; the TTC joins the US and the EU, not Japan; AUKUS has neither Japan nor the Netherlands.',
      explanations: {
        true: 'Right: the coalition followed the choke points, not any one format.',
        false: 'Wrong: check each format’s members; none contains the US, Japan and the Netherlands together.',
      },
    },
    {
      id: 'm6-quad-glue',
      type: 'single',
      level: 'evaluate',
      section: 'capacity-cases',
      prompt: 'The course says the Quad’s only glue is its members’ continuing political will. Which evidence supports that judgement best?',
      explanation:
        'The Quad first met in May 2007, lapsed in early 2008 and was revived only on 12 November 2017; it works through leaders’ statements and a working group, not a treaty or a fund.',
      options: [
        {
          id: 'lapsed',
          text: 'It lapsed in early 2008, within a year of its first meeting, and returned only in November 2017',
          correct: true,
          explanation: 'Right: a format with no treaty or fund behind it stopped when the will did.',
        },
        {
          id: 'online',
          text: 'Its first leaders’ summit, on 12 March 2021, was held online rather than in person',
          explanation: 'Wrong: where a summit is held says nothing about what holds the format together.',
        },
        {
          id: 'four-members',
          text: 'It has four members, Australia, India, Japan and the US, one more than AUKUS',
          explanation: 'Wrong: the number of members is not evidence about what binds them.',
        },
        {
          id: 'working-group',
          text: 'Its leaders launched a working group on critical and emerging technology at their first summit',
          explanation: 'Wrong: the agenda shows what it coordinates, not what keeps it together.',
        },
      ],
    },
    {
      id: 'm6-6g-delegation',
      type: 'single',
      level: 'apply',
      section: 'capacity-cases',
      prompt:
        'A country wants a say in how 6G is standardised, but its diplomats know little about radio engineering. Which staffing plan follows the course’s advice on talent?',
      explanation:
        'Standards are set before the equipment exists, and the knowledge they need sits largely in companies and research. The course’s routes table says a long negotiation needs both officers who stay at the table and engineers who know the technology.',
      options: [
        {
          id: 'both-routes',
          text: 'Engineers from industry and research as advisers, beside career officers who stay with the file',
          correct: true,
          explanation: 'Right: technical depth from outside the Foreign Service, continuity from inside it.',
        },
        {
          id: 'leave-to-companies',
          text: 'Leave 6G entirely to companies, since diplomats and governments have no part to play in standards',
          explanation: 'Wrong: Module 4 treats standard-setting as rule-making with strategic stakes, a question for diplomats as well as engineers.',
        },
        {
          id: 'diplomats-alone',
          text: 'Send career diplomats alone, since standards are negotiated between governments like any treaty',
          explanation: 'Wrong: standards are written by technical experts in industry bodies such as 3GPP, not negotiated like treaties.',
        },
        {
          id: 'wait',
          text: 'Wait until 6G has been standardised, then train the diplomats on the finished specifications',
          explanation: 'Wrong: the rules are set before the equipment exists; waiting gives up the say the country wants.',
        },
      ],
    },
    {
      id: 'm6-career-path',
      type: 'single',
      level: 'apply',
      section: 'capacity-cases',
      prompt:
        'An engineer leaves a chip firm for a two-year post advising a foreign ministry on export rules, then joins a university centre that trains diplomats. Which idea from Module 6 does this career illustrate?',
      explanation:
        'A pipeline is not a single hire but a steady flow: people are trained, brought in, given careers and allowed to move between government, academia and industry, so that expertise keeps arriving as technologies change.',
      options: [
        {
          id: 'pipeline',
          text: 'A talent pipeline, with people moving between industry, government and academia',
          correct: true,
          explanation: 'Right: this is the flow Chiang’s pipeline needs, inside and outside the Foreign Service.',
        },
        {
          id: 'friend-shoring',
          text: 'Friend-shoring, which moves supply chains to trusted allied or partner countries rather than back home',
          explanation: 'Wrong: friend-shoring is about where production sits, not about people’s careers.',
        },
        {
          id: 'techplomacy',
          text: 'TechPlomacy, Denmark’s ambassador accredited in effect to the technology industry rather than to a country',
          explanation: 'Wrong: TechPlomacy sends a diplomat to companies; this career brings an engineer into government and then to training.',
        },
        {
          id: 'multistakeholder',
          text: 'Multistakeholder governance, in which companies, civil society and governments write rules together',
          explanation: 'Wrong: multistakeholder governance is about who writes rules, not about how one person’s expertise moves.',
        },
      ],
    },
  ],
});
