import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'rules-norms-and-rights',
  title: 'Rules, norms and rights',
  questions: [
    {
      id: 'why-trusted',
      type: 'single',
      prompt: 'Why, according to Bronte Munro, must like-minded allies and partners advance technology "in a trusted manner"?',
      hint: 'Start from what she says technology is "inherently".',
      explanation:
        'Munro calls technology "inherently neutral, neither good nor bad", so partners must steer it so that it cannot easily be abused against rights defined under international law.',
      options: [
        {
          id: 'neutral',
          text: 'Because technology is inherently neutral, so without trusted development it can be abused against rights defined under international law.',
          correct: true,
          explanation: 'Right: neutrality means values must be added by people, and Munro\u2019s benchmark is rights under international law.',
        },
        {
          id: 'inherently-good',
          text: 'Because technology is inherently good and only needs to spread as fast as possible.',
          explanation: 'Wrong: Munro says technology is neither good nor bad; speed alone guarantees nothing.',
        },
        {
          id: 'inherently-bad',
          text: 'Because advanced technology is inherently dangerous and should be slowed down.',
          explanation: 'Wrong: Munro does not call technology bad; she wants it developed and adopted, but in a trusted way.',
        },
        {
          id: 'wassenaar',
          text: 'Because the Wassenaar Arrangement, a binding treaty, requires it.',
          explanation:
            'Wrong: Wassenaar is a voluntary arrangement that coordinates export-control lists, not a binding treaty, and it is not Munro\u2019s reason.',
        },
      ],
    },
    {
      id: 'rules-vs-norms',
      type: 'matching',
      prompt: 'Match each instrument to the best description of it.',
      explanation:
        'Three of these are norms (principles, recommendations, resolutions); the EU AI Act is a binding, risk-based rule.',
      pairs: [
        {
          id: 'oecd',
          term: 'OECD AI Principles',
          match: 'The first intergovernmental AI standard, adopted in 2019',
          explanation: 'Adopted by the OECD Council on 22 May 2019 and endorsed by the G20 that June.',
        },
        {
          id: 'unesco',
          term: 'UNESCO Recommendation on the Ethics of AI',
          match: 'A global ethical framework adopted by UNESCO member states',
          explanation: 'Adopted in November 2021.',
        },
        {
          id: 'unga',
          term: 'UN General Assembly resolution of March 2024',
          match: 'The Assembly\u2019s first resolution on AI, calling for "safe, secure and trustworthy" AI',
          explanation: 'Adopted on 21 March 2024.',
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
      prompt: 'Put these AI governance milestones in order, earliest first.',
      explanation:
        'OECD Principles (22 May 2019), UNESCO Recommendation (November 2021), first UN General Assembly AI resolution (21 March 2024), EU AI Act in force (1 August 2024).',
      items: [
        { id: 'oecd', text: 'OECD AI Principles adopted', explanation: 'First: 22 May 2019.' },
        { id: 'unesco', text: 'UNESCO Recommendation on the Ethics of AI adopted', explanation: 'Second: November 2021.' },
        { id: 'unga', text: 'UN General Assembly adopts its first AI resolution', explanation: 'Third: 21 March 2024.' },
        { id: 'eu-ai-act', text: 'EU AI Act enters into force', explanation: 'Last: 1 August 2024.' },
      ],
    },
    {
      id: 'ai-act-timing',
      type: 'true-false',
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
      id: 'oecd-countries',
      type: 'short-answer',
      prompt: 'How many countries backed the OECD AI Principles when they were adopted in May 2019? (number)',
      hint: 'All the OECD members of the time, plus a few other countries.',
      explanation: '42 countries: the 36 OECD members and 6 other countries. The G20 endorsed the principles in June 2019.',
      source: { title: 'OECD AI Policy Observatory', url: 'https://oecd.ai/' },
      number: { value: 42, tolerance: 0 },
      unit: 'countries',
    },
    {
      id: 'binding-rule',
      type: 'single',
      prompt: 'Which of these is a binding rule rather than a norm?',
      explanation: 'Only the EU AI Act is law that can be enforced; the others set shared expectations.',
      options: [
        {
          id: 'eu-ai-act',
          text: 'The EU Artificial Intelligence Act',
          correct: true,
          explanation: 'Right: it is an EU regulation, binding and risk-based, in force since 1 August 2024.',
        },
        {
          id: 'oecd',
          text: 'The OECD AI Principles',
          explanation: 'Wrong: they are principles, an intergovernmental standard that sets norms rather than enforceable obligations.',
        },
        {
          id: 'dfi',
          text: 'The Declaration for the Future of the Internet',
          explanation: 'Wrong: it is a declaration of shared principles by the US and 60 partners, not a law or treaty.',
        },
        {
          id: 'unesco',
          text: 'The UNESCO Recommendation on the Ethics of AI',
          explanation: 'Wrong: as its name says, it is a recommendation, a global norm rather than a binding rule.',
        },
      ],
    },
  ],
});
