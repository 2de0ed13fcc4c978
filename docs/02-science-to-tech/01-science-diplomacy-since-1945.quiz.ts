import { defineQuiz } from '@site/src/quiz/define';

// Two sections, so that every attempt asks three questions that recall or explain and three that
// apply, analyse or evaluate, whichever questions the draw picks.
export default defineQuiz({
  id: 'science-diplomacy-since-1945',
  title: 'Science diplomacy since 1945',
  draw: { basics: 3, cases: 3 },
  questions: [
    {
      id: 'scientists-roles',
      type: 'multiple',
      level: 'recall',
      section: 'basics',
      prompt: 'Which roles does Chiang say scientists played in science diplomacy? Select all that apply.',
      explanation:
        'Chiang writes that "Scientists participated in treaty negotiations, engaged in bilateral summits and served as attachés at embassies."',
      options: [
        {
          id: 'treaties',
          text: 'Taking part in treaty negotiations',
          correct: true,
          explanation: 'Right: many post-war treaties were about physics or the Earth and needed scientific input.',
        },
        { id: 'summits', text: 'Engaging in bilateral summits', correct: true, explanation: 'Right: this is the second role in Chiang’s list.' },
        {
          id: 'attaches',
          text: 'Serving as attachés at embassies',
          correct: true,
          explanation: 'Right: science attachés were posted abroad to follow and promote cooperation.',
        },
        {
          id: 'export-rules',
          text: 'Writing export-control rules for advanced chips',
          explanation: 'Wrong: chip export controls are a tech-diplomacy topic of recent years, not one of the classic roles Chiang describes.',
        },
        {
          id: 'silicon-valley',
          text: 'Serving as ambassadors to technology companies',
          explanation: 'Wrong: an ambassador to the tech industry was Denmark’s innovation of 2017, a tech-diplomacy move rather than a classic science-diplomacy role.',
        },
      ],
    },
    {
      id: 'order-nuclear',
      type: 'ordering',
      level: 'recall',
      section: 'basics',
      prompt: 'Put these nuclear milestones in order, earliest first.',
      explanation:
        'Eisenhower’s "Atoms for Peace" speech came on 8 December 1953; the IAEA was established on 29 July 1957; the Partial Test Ban Treaty was signed on 5 August 1963; the NPT opened for signature on 1 July 1968.',
      items: [
        { id: 'atoms-for-peace', text: 'Eisenhower’s "Atoms for Peace" speech at the UN', explanation: '8 December 1953.' },
        { id: 'iaea', text: 'The International Atomic Energy Agency is established', explanation: '29 July 1957.' },
        { id: 'ptbt', text: 'The Partial Test Ban Treaty is signed in Moscow', explanation: '5 August 1963.' },
        { id: 'npt', text: 'The Non-Proliferation Treaty opens for signature', explanation: '1 July 1968.' },
      ],
    },
    {
      id: 'ssc-cern',
      type: 'true-false',
      level: 'recall',
      section: 'basics',
      prompt: 'True or false: the Superconducting Super Collider was ended by the US Congress, not by CERN, after about $2 billion had been spent.',
      answer: true,
      explanation:
        'The SSC was a US project in Texas. Congress cancelled it in October 1993 after about $2 billion had been spent. CERN’s Large Hadron Collider later became the world’s largest collider.',
      explanations: {
        true: 'Right: it was a US national project, ended by Congress in October 1993; it was never a CERN project.',
        false: 'Wrong: the statement is accurate. A common mistake is to take the SSC for a CERN project; it was a US project cancelled by the US Congress.',
      },
    },
    {
      id: 'igy-countries',
      type: 'short-answer',
      level: 'recall',
      section: 'basics',
      prompt: 'How many countries took part in the International Geophysical Year (1957–58)? (number)',
      explanation:
        'Sixty-seven countries ran coordinated Earth-science observations despite the Cold War; the cooperation in Antarctica led to the Antarctic Treaty of 1959.',
      number: { value: 67 },
      unit: 'countries',
    },
    {
      id: 'common-pattern',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'In the course’s reading, which feature was typical of classic science diplomacy across all four of Chiang’s topics?',
      explanation:
        'Governments funded and led most of it: states built colliders, launched spacecraft and signed treaties, and the research came largely from state laboratories, public agencies and universities.',
      options: [
        {
          id: 'governments-led',
          text: 'Governments were the main funders and customers, and the research was largely public',
          correct: true,
          explanation: 'Right: this is the condition that changes most when technology is private and fast.',
        },
        {
          id: 'months',
          text: 'Agreements were usually reached within a few months',
          explanation: 'Wrong: timescales were long; from Atoms for Peace (1953) to the NPT (1968) took fifteen years.',
        },
        {
          id: 'allies-only',
          text: 'Cooperation happened only among close allies',
          explanation: 'Wrong: the IGY, Apollo–Soyuz and SESAME all brought rivals together.',
        },
      ],
    },
    {
      id: 'ptbt-holdouts',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'France, which first tested a bomb in 1960, and China, which first tested one in 1964, never signed the 1963 Partial Test Ban Treaty. What does this show about treaty-based science diplomacy?',
      explanation:
        'A treaty binds those who join it. States building their own bombs could stay out and keep testing in the atmosphere, France until 1974 and China until 1980, even as over a hundred other states signed.',
      options: [
        {
          id: 'binds-signers',
          text: 'A treaty binds only its parties: states building their own bombs could stay out and keep testing',
          correct: true,
          explanation: 'Right: the three original parties could not bind France or China, which chose to stay out.',
        },
        {
          id: 'not-yet-nuclear',
          text: 'Nothing much: France and China were not yet nuclear powers, so their absence did not matter',
          explanation: 'Wrong: France had tested since 1960, and China tested in 1964, a year after the treaty; both went on testing in the atmosphere.',
        },
        {
          id: 'treaty-void',
          text: 'That the treaty was void without their signatures',
          explanation: 'Wrong: the treaty bound its parties, and over a hundred states later signed; the holdouts were simply not bound.',
        },
      ],
    },
    {
      id: 'classify-topic',
      type: 'matching',
      level: 'apply',
      section: 'cases',
      prompt: 'None of these projects is in the lesson. Match each to the classic science-diplomacy topic it would fall under.',
      explanation:
        'Chiang’s four topics are nuclear proliferation, super-collider construction, human space exploration and environmental science. Sort a new case by what the cooperation is about.',
      pairs: [
        {
          id: 'enrichment-inspections',
          term: 'Negotiating inspections of a uranium enrichment plant',
          match: 'Nuclear proliferation',
          explanation: 'Inspections are about stopping the spread of weapons-grade material.',
        },
        {
          id: 'shared-accelerator',
          term: 'Several states sharing the cost of a new particle accelerator',
          match: 'Super-collider construction',
          explanation: 'Big physics machines too costly for one country are Chiang’s second topic.',
        },
        {
          id: 'joint-moon-crew',
          term: 'Two rivals agreeing a joint crewed mission to the Moon',
          match: 'Human space exploration',
          explanation: 'Crewed missions, like Apollo–Soyuz, belong to the space topic.',
        },
        {
          id: 'ice-core-data',
          term: 'Pooling ice-core and ocean data to assess sea-level rise',
          match: 'Environmental science',
          explanation: 'Shared Earth observation, like the IGY, belongs to the environmental topic.',
        },
      ],
    },
    {
      id: 'modern-attache',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt:
        'True or false: a government that posts an engineer to its embassy in a partner capital, to follow the partner’s research and promote joint projects, is filling one of the roles Chiang describes for scientists.',
      answer: true,
      explanation:
        'That is the work of an attaché, a specialist posted to an embassy to follow and promote cooperation in a field. Chiang writes that scientists "served as attachés at embassies".',
      explanations: {
        true: 'Right: this is the attaché role, one of the three Chiang lists.',
        false: 'Wrong: following and promoting cooperation from an embassy is exactly what a science attaché does.',
      },
    },
    {
      id: 'setback-case',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt: 'Which case from this lesson best challenges the idea that a big science project, once backed by a government, is safe from politics?',
      explanation:
        'The Superconducting Super Collider had US government backing, yet Congress cancelled it in October 1993 after about $2 billion had been spent. The other cases are successes.',
      options: [
        {
          id: 'ssc',
          text: 'The cancellation of the Superconducting Super Collider by the US Congress in 1993',
          correct: true,
          explanation: 'Right: domestic politics ended a government-backed project after years of spending.',
        },
        {
          id: 'cern',
          text: 'CERN coming into being in 1954',
          explanation: 'Wrong: CERN is a success that supports the idea rather than challenging it.',
        },
        {
          id: 'iss',
          text: 'The first crew moving into the ISS in 2000',
          explanation: 'Wrong: the ISS has been occupied continuously since 2000; it is a success, not a setback.',
        },
        {
          id: 'montreal',
          text: 'The Montreal Protocol becoming, in 2009, the first UN treaty ratified by every UN member state',
          explanation: 'Wrong: universal ratification is a triumph of science-based diplomacy, not a challenge to it.',
        },
      ],
    },
    {
      id: 'sesame-compare',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Case A: CERN, founded by 12 European states in 1954. Case B: SESAME in Jordan (2017), whose members include Israel, Iran and the Palestinian Authority. Which is the stronger example of governments cooperating through science while their conflict continues, and why?',
      explanation:
        'CERN’s founders had been at war less than a decade earlier, but by 1954 that war was over. SESAME’s members remain in conflict and rarely sit at the same table anywhere else, yet they share one facility.',
      options: [
        {
          id: 'sesame',
          text: 'B: its members rarely meet anywhere else, yet they run one facility together',
          correct: true,
          explanation: 'Right: the conflict between SESAME’s members has not ended; they cooperate in spite of it.',
        },
        {
          id: 'cern-bigger',
          text: 'A: twelve founding states are more than SESAME’s members, so the divide it bridged must be the greater one',
          explanation: 'Wrong: the number of members does not measure the depth of the divide; SESAME’s members are still in conflict.',
        },
        {
          id: 'equal',
          text: 'Neither is stronger, since both are shared laboratories',
          explanation: 'Wrong: both are shared facilities, but the question asks about the divide they span, and that differs.',
        },
      ],
    },
  ],
});
