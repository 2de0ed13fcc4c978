import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'allies-and-partners',
  title: 'Allies and partners',
  draw: 6,
  questions: [
    {
      id: 'pacing-threat',
      type: 'single',
      level: 'recall',
      prompt: 'According to Munro, tech diplomacy helps US allies and partners, including Australia, do what?',
      explanation:
        'Munro calls tech diplomacy "a key tool to ensure that US allies and partners, including Australia, can stay ahead of or keep up with the pacing threat of adversaries, notably China".',
      options: [
        {
          id: 'keep-pace',
          text: 'Stay ahead of or keep up with the pacing threat of adversaries',
          correct: true,
          explanation: 'Right: those are her words; she names China.',
        },
        {
          id: 'decouple',
          text: 'Cut every technological tie with other countries so that no adversary can reach allied research',
          explanation: 'Wrong: Munro\u2019s tech diplomacy is collaboration across sectors and between countries, not isolation.',
        },
        {
          id: 'replace-us',
          text: 'Replace the United States as the technology leader of the alliance',
          explanation: 'Wrong: nothing in Munro\u2019s text sets partners against the US; she writes of tech diplomacy as a tool for them together.',
        },
        {
          id: 'cap-treaty',
          text: 'Win a binding treaty that caps China\u2019s share of world chip production',
          explanation: 'Wrong: Munro proposes no such treaty; she describes a tool for keeping pace.',
        },
      ],
    },
    {
      id: 'stay-or-keep-reading',
      type: 'single',
      level: 'analyse',
      prompt:
        'Munro writes that tech diplomacy helps allies "stay ahead of or keep up with" the pacing threat. Which of these statements is the course\u2019s reading rather than something Munro writes?',
      explanation:
        'Munro names China, includes Australia and puts technology at the heart of US\u2013China competition. That the aim is set for the group, not each partner, is the course\u2019s interpretation of her phrase.',
      options: [
        {
          id: 'group-aim',
          text: 'The aim is set for the group, so not every partner must lead in every technology',
          correct: true,
          explanation: 'Right: Munro does not comment on her wording; this is one way to read it.',
        },
        {
          id: 'china-named',
          text: 'China is the adversary she names',
          explanation: 'Wrong: that is in her text ("notably China").',
        },
        {
          id: 'australia-included',
          text: 'Australia is among the US allies and partners the tool is meant to help',
          explanation: 'Wrong: she writes "US allies and partners, including Australia".',
        },
        {
          id: 'heart',
          text: 'Technology lies at the heart of geostrategic competition between China and the US',
          explanation: 'Wrong: that is nearly word for word her sentence.',
        },
      ],
    },
    {
      id: 'order-formats',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these steps in the history of the three formats in order, earliest first.',
      explanation:
        'Quad officials first meet (May 2007), the Quad is revived (12 November 2017), the first Quad leaders\u2019 summit (12 March 2021), the TTC is announced (15 June 2021), AUKUS is announced (15 September 2021).',
      items: [
        { id: 'quad-2007', text: 'Quad officials first meet in Manila, after Japan proposes the dialogue', explanation: 'First: May 2007.' },
        { id: 'quad-2017', text: 'Officials of the four countries meet in Manila to revive the Quad', explanation: 'Second: 12 November 2017.' },
        { id: 'quad', text: 'First Quad leaders\u2019 summit launches a Critical and Emerging Technology Working Group', explanation: 'Third: 12 March 2021.' },
        { id: 'ttc', text: 'US\u2013EU Trade and Technology Council announced in Brussels', explanation: 'Fourth: 15 June 2021.' },
        { id: 'aukus', text: 'AUKUS announced, with a second pillar on advanced capabilities', explanation: 'Last: 15 September 2021.' },
      ],
    },
    {
      id: 'match-formats',
      type: 'matching',
      level: 'understand',
      prompt: 'The lesson names a main strain for each format. Match each format to it.',
      explanation: 'Each format buys something (breadth, scope or closeness) and pays for it somewhere.',
      pairs: [
        {
          id: 'quad',
          term: 'The Quad',
          match: 'It lapsed once and rests on its members\u2019 continuing political will',
          explanation: 'First met in 2007, lapsed in early 2008, revived in 2017; leaders first met in 2021.',
        },
        {
          id: 'ttc',
          term: 'The Trade and Technology Council',
          match: 'Some decisions, such as Dutch licences for chipmaking tools, are not Brussels\u2019 to make',
          explanation: 'The 5G Toolbox leaves vendor decisions to member states, and the 2023 equipment licences were a Dutch national measure.',
        },
        {
          id: 'aukus',
          term: 'AUKUS',
          match: 'So close a circle that key chip-tool countries, Japan and the Netherlands, are outside it',
          explanation: 'Three members only; neither Japan nor the Netherlands belongs.',
        },
      ],
    },
    {
      id: 'chip-sequence-reading',
      type: 'single',
      level: 'analyse',
      prompt:
        'The US rule came on 7 October 2022; Japan announced its controls on 31 March 2023 and the Netherlands on 30 June 2023, and theirs took effect in July and September 2023. What does the sequence show?',
      explanation:
        'A leader moved first, partners followed months later with their own measures: alignment was a process, not a joint launch.',
      options: [
        {
          id: 'process',
          text: 'Alignment came step by step over months, not as a joint launch',
          correct: true,
          explanation: 'Right: about six and nine months to announce, nine and a half and eleven to take effect.',
        },
        {
          id: 'same-day',
          text: 'The three governments adopted one joint text on the same day in 2022 and then phased it in',
          explanation: 'Wrong: the dates differ by months and each measure was national.',
        },
        {
          id: 'partners-first',
          text: 'Japan and the Netherlands moved first and the US followed',
          explanation: 'Wrong: the US rule of October 2022 came first.',
        },
        {
          id: 'wassenaar-consensus',
          text: 'The controls were agreed by consensus among all 42 Wassenaar states',
          explanation: 'Wrong: they were national measures, coordinated outside Wassenaar.',
        },
      ],
    },
    {
      id: 'order-chip-steps',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these steps in the alignment of chip controls in order, earliest first.',
      explanation:
        'US rule (7 October 2022), Japan announces (31 March 2023), the Netherlands announces (30 June 2023), Japan\u2019s controls in force (23 July 2023), the Dutch requirement in force (1 September 2023), the Dutch rules widened (7 September 2024).',
      items: [
        { id: 'us-rule', text: 'US Commerce restricts advanced AI chips and chipmaking equipment to China', explanation: 'First: 7 October 2022.' },
        { id: 'japan-announces', text: 'Japan announces controls on 23 types of equipment', explanation: 'Second: 31 March 2023.' },
        { id: 'dutch-announce', text: 'The Netherlands announces a national licence requirement', explanation: 'Third: 30 June 2023.' },
        { id: 'japan-in-force', text: 'Japan\u2019s controls take effect', explanation: 'Fourth: 23 July 2023.' },
        { id: 'dutch-in-force', text: 'The Dutch requirement takes effect', explanation: 'Fifth: 1 September 2023.' },
        { id: 'dutch-widened', text: 'The Dutch rules are widened', explanation: 'Last: 7 September 2024.' },
      ],
    },
    {
      id: 'alignment-form',
      type: 'single',
      level: 'apply',
      prompt:
        'Washington asks an ally that is home to a leading maker of a key chipmaking tool to align its export controls. Based on the 2022\u201323 record, what form is the ally\u2019s alignment most likely to take?',
      explanation:
        'In 2023 Japan and the Netherlands each adopted a national measure under its own law, with its own scope and timing.',
      options: [
        {
          id: 'national-measure',
          text: 'A measure under its own law, with its own scope and timing',
          correct: true,
          explanation: 'Right: aligned is not identical; Japan listed 23 equipment types, the Dutch required licences for advanced tools.',
        },
        {
          id: 'us-rule-applies',
          text: 'It signs the US rule, which then applies directly on its territory as if it were national law',
          explanation: 'Wrong: each partner in 2023 used its own law.',
        },
        {
          id: 'wassenaar-decision',
          text: 'A Wassenaar decision that binds all participating states',
          explanation: 'Wrong: Wassenaar is voluntary and the 2022\u201323 controls were coordinated outside it.',
        },
        {
          id: 'quad-group',
          text: 'A decision of the Quad\u2019s technology working group',
          explanation: 'Wrong: the working group issues no export controls, and the record shows national measures.',
        },
      ],
    },
    {
      id: 'quad-chip-claim',
      type: 'single',
      level: 'evaluate',
      prompt: 'A commentator writes: "The Quad is where the allied chip controls of 2022\u201323 were agreed." How does this lesson\u2019s evidence judge the claim?',
      explanation:
        'The Netherlands, whose equipment was central, is not a Quad member, and the course\u2019s sources record the outcome, not the channel. The claim is unsupported.',
      options: [
        {
          id: 'unsupported',
          text: 'Unsupported: the Netherlands is not in the Quad, and no channel is recorded',
          correct: true,
          explanation: 'Right: the coalition followed the choke points, not the membership of any format.',
        },
        {
          id: 'confirmed-group',
          text: 'Confirmed: the Quad\u2019s 2021 technology working group issued the controls in the name of all four members',
          explanation: 'Wrong: the controls were national measures by the US, Japan and the Netherlands.',
        },
        {
          id: 'confirmed-japan',
          text: 'Confirmed, because Japan is a Quad member',
          explanation: 'Wrong: one shared member is not evidence of the channel, and the Dutch measure still falls outside.',
        },
        {
          id: 'quad-dead',
          text: 'Unsupported, because the Quad lapsed in 2008 and never met again',
          explanation: 'Wrong reason: the Quad was revived in 2017 and its leaders met in 2021.',
        },
      ],
    },
    {
      id: 'ttc-dutch-licences',
      type: 'true-false',
      level: 'apply',
      prompt:
        'A US official plans to settle the question of licences for Dutch chipmaking equipment at the next TTC meeting. True or false: the lesson suggests the EU side at that table may not be the one that decides.',
      answer: true,
      explanation: 'The 2023 licence requirement was a Dutch national measure; on such questions the EU is not the decider, which is one of the TTC\u2019s strains.',
      explanations: {
        true: 'Right: the decision sat with the Netherlands, not with the EU as a whole.',
        false: 'Wrong: the Dutch licence requirement was national, so the EU side could not settle it alone.',
      },
    },
    {
      id: 'friend-shoring-case',
      type: 'short-answer',
      level: 'understand',
      prompt:
        'A government pays a firm to move production of a key chip material from a rival state to a trusted ally, rather than back home. Which term names this?',
      explanation: 'Friend-shoring moves supply chains to trusted allied or partner countries rather than only back home (reshoring).',
      accept: ['friend-shoring', 'friend shoring', 'friendshoring'],
    },
  ],
});
