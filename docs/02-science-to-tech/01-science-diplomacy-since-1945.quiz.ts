import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'science-diplomacy-since-1945',
  title: 'Science diplomacy since 1945',
  questions: [
    {
      id: 'scientists-roles',
      type: 'multiple',
      prompt: 'Which roles does Chiang say scientists played in science diplomacy? Select all that apply.',
      explanation:
        'Chiang writes that scientists participated in treaty negotiations, engaged in bilateral summits and served as attachés at embassies.',
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
      id: 'match-topics',
      type: 'matching',
      prompt: 'Match each example to the classic science-diplomacy topic it belongs to.',
      explanation:
        'Chiang’s four topics are nuclear proliferation, super-collider construction, human space exploration and environmental science.',
      pairs: [
        {
          id: 'ptbt',
          term: 'Partial Test Ban Treaty (1963)',
          match: 'Nuclear proliferation',
          explanation: 'It banned nuclear tests in the atmosphere, in space and under water.',
        },
        {
          id: 'cern',
          term: 'CERN (1954)',
          match: 'Building big physics facilities',
          explanation: 'Founded by 12 European states to share the cost of particle physics.',
        },
        {
          id: 'apollo-soyuz',
          term: 'Apollo–Soyuz docking (1975)',
          match: 'Human space exploration',
          explanation: 'The first crewed US–Soviet mission.',
        },
        {
          id: 'montreal',
          term: 'Montreal Protocol (1987)',
          match: 'Environmental science',
          explanation: 'An agreement on ozone-depleting substances, later ratified by every UN member state.',
        },
      ],
    },
    {
      id: 'ssc-cern',
      type: 'true-false',
      prompt: 'True or false: the Superconducting Super Collider, cancelled in 1993, was a CERN project.',
      answer: false,
      explanation:
        'The SSC was a US project in Texas. Congress cancelled it in October 1993 after about $2 billion had been spent. CERN’s Large Hadron Collider later became the world’s largest collider.',
      explanations: {
        true: 'Wrong: the SSC was a US national project in Texas, cancelled by the US Congress, not a project of the European laboratory.',
        false: 'Right: it was a US project, ended by Congress in October 1993.',
      },
    },
    {
      id: 'igy-countries',
      type: 'short-answer',
      prompt: 'How many countries took part in the International Geophysical Year (1957–58)? (number)',
      explanation:
        'Sixty-seven countries ran coordinated Earth-science observations despite the Cold War; the cooperation in Antarctica led to the Antarctic Treaty of 1959.',
      number: { value: 67 },
      unit: 'countries',
    },
    {
      id: 'sesame-point',
      type: 'single',
      prompt: 'SESAME, inaugurated in Jordan in 2017, counts Israel, Iran and the Palestinian Authority among its members. What does this illustrate?',
      explanation:
        'Shared scientific facilities can bring together governments that rarely cooperate elsewhere, a pattern that runs from the IGY in the Cold War to SESAME.',
      options: [
        {
          id: 'across-divides',
          text: 'Scientific cooperation can continue across deep political divides',
          correct: true,
          explanation: 'Right: like the IGY during the Cold War, SESAME gathers governments that rarely sit at the same table.',
        },
        {
          id: 'private-sector',
          text: 'Science diplomacy was led by private companies',
          explanation: 'Wrong: SESAME is a partnership of governments; classic science diplomacy relied mostly on public institutions.',
        },
        {
          id: 'nuclear-weapons',
          text: 'Light sources are mainly about nuclear weapons',
          explanation: 'Wrong: SESAME is a synchrotron light source for research; its diplomatic interest lies in who takes part.',
        },
      ],
    },
    {
      id: 'common-pattern',
      type: 'single',
      prompt: 'Which feature was typical of classic science diplomacy, across all four topics?',
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
          text: 'Agreements were usually reached within months',
          explanation: 'Wrong: timescales were long; from Atoms for Peace (1953) to the NPT (1968) took fifteen years.',
        },
        {
          id: 'allies-only',
          text: 'Cooperation happened only among close allies',
          explanation: 'Wrong: the IGY, Apollo–Soyuz and SESAME all brought rivals together.',
        },
      ],
    },
  ],
});
