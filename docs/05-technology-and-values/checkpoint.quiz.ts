import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'technology-and-values-checkpoint',
  title: 'Module 5 checkpoint: Technology and values',
  mode: 'exam',
  draw: 8,
  questions: [
    {
      id: 'chiang-munro',
      type: 'matching',
      level: 'analyse',
      prompt: 'Module 5 mixes the two authors\u2019 claims with its own analysis. Match each statement to whose it is.',
      explanation:
        'Chiang makes freedom the premise; Munro calls technology neutral; the comparison of norms and rules is the course\u2019s own reading of dated cases.',
      pairs: [
        {
          id: 'freedom',
          term: '"The foremost premise of American tech diplomacy is that technology must advance freedom"',
          match: 'Mung Chiang',
          explanation: 'From "The Era Of \u2018Tech Diplomacy\u2019 Is Here".',
        },
        {
          id: 'neutral',
          term: 'Technology is "inherently neutral, neither good nor bad"',
          match: 'Bronte Munro',
          explanation: 'From "Tech Diplomacy: What It Is, and Why It\u2019s Important" (ASPI The Strategist, May 2024).',
        },
        {
          id: 'course',
          term: 'Non-binding texts are easier to agree across many countries than binding ones',
          match: 'Neither author: the course\u2019s own analysis',
          explanation: 'Neither excerpt compares norms and rules; the course draws this from the 5G and AI cases.',
        },
      ],
    },
    {
      id: 'spot-digital-authoritarianism',
      type: 'single',
      level: 'apply',
      prompt: 'Which of these government actions is an example of digital authoritarianism?',
      explanation: 'Digital authoritarianism is the use of surveillance, censorship and data control to monitor, repress and manipulate a population.',
      options: [
        {
          id: 'track-organisers',
          text: 'Mapping protest organisers from phone data, then blocking their messages',
          correct: true,
          explanation: 'Right: surveillance plus censorship aimed at citizens, the danger Chiang links to Orwell\u2019s "1984".',
        },
        {
          id: 'licence-chips',
          text: 'Requiring a licence before advanced chips are shipped to a military end user abroad',
          explanation: 'Wrong: that is an export control, aimed at the weaponisation of dual-use technology, not at a population.',
        },
        {
          id: 'risk-law',
          text: 'Passing a risk-based law that puts heavier obligations on riskier uses of AI',
          explanation: 'Wrong: that describes the EU AI Act, a binding rule meant to protect people, not repress them.',
        },
        {
          id: 'open-standard',
          text: 'Joining an industry partnership that writes open mobile standards',
          explanation: 'Wrong: that is multistakeholder standard-setting, like 3GPP, not repression.',
        },
      ],
    },
    {
      id: 'norms',
      type: 'multiple',
      level: 'understand',
      prompt: 'Which of these are norms (shared expectations) rather than binding rules? Select all that apply.',
      explanation: 'Principles, recommendations and resolutions set norms; the EU AI Act and a national export licence requirement are binding rules.',
      options: [
        { id: 'oecd', text: 'The OECD AI Principles', correct: true, explanation: 'Right: an intergovernmental standard, not an enforceable law.' },
        { id: 'unesco', text: 'The UNESCO Recommendation on the Ethics of AI', correct: true, explanation: 'Right: a recommendation adopted by member states in November 2021.' },
        { id: 'unga', text: 'The UN General Assembly\u2019s first AI resolution (March 2024)', correct: true, explanation: 'Right: a resolution setting expectations for "safe, secure and trustworthy" AI.' },
        { id: 'eu-ai-act', text: 'The EU Artificial Intelligence Act', explanation: 'Wrong: it is binding EU law, risk-based, in force since 1 August 2024.' },
        {
          id: 'us-chip-rule',
          text: 'The US Commerce rule of 7 October 2022 on advanced chips',
          explanation: 'Wrong: it is a binding national export-control measure, enforced through licences.',
        },
      ],
    },
    {
      id: 'rival-text-defeat',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A minister argues: "Signing an AI safety text with our main rival, as happened at Bletchley in 2023, betrays the premise that technology must advance freedom." Which response weighs the claim best, using Module 5?',
      explanation:
        'The module\u2019s view is that circles complement each other: close allies and like-minded partners for shared capabilities and values, a wide text for risks that threaten everyone.',
      options: [
        {
          id: 'complements',
          text: 'Not necessarily: a wide text on shared risks can sit beside closer circles that pursue freedom',
          correct: true,
          explanation: 'Right: Bletchley did not replace GPAI or AUKUS; it added a channel for risks that hit rivals and allies alike.',
        },
        {
          id: 'chiang-forbids',
          text: 'The minister is right: Chiang forbids any agreement with governments that are not democracies',
          explanation: 'Wrong: Chiang asks for wins for democracies; his excerpt says nothing against agreements with others.',
        },
        {
          id: 'binding-constraint',
          text: 'The minister is right, because the Bletchley text binds its signatories to share AI models with rivals',
          explanation: 'Wrong: Bletchley is a non-binding declaration and imposes no such duty.',
        },
        {
          id: 'replaced-allies',
          text: 'The minister is wrong, because Bletchley replaced the need for allied forums',
          explanation: 'Wrong: the module treats the circles as complements, not substitutes.',
        },
      ],
    },
    {
      id: 'munro-trusted-source',
      type: 'single',
      level: 'analyse',
      prompt:
        'Munro writes that Western societies want producers of bleeding-edge technologies to "develop, deploy and adopt tools and knowhow in a trusted manner that protects individual and collective freedoms". Which Module 5 example applies this idea most directly?',
      explanation:
        'The trusted-vendor test turns "trusted manner" into a purchasing decision: can the supplier be directed outside the law?',
      options: [
        {
          id: 'vendor-test',
          text: 'A purchasing test: can a foreign government direct the supplier outside the law?',
          correct: true,
          explanation: 'Right: it judges how technology is deployed and by whom, which is what Munro\u2019s sentence asks for.',
        },
        {
          id: 'space-ban',
          text: 'The Outer Space Treaty\u2019s ban on nuclear weapons in orbit',
          explanation: 'Wrong: that keeps a class of weapons out of a frontier; it says nothing about producers deploying technology in a trusted way.',
        },
        {
          id: 'chemicals',
          text: 'Japan\u2019s tighter exports of three chipmaking chemicals to South Korea in July 2019',
          explanation: 'Wrong: the module uses that case to show a supply-chain lever, not trusted deployment.',
        },
        {
          id: 'un-resolution',
          text: 'A UN resolution counting how many states use AI',
          explanation: 'Wrong: no such resolution appears in the module; the March 2024 resolution called for "safe, secure and trustworthy" AI.',
        },
      ],
    },
    {
      id: 'ai-act-seller',
      type: 'single',
      level: 'apply',
      prompt:
        'A start-up outside Europe plans to sell an AI product in the EU from 2027. Of the instruments in Module 5, which one could bind it when it sells there?',
      explanation:
        'Only the EU AI Act is binding law; most of its obligations apply from August 2026. The others set norms.',
      options: [
        {
          id: 'eu-ai-act',
          text: 'The EU AI Act',
          correct: true,
          explanation: 'Right: binding, risk-based law for AI uses in the EU, with most obligations applying from August 2026.',
        },
        {
          id: 'oecd-principles',
          text: 'The OECD AI Principles, if the start-up\u2019s home country backed them in 2019',
          explanation: 'Wrong: the principles are a norm; they set expectations but bind no company.',
        },
        {
          id: 'bletchley',
          text: 'The Bletchley Declaration of November 2023',
          explanation: 'Wrong: a declaration by governments on AI safety, not a law that binds firms.',
        },
        {
          id: 'gpai',
          text: 'The Global Partnership on AI\u2019s founding statement',
          explanation: 'Wrong: GPAI is a partnership of governments with a secretariat at the OECD; it makes no binding law.',
        },
      ],
    },
    {
      id: 'state-only-rules',
      type: 'single',
      level: 'evaluate',
      prompt:
        'To move faster, a government proposes that its AI rules be written by ministries alone, with no companies, researchers or civil society involved. Which objection from Module 5 is strongest?',
      explanation:
        'Governments rarely build the technology; rules written without the people who do risk being unworkable or untrusted, and the course notes that closed, state-only rule-making suits governments that want control of information.',
      options: [
        {
          id: 'unworkable',
          text: 'Leaving out those who build the technology risks unworkable or distrusted rules',
          correct: true,
          explanation: 'Right: this is the module\u2019s case for multistakeholder governance, from 3GPP standards to internet governance.',
        },
        {
          id: 'companies-must',
          text: 'International law requires that companies write all AI rules themselves',
          explanation: 'Wrong: no such requirement exists; multistakeholder governance includes governments, it does not hand rules to firms.',
        },
        {
          id: 'norms-binding',
          text: 'Rules written by ministries are only norms and cannot be enforced',
          explanation: 'Wrong: a state can make binding rules alone; the objection is about their quality and legitimacy, not their force.',
        },
        {
          id: 'slower-anyway',
          text: 'Ministries cannot legally pass any rule on AI until the UN General Assembly has voted',
          explanation: 'Wrong: the General Assembly\u2019s 2024 resolution is a norm; it does not gate national rules.',
        },
      ],
    },
    {
      id: 'bletchley-binding',
      type: 'true-false',
      level: 'understand',
      prompt:
        'True or false: a declaration becomes an enforceable rule once the leading AI powers have all put their names to it, as the 2023 text agreed at Bletchley Park shows.',
      answer: false,
      explanation: 'Who signs a text does not make it binding. Bletchley is a declaration, a norm, however wide its circle.',
      explanations: {
        true: 'Wrong: signatures from rivals make the circle wide, not the text enforceable.',
        false: 'Right: it is a declaration; breadth and bindingness are different things.',
      },
    },
    {
      id: 'supplier-rule-freedom',
      type: 'true-false',
      level: 'apply',
      prompt:
        'A state adopts a rule excluding network suppliers that a foreign government could direct outside the law. True or false: on Module 5\u2019s account, such a rule serves freedom as well as security.',
      answer: true,
      explanation:
        'The module treats the rule-of-law test as a question of security and of freedom at once: a supplier open to extrajudicial direction could be turned against the people its network serves.',
      explanations: {
        true: 'Right: this is why the trusted vendor belongs in a module on values.',
        false: 'Wrong: the module argues that the same test protects both the state and its citizens\u2019 freedoms.',
      },
    },
    {
      id: 'order-norm-to-rule',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these steps of the 5G security story in order, earliest first.',
      explanation:
        'Prague Proposals (May 2019), EU 5G Toolbox (29 January 2020), the UK\u2019s removal decision (14 July 2020), the FCC ban on authorising new Huawei and ZTE equipment (25 November 2022).',
      items: [
        { id: 'prague', text: 'A conference chair publishes non-binding proposals on 5G supply-chain security', explanation: 'First: May 2019, Prague.' },
        { id: 'toolbox', text: 'EU member states and the Commission adopt a risk-based 5G toolbox', explanation: 'Second: 29 January 2020.' },
        { id: 'uk', text: 'The UK requires Huawei 5G equipment to be removed by the end of 2027', explanation: 'Third: 14 July 2020.' },
        { id: 'fcc', text: 'The US FCC bans authorisation of new Huawei and ZTE equipment', explanation: 'Last: 25 November 2022.' },
      ],
    },
    {
      id: 'lock-in-compare',
      type: 'single',
      level: 'analyse',
      prompt:
        'Which case fits Chiang\u2019s warning that abuse can "lock in" digital authoritarianism better: (a) a surveillance system built into a city\u2019s payments and transport; (b) a non-binding declaration on AI safety?',
      explanation:
        'Lock-in is about infrastructure that is hard to remove once built; a declaration can be ignored or revised at little cost.',
      options: [
        {
          id: 'a-infrastructure',
          text: '(a), because infrastructure woven into daily life is slow and costly to remove',
          correct: true,
          explanation: 'Right: even a democracy needed until 2027 and up to \u00a32 billion (UK estimate) to undo one network choice.',
        },
        {
          id: 'b-binding',
          text: '(b), because declarations bind their signatories for decades',
          explanation: 'Wrong: a non-binding declaration binds no one, which is why it locks little in.',
        },
        {
          id: 'a-cheap',
          text: '(a), because surveillance systems are cheap and quick to replace with better ones',
          explanation: 'Wrong: the right case, the wrong reason; lock-in comes from how hard infrastructure is to undo.',
        },
        {
          id: 'b-rivals',
          text: '(b), because any text signed by a rival spreads authoritarian technology',
          explanation: 'Wrong: a shared statement on risks is not a technology deployed over a population.',
        },
      ],
    },
    {
      id: 'gpai-host',
      type: 'short-answer',
      level: 'recall',
      prompt: 'Which international organisation hosts the secretariat of the Global Partnership on AI? (abbreviation is enough)',
      explanation: 'GPAI was launched on 15 June 2020 by 15 founding members, with its secretariat at the OECD, which had adopted its AI Principles the year before.',
      accept: ['OECD', 'the OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
    },
    {
      id: 'prague-risk',
      type: 'single',
      level: 'recall',
      prompt: 'Which risk did the non-binding Prague Proposals of May 2019 name in 5G supply-chain security?',
      explanation: 'The chair\u2019s Prague Proposals included the risk of third-country influence over a supplier.',
      options: [
        {
          id: 'third-country',
          text: 'Third-country influence over a supplier',
          correct: true,
          explanation: 'Right: the same concern that runs through the EU Toolbox and the UK and US rules.',
        },
        {
          id: 'spectrum-price',
          text: 'The rising auction price of radio spectrum for operators',
          explanation: 'Wrong: the proposals were about supply-chain security, not spectrum costs.',
        },
        {
          id: 'open-source',
          text: 'Open-source code in every base station',
          explanation: 'Wrong: the proposals named influence over suppliers, not a type of software licence.',
        },
        {
          id: 'phone-shortage',
          text: 'A global shortage of 5G handsets in 2019',
          explanation: 'Wrong: device supply was not the subject; trust in network suppliers was.',
        },
      ],
    },
  ],
});
