import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'export-controls-and-industrial-policy',
  title: 'Export controls and industrial policy',
  questions: [
    {
      id: 'order-control-decisions',
      type: 'ordering',
      prompt: 'Put these export-control decisions in order, earliest first.',
      hint: 'Think about how the reach of the controls widened over time.',
      explanation:
        'Wassenaar began operating in July 1996; Huawei went on the Entity List in May 2019; the FDPR was extended to Huawei’s chip designs in May 2020; the broad BIS rule came on 7 October 2022; Japan’s controls took effect on 23 July 2023.',
      items: [
        {
          id: 'wassenaar',
          text: 'The Wassenaar Arrangement begins operating',
          explanation: 'July 1996, succeeding the Cold War body CoCom.',
        },
        {
          id: 'entity-list',
          text: 'Huawei and 68 non-US affiliates are added to the Entity List',
          explanation: 'Effective 16 May 2019, the day after Executive Order 13873.',
        },
        {
          id: 'fdpr',
          text: 'The Foreign Direct Product Rule is extended to Huawei’s chip designs',
          explanation: '15 May 2020, the same day TSMC announced its Arizona fab; tightened again on 17 August 2020.',
        },
        {
          id: 'bis-2022',
          text: 'A BIS rule restricts exports of advanced chips and chipmaking equipment to China',
          explanation: '7 October 2022: the controls move from one company to a whole country.',
        },
        {
          id: 'japan-2023',
          text: 'Japan’s controls on 23 types of chipmaking equipment take effect',
          explanation: '23 July 2023, after an announcement on 31 March 2023.',
        },
      ],
    },
    {
      id: 'wassenaar-nature',
      type: 'single',
      prompt: 'Which statement about the Wassenaar Arrangement is correct?',
      explanation:
        'Wassenaar is a voluntary arrangement (operating since 1996) in which 42 participating states coordinate control lists by consensus. China is not a member, and the 2022–23 chip controls were national measures coordinated outside it.',
      source: { title: 'The Wassenaar Arrangement', url: 'https://www.wassenaar.org/' },
      options: [
        {
          id: 'voluntary',
          text: 'It is a voluntary arrangement in which 42 participating states coordinate export-control lists; China is not a member.',
          correct: true,
          explanation: 'Right: it is a coordination forum that works by consensus, not a binding treaty.',
        },
        {
          id: 'binding-ban',
          text: 'It is a binding treaty that bans chip sales to China.',
          explanation: 'Wrong: it is voluntary and bans nothing by itself. This is a common misconception about it.',
        },
        {
          id: 'adopted-2022',
          text: 'It adopted the 2022–23 chip controls of the US, Japan and the Netherlands.',
          explanation: 'Wrong: those were national measures, coordinated among the three governments outside Wassenaar.',
        },
        {
          id: 'us-list',
          text: 'It is a US Commerce Department list of foreign companies that need a licence.',
          explanation: 'Wrong: that is the Entity List, kept by the Bureau of Industry and Security.',
        },
      ],
    },
    {
      id: 'fdpr-purpose',
      type: 'single',
      prompt: 'What does the Foreign Direct Product Rule (FDPR) do?',
      explanation:
        'The FDPR extends US export controls to foreign-made items produced with US technology, software or equipment. It was used against Huawei in 2020 and again in the October 2022 chip rule.',
      options: [
        {
          id: 'foreign-made',
          text: 'It extends US export controls to foreign-made items produced with US technology, software or equipment.',
          correct: true,
          explanation: 'Right: this is how US rules could reach chips made entirely outside the United States.',
        },
        {
          id: 'fdi',
          text: 'It restricts foreign direct investment in US chip firms.',
          explanation: 'Wrong: despite the name, it is about products made with US technology, not about investment.',
        },
        {
          id: 'entity-list',
          text: 'It lists foreign parties that need a licence to receive US items.',
          explanation: 'Wrong: that is the Entity List. The FDPR widens which items count, not which parties.',
        },
        {
          id: 'subsidy',
          text: 'It pays foreign chipmakers to build fabs in the United States.',
          explanation: 'Wrong: that is industrial policy, such as the CHIPS and Science Act’s manufacturing incentives.',
        },
      ],
    },
    {
      id: 'chips-act-billions',
      type: 'short-answer',
      prompt: 'How many billion US dollars does the CHIPS and Science Act appropriate for semiconductors? (number)',
      hint: 'Not the figure for the whole Act, which is mostly for science agencies.',
      explanation:
        'The Act appropriates $52.7 billion for semiconductors, including $39 billion in manufacturing incentives. It was signed on 9 August 2022.',
      number: { value: 52.7, tolerance: 0.1 },
      unit: 'billion USD',
    },
    {
      id: 'chips-act-280',
      type: 'single',
      prompt: 'A commentator says the CHIPS and Science Act "gave chipmakers $280 billion". What is the accurate picture?',
      explanation:
        'About $280 billion is what the whole Act authorises, mostly for science agencies. For semiconductors it appropriates $52.7 billion, of which $39 billion is manufacturing incentives, plus a 25% investment tax credit.',
      options: [
        {
          id: 'authorise-vs-appropriate',
          text: 'The Act authorises about $280 billion in total, mostly for science; it appropriates $52.7 billion for semiconductors.',
          correct: true,
          explanation: 'Right: an authorisation permits spending; the $52.7 billion for chips is actually provided.',
        },
        {
          id: 'reversed',
          text: 'Chipmakers got $280 billion and science agencies $52.7 billion.',
          explanation: 'Wrong: this reverses the two figures.',
        },
        {
          id: 'eu-figure',
          text: 'The $280 billion is correct, but it comes from the European Chips Act.',
          explanation: 'Wrong: the European Chips Act aims to mobilise €43 billion of public and private investment.',
        },
        {
          id: 'tax-credit',
          text: 'The $280 billion is the value of the 25% investment tax credit.',
          explanation: 'Wrong: the 25% tax credit comes on top of the $52.7 billion; $280 billion is the Act’s total authorisation.',
        },
      ],
    },
    {
      id: 'match-actors-measures',
      type: 'matching',
      prompt: 'Match each government or union to one of its chip measures.',
      explanation:
        'Denial and construction came from several capitals: US listings and rules, Japanese and Dutch equipment controls in 2023, and the EU’s Chips Act.',
      pairs: [
        {
          id: 'us',
          term: 'United States',
          match: 'Adds Huawei to the Entity List and extends the Foreign Direct Product Rule',
          explanation: 'May 2019 and May 2020, by the Commerce Department’s Bureau of Industry and Security.',
        },
        {
          id: 'japan',
          term: 'Japan',
          match: 'Controls on 23 types of chipmaking equipment, in force from 23 July 2023',
          explanation: 'With simpler licensing for 42 friendly countries and territories.',
        },
        {
          id: 'netherlands',
          term: 'Netherlands',
          match: 'Licence requirement for advanced chipmaking tools, including ASML’s most advanced DUV immersion machines',
          explanation: 'In force from 1 September 2023; widened on 7 September 2024.',
        },
        {
          id: 'eu',
          term: 'European Union',
          match: 'A Chips Act aiming to mobilise €43 billion and reach a 20% share of global production by 2030',
          explanation: 'In force from 21 September 2023.',
        },
      ],
    },
    {
      id: 'industrial-policy-examples',
      type: 'multiple',
      prompt: 'Which of these are industrial policy (building capacity) rather than export controls (denying technology)? Select all that apply.',
      explanation:
        'The CHIPS and Science Act, the European Chips Act and Japan’s subsidy for Rapidus build capacity. The Entity List and the Dutch licence requirement deny technology.',
      options: [
        {
          id: 'chips-act',
          text: 'The US CHIPS and Science Act (August 2022)',
          correct: true,
          explanation: 'Right: $52.7 billion for semiconductors, including $39 billion in manufacturing incentives.',
        },
        {
          id: 'rapidus',
          text: 'Japan’s ¥70 billion first subsidy for Rapidus (November 2022)',
          correct: true,
          explanation: 'Right: it funds a new firm aiming to mass-produce 2 nm chips by 2027.',
        },
        {
          id: 'eu-chips-act',
          text: 'The European Chips Act (September 2023)',
          correct: true,
          explanation: 'Right: it aims to mobilise €43 billion and double the EU’s share of production to 20% by 2030.',
        },
        {
          id: 'entity-list',
          text: 'Adding Huawei to the Entity List (May 2019)',
          explanation: 'Wrong: this is an export control; it requires licences for exports to listed parties.',
        },
        {
          id: 'dutch-licence',
          text: 'The Dutch licence requirement for advanced DUV tools (September 2023)',
          explanation: 'Wrong: this is an export control on chipmaking equipment.',
        },
      ],
    },
    {
      id: 'controls-through-wassenaar',
      type: 'true-false',
      prompt: 'The 2022–23 chip controls of the United States, Japan and the Netherlands were adopted through the Wassenaar Arrangement.',
      answer: false,
      explanation:
        'They were national measures, each under the country’s own rules, coordinated among the three governments outside Wassenaar.',
      explanations: {
        true: 'Wrong: Wassenaar is a voluntary, consensus-based arrangement; the 2022–23 controls were national measures coordinated outside it.',
        false: 'Right: each government acted under its own rules, in coordination with the others but not through Wassenaar.',
      },
    },
  ],
});
