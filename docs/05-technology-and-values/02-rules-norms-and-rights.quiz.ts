import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'rules-norms-and-rights',
  title: 'Rules, norms and rights',
  draw: 6,
  questions: [
    {
      id: 'why-trusted',
      type: 'single',
      level: 'understand',
      prompt: 'Why, according to Bronte Munro, must like-minded allies and partners advance technology "in a trusted manner"?',
      hint: 'Start from what she says technology is "inherently".',
      explanation:
        'Munro calls technology "inherently neutral, neither good nor bad", so partners must steer it so that it cannot easily be abused against rights defined under international law.',
      options: [
        {
          id: 'neutral',
          text: 'Because it is neutral, and without trusted development it can be abused against rights in international law.',
          correct: true,
          explanation: 'Right: neutrality means values must be added by people, and Munro\u2019s benchmark is rights under international law.',
        },
        {
          id: 'inherently-good',
          text: 'Because technology is inherently good and so only needs to spread as fast as it possibly can, to as many people as possible.',
          explanation: 'Wrong: Munro says technology is neither good nor bad; speed alone guarantees nothing.',
        },
        {
          id: 'inherently-bad',
          text: 'Because advanced technology is inherently dangerous and should be slowed down.',
          explanation: 'Wrong: Munro does not call technology bad; she wants it developed and adopted, but in a trusted way.',
        },
        {
          id: 'rivals-excluded',
          text: 'Because trust is a trade rule that lets allies tax imports from rivals.',
          explanation:
            'Wrong: in Munro\u2019s text trust is about protecting rights and freedoms, not a tariff device.',
        },
      ],
    },
    {
      id: 'rules-vs-norms',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each AI instrument to the best description of it.',
      explanation:
        'Three of these set norms (principles, recommendations, resolutions); the EU AI Act is a binding, risk-based rule.',
      pairs: [
        {
          id: 'oecd',
          term: 'OECD AI Principles',
          match: 'The first intergovernmental AI standard, backed by 42 countries in 2019',
          explanation: 'Adopted by the OECD Council on 22 May 2019 and endorsed by the G20 that June.',
        },
        {
          id: 'unesco',
          term: 'UNESCO Recommendation on the Ethics of AI',
          match: 'A global ethical framework adopted in November 2021',
          explanation: 'Adopted by UNESCO member states in November 2021.',
        },
        {
          id: 'unga',
          term: 'UN General Assembly, 21 March 2024',
          match: 'Its first text on the subject, calling for "safe, secure and trustworthy" AI',
          explanation: 'The Assembly\u2019s first resolution on artificial intelligence.',
        },
        {
          id: 'eu-ai-act',
          term: 'EU Artificial Intelligence Act',
          match: 'Binding, risk-based law; most obligations apply from August 2026',
          explanation: 'It entered into force on 1 August 2024.',
        },
      ],
    },
    {
      id: 'order-ai-rulebook',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these AI governance milestones in order, earliest first.',
      explanation:
        'OECD Principles (22 May 2019), GPAI (15 June 2020), UNESCO Recommendation (November 2021), first UN General Assembly AI resolution (21 March 2024), EU AI Act in force (1 August 2024).',
      items: [
        { id: 'oecd', text: 'OECD AI Principles adopted', explanation: 'First: 22 May 2019.' },
        { id: 'gpai', text: 'Global Partnership on AI launched with its secretariat at the OECD', explanation: 'Second: 15 June 2020.' },
        { id: 'unesco', text: 'UNESCO Recommendation on the Ethics of AI adopted', explanation: 'Third: November 2021.' },
        { id: 'unga', text: 'UN General Assembly adopts its first AI resolution', explanation: 'Fourth: 21 March 2024.' },
        { id: 'eu-ai-act', text: 'EU AI Act enters into force', explanation: 'Last: 1 August 2024.' },
      ],
    },
    {
      id: 'ai-act-timing',
      type: 'true-false',
      level: 'recall',
      prompt: 'True or false: most of the EU AI Act\u2019s obligations applied on the day it entered into force, 1 August 2024.',
      answer: false,
      explanation: 'The Act entered into force on 1 August 2024, but most obligations apply from August 2026.',
      explanations: {
        true: 'Wrong: entry into force started a run-in period; most obligations apply from August 2026.',
        false: 'Right: there is a two-year run-in for most obligations, which shows how much work turning principles into enforceable practice takes.',
      },
    },
    {
      id: 'multistakeholder',
      type: 'multiple',
      level: 'understand',
      prompt: 'Which statements describe multistakeholder governance? Select all that apply.',
      explanation:
        'Multistakeholder governance brings governments, companies, civil society and the technical and academic communities together; internet governance is the classic case.',
      options: [
        {
          id: 'all-groups',
          text: 'Governments, companies, civil society and technical and academic communities work together.',
          correct: true,
          explanation: 'Right: that is the definition; each group brings legitimacy, engineering knowledge or a watch on rights.',
        },
        {
          id: 'internet',
          text: 'Internet governance is a classic example.',
          correct: true,
          explanation: 'Right: the internet has long been governed with many kinds of stakeholders at the table.',
        },
        {
          id: 'states-only',
          text: 'Only governments decide, through treaties negotiated behind closed doors.',
          explanation: 'Wrong: that is a state-only model, which suits governments that want control over information.',
        },
        {
          id: 'self-regulation',
          text: 'Technology companies regulate themselves with no role for governments.',
          explanation: 'Wrong: governments are one of the stakeholders; leaving them out is industry self-regulation, not multistakeholder governance.',
        },
      ],
    },
    {
      id: 'toolbox-minister',
      type: 'single',
      level: 'apply',
      prompt:
        'A minister in an EU member state tells parliament: "The EU 5G Toolbox already bans high-risk suppliers, so we need no decision of our own." Based on this lesson, what is the best reply?',
      explanation:
        'The Toolbox (29 January 2020) is a risk-based set of measures that recommends restrictions; each member state decides and makes its own rule.',
      options: [
        {
          id: 'member-state-decides',
          text: 'The Toolbox only recommends restrictions; the binding rule must be our own',
          correct: true,
          explanation: 'Right: it is a shared framework between a norm and a rule; there is no EU-wide ban, so a national decision is still needed.',
        },
        {
          id: 'already-binding',
          text: 'The minister is right: the Toolbox is binding EU law that bans Huawei and ZTE in every member state',
          explanation: 'Wrong: a common misconception. The Toolbox bans no one; each member state decides.',
        },
        {
          id: 'prague-overrides',
          text: 'The Prague Proposals of May 2019 already bind every EU member state, so the Toolbox is irrelevant',
          explanation: 'Wrong: the Prague Proposals are a non-binding chair\u2019s text; they bind no one.',
        },
        {
          id: 'fcc-covers',
          text: 'The FCC\u2019s November 2022 ban covers European networks too',
          explanation: 'Wrong: the FCC ban applies to equipment authorised for sale in the United States; it is one country\u2019s rule.',
        },
      ],
    },
    {
      id: 'classify-charter',
      type: 'single',
      level: 'apply',
      prompt:
        'Forty governments sign a charter of principles on quantum computing. It sets no penalties and creates no body to enforce it. Using this lesson\u2019s terms, what is it?',
      explanation:
        'Principles that set shared expectations but cannot be enforced are a norm, however many governments sign them.',
      options: [
        {
          id: 'norm',
          text: 'A norm: shared expectations that nobody can enforce',
          correct: true,
          explanation: 'Right: like the OECD AI Principles, it may shape behaviour and later rules, but breaking it has no legal consequence.',
        },
        {
          id: 'rule-signed',
          text: 'A rule, because governments, not companies, put their signatures to it',
          explanation: 'Wrong: who signs does not make a text binding; the Bletchley Declaration was signed by governments and is still a norm.',
        },
        {
          id: 'rule-dual-use',
          text: 'A rule, because quantum computing is a dual-use technology with military applications',
          explanation: 'Wrong: the subject does not decide whether a text binds; enforceability does.',
        },
        {
          id: 'neither-un',
          text: 'Neither, because only the United Nations can set norms',
          explanation: 'Wrong: the OECD, UNESCO and conference chairs (Prague, 2019) have all set norms.',
        },
      ],
    },
    {
      id: 'chiang-munro-compare',
      type: 'single',
      level: 'analyse',
      prompt:
        'Chiang writes that technological advances "do not necessarily reflect values of a democratic society"; Munro writes that technology is "inherently neutral, neither good nor bad". Which statement compares them best?',
      explanation:
        'The words differ, but both place values in human choices rather than in the technology itself.',
      options: [
        {
          id: 'same-conclusion',
          text: 'Different words, one conclusion: values come from people\u2019s choices, not from the technology',
          correct: true,
          explanation: 'Right: Chiang\u2019s "not necessarily" and Munro\u2019s "neutral" both leave the direction to design, trade and law.',
        },
        {
          id: 'bad-good',
          text: 'They disagree: Chiang thinks technology is harmful, Munro thinks it is beneficial',
          explanation: 'Wrong: Chiang says technology is increasingly abused, not that it is bad; Munro says it is neither good nor bad.',
        },
        {
          id: 'munro-automatic',
          text: 'Munro expects technology to protect rights automatically, while Chiang does not, which is why only he calls for trust',
          explanation: 'Wrong: it is Munro who calls for advancing technology "in a trusted manner", precisely because it protects nothing by itself.',
        },
        {
          id: 'rules-none',
          text: 'Chiang wants binding rules for every technology; Munro wants none',
          explanation: 'Wrong: Chiang\u2019s excerpt does not discuss rules, and Munro sees the setting of rules and norms as an opportunity.',
        },
      ],
    },
    {
      id: 'norms-travel-evidence',
      type: 'single',
      level: 'evaluate',
      prompt:
        'The lesson concludes that norms are easier to agree across many countries, while rules are usually made one jurisdiction at a time. Which fact from the lesson supports that conclusion best?',
      explanation:
        'The strongest support sets a wide norm beside a narrow rule on the same subject: Bletchley (28 countries and the EU, rivals included) against the EU AI Act (one union\u2019s law).',
      options: [
        {
          id: 'bletchley-vs-act',
          text: 'Rivals signed Bletchley, yet the one binding AI law in the table is the EU\u2019s own',
          correct: true,
          explanation: 'Right: the same subject, AI, drew a wide circle for a norm and a single jurisdiction for a rule.',
        },
        {
          id: 'act-run-in',
          text: 'Most of the EU AI Act\u2019s obligations apply only from August 2026, two years after it entered into force',
          explanation: 'Wrong: the run-in shows that rules take time to apply, not how many countries can agree them.',
        },
        {
          id: 'oecd-first',
          text: 'The OECD AI Principles were the first intergovernmental AI standard',
          explanation: 'Wrong: being first says nothing about how norms and rules compare in reach.',
        },
        {
          id: 'oran-founders',
          text: 'Five operators, one of them Chinese, founded the O-RAN Alliance in February 2018',
          explanation: 'Wrong: that shows industry bodies crossing alliance lines, not a contrast between norms and rules.',
        },
      ],
    },
    {
      id: 'standards-compare',
      type: 'single',
      level: 'analyse',
      prompt:
        'Compare two cases: (a) 3GPP writing the 5G specifications of Release 15 (2017\u201318); (b) the US FCC banning authorisation of new Huawei and ZTE equipment (November 2022). Which is the better example of multistakeholder rule-making, and why?',
      explanation:
        '3GPP is an industry partnership of standards bodies whose specifications governments and companies rely on; the FCC ban is one government\u2019s regulation.',
      options: [
        {
          id: 'a-industry',
          text: '(a), because non-governmental bodies wrote rules that governments and companies rely on',
          correct: true,
          explanation: 'Right: the technical community writes the standard, with no treaty; that is rule-making beyond the state.',
        },
        {
          id: 'b-companies',
          text: '(b), because the ban affects companies, so they count as stakeholders in it',
          explanation: 'Wrong: being affected by a rule is not taking part in writing it; the FCC decided alone.',
        },
        {
          id: 'a-treaty',
          text: '(a), because Release 15 is an international treaty that states have signed and ratified',
          explanation: 'Wrong: 3GPP specifications are not a treaty; that is exactly why they are a multistakeholder example.',
        },
        {
          id: 'b-binding',
          text: '(b), because only binding rules count as governance',
          explanation: 'Wrong: governance includes standards and norms; being binding is what makes (b) a state rule, not a multistakeholder one.',
        },
      ],
    },
    {
      id: 'uk-decision-rule',
      type: 'true-false',
      level: 'apply',
      prompt:
        'True or false: in this lesson\u2019s terms, the UK decision of 14 July 2020 (no new Huawei 5G equipment after 31 December 2020, removal by the end of 2027) is a rule rather than a norm.',
      answer: true,
      explanation: 'It is a national decision that can be enforced against operators, so it is a rule; the Prague Proposals, by contrast, are a norm.',
      explanations: {
        true: 'Right: it binds operators in one jurisdiction, which is what makes it a rule.',
        false: 'Wrong: the UK decision is enforceable against operators, unlike a non-binding statement such as the Prague Proposals.',
      },
    },
  ],
});
