import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'a-two-way-street',
  title: 'A two-way street',
  questions: [
    {
      id: 'one-direction-only',
      type: 'true-false',
      prompt: 'True or false: Chiang argues that technology shapes diplomacy, but diplomacy has little influence on technology.',
      answer: false,
      explanation:
        'Chiang calls the interaction "bi-directional": technology defines diplomatic matters, and diplomacy influences how technology is developed and deployed.',
      explanations: {
        true: 'Wrong: Chiang insists the arrow points both ways. His own example is US diplomacy "redefining" the chip supply chain.',
        false: 'Right: for Chiang the influence runs in both directions, which is why he calls the interaction bi-directional.',
      },
    },
    {
      id: 'which-direction',
      type: 'matching',
      prompt: 'Match each item to what it illustrates.',
      explanation:
        'Taiwan’s share of advanced chipmaking is an industrial fact that raises foreign-policy questions (technology shaping diplomacy). The October 2022 export rule and the CHIPS Act fund are policy shaping technology: one denies, the other builds. "Pacing threat" is Munro’s term for the rival that sets the pace.',
      pairs: [
        {
          id: 'taiwan-share',
          term: 'Taiwan held 92% of the world’s most advanced logic-chip capacity (2019)',
          match: 'An industrial fact that becomes a foreign-policy concern',
          explanation: 'Technology shaping foreign policy: where chips are made raises questions of security and trust.',
        },
        {
          id: 'export-rule',
          term: 'The US rule of 7 October 2022 on advanced chips and chipmaking equipment for China',
          match: 'A policy that changes who may buy the most advanced technology',
          explanation: 'Foreign policy shaping technology by denying it.',
        },
        {
          id: 'state-fund',
          term: 'The $500 million State Department fund in the CHIPS and Science Act',
          match: 'A diplomatic tool written into an industrial law',
          explanation: 'Foreign policy shaping technology by building capacity with partners.',
        },
        {
          id: 'pacing',
          term: 'Pacing threat',
          match: 'The rival against whose progress allies plan their own',
          explanation: 'Munro’s term, applied to adversaries, notably China.',
        },
      ],
    },
    {
      id: 'chips-foundation',
      type: 'multiple',
      prompt: 'Chiang says semiconductors form the foundation of which of these? Select all that apply.',
      explanation:
        'Chiang calls chips the foundation of the digital economy, national security and productivity in almost all industries. That breadth is why their supply chain matters to foreign policy.',
      options: [
        { id: 'digital-economy', text: 'The digital economy', correct: true, explanation: 'Right: this is the first item in Chiang’s list.' },
        { id: 'national-security', text: 'National security', correct: true, explanation: 'Right: chips are in weapons systems as well as in the networks a country depends on.' },
        {
          id: 'productivity',
          text: 'Productivity in almost all industries',
          correct: true,
          explanation: 'Right: Chiang stresses how widely chips are used across the economy.',
        },
        {
          id: 'space-race',
          text: 'The Cold War space race',
          explanation: 'Wrong: human spaceflight was a classic topic of science diplomacy, not part of Chiang’s description of chips.',
        },
      ],
    },
    {
      id: 'pacing-threat',
      type: 'short-answer',
      prompt: 'Complete Munro’s phrase: US allies and partners must stay ahead of or keep up with the "______ threat" of adversaries, notably China.',
      hint: 'A term from US strategy for the main competitor that planners measure their own progress against.',
      explanation:
        'Munro uses "pacing threat": the competitor whose progress sets the pace against which the US and its allies plan their own capabilities.',
      accept: ['pacing', 'pacing threat'],
    },
    {
      id: 'two-opportunities',
      type: 'multiple',
      prompt: 'Besides helping allies keep pace, which opportunities does Munro say tech diplomacy offers? Select all that apply.',
      explanation:
        'Munro writes that tech diplomacy "also offers opportunities for commercialization and the establishment of the rules and norms that govern uses".',
      options: [
        {
          id: 'commercialisation',
          text: 'Commercialisation: turning research into products that reach markets',
          correct: true,
          explanation: 'Right: this is the first of the two opportunities she names.',
        },
        {
          id: 'rules-norms',
          text: 'Setting the rules and norms that govern how technology is used',
          correct: true,
          explanation: 'Right: early participants help write the rules that others then work within.',
        },
        {
          id: 'binding-ban',
          text: 'A binding global treaty that bans chip sales to China',
          explanation:
            'Wrong: no such treaty exists. The Wassenaar Arrangement is voluntary, and the 2022–23 chip controls were national measures by the US, Japan and the Netherlands.',
        },
        {
          id: 'no-allies',
          text: 'Freedom from the need to coordinate with allies',
          explanation: 'Wrong: Munro’s argument is the opposite. She frames tech diplomacy as something the US does with its allies and partners, Australia included.',
        },
      ],
    },
    {
      id: 'order-chip-diplomacy',
      type: 'ordering',
      prompt: 'Put these moments when policy reshaped the chip industry in order, earliest first.',
      explanation:
        'The US–Japan Semiconductor Agreement came in 1986; Huawei was added to the US Entity List in May 2019; the CHIPS and Science Act was signed on 9 August 2022; the Netherlands’ and Japan’s controls on advanced chipmaking tools took effect in 2023.',
      items: [
        { id: 'us-japan', text: 'The US and Japan sign a semiconductor agreement', explanation: '1986 (signed 2 September).' },
        { id: 'entity-list', text: 'The US adds Huawei to the Entity List', explanation: 'May 2019.' },
        { id: 'chips-act', text: 'President Biden signs the CHIPS and Science Act', explanation: '9 August 2022.' },
        {
          id: 'allied-controls',
          text: 'Japan and the Netherlands bring their own controls on advanced chipmaking tools into force',
          explanation: 'July and September 2023.',
        },
      ],
    },
    {
      id: 'us-share',
      type: 'short-answer',
      prompt: 'According to the White House, about what percentage of the world’s chips did the United States make in 2022? (number)',
      explanation:
        'About 10 per cent, down from about 40 per cent some thirty years earlier, and none of the most advanced logic chips (White House CHIPS fact sheet, August 2022).',
      source: { title: 'White House fact sheet: CHIPS and Science Act, 9 August 2022', url: 'https://www.whitehouse.gov/' },
      number: { value: 10, tolerance: 2 },
      unit: 'per cent',
    },
  ],
});
