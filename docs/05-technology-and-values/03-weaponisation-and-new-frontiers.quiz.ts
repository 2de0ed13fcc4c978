import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'weaponisation-and-new-frontiers',
  title: 'Weaponisation and new frontiers',
  draw: 6,
  questions: [
    {
      id: 'bleeding-edge',
      type: 'multiple',
      level: 'recall',
      prompt: 'Which technologies does Munro give as examples of "bleeding-edge technologies"? Select all that apply.',
      hint: 'Her examples differ from Chiang\u2019s list of new topics.',
      explanation: 'Munro gives advanced semiconductor chips, artificial intelligence and quantum computing as examples.',
      options: [
        { id: 'chips', text: 'Advanced semiconductor chips', correct: true, explanation: 'Right: chips are on both Munro\u2019s and Chiang\u2019s lists.' },
        { id: 'ai', text: 'Artificial intelligence', correct: true, explanation: 'Right: AI also appears on both lists.' },
        { id: 'quantum', text: 'Quantum computing', correct: true, explanation: 'Right: quantum computing is on Munro\u2019s list but not in Chiang\u2019s excerpt.' },
        { id: 'autonomy', text: 'Autonomy', explanation: 'Wrong: autonomy is one of Chiang\u2019s new topics of the decade, not one of Munro\u2019s three examples.' },
        { id: 'digital-health', text: 'Digital health', explanation: 'Wrong: digital health is on Chiang\u2019s list, not Munro\u2019s.' },
      ],
    },
    {
      id: 'match-forums',
      type: 'matching',
      level: 'apply',
      prompt: 'A government has four tasks on new technologies. Match each task to the forum this lesson suggests fits it.',
      explanation:
        'The lesson\u2019s circles: close allies co-develop (AUKUS), like-minded partners build shared approaches (GPAI), a wide text can include rivals (Bletchley), and control lists are coordinated in a voluntary regime (Wassenaar).',
      pairs: [
        {
          id: 'aukus-2',
          term: 'Co-develop quantum capabilities for defence with its two closest allies',
          match: 'AUKUS Pillar II',
          explanation: 'Three allies developing frontier technology for defence: the closest circle.',
        },
        {
          id: 'bletchley',
          term: 'Put its name to a shared statement on AI risks beside its main rival',
          match: 'The Bletchley Declaration',
          explanation: 'Signed in November 2023 by 28 countries and the EU, the US and China among them.',
        },
        {
          id: 'gpai',
          term: 'Work on common approaches to AI with like-minded governments, hosted at the OECD',
          match: 'GPAI',
          explanation: 'Launched on 15 June 2020 by 15 founding members, secretariat at the OECD.',
        },
        {
          id: 'wassenaar',
          term: 'Agree with other states which dual-use goods should need an export licence',
          match: 'The Wassenaar Arrangement',
          explanation: 'A voluntary regime, operating since 1996, that coordinates control lists.',
        },
      ],
    },
    {
      id: 'china-bletchley',
      type: 'true-false',
      level: 'recall',
      prompt: 'True or false: China was among the signatories of the Bletchley Declaration on AI safety.',
      answer: true,
      explanation: 'The Bletchley Declaration (November 2023) was signed by 28 countries and the EU, including both the United States and China.',
      explanations: {
        true: 'Right: both rivals signed, which shows that some AI risks are treated as common to everyone.',
        false: 'Wrong: China did sign, alongside the United States; that is what makes the declaration notable.',
      },
    },
    {
      id: 'order-forums',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these in order, earliest first.',
      explanation:
        'Outer Space Treaty opened for signature (27 January 1967), GPAI launch (15 June 2020), Artemis Accords (13 October 2020), AUKUS announced (15 September 2021), Bletchley Declaration (1\u20132 November 2023).',
      items: [
        { id: 'ost', text: 'Outer Space Treaty opened for signature', explanation: 'First: 27 January 1967.' },
        { id: 'gpai', text: 'Global Partnership on AI launched', explanation: 'Second: 15 June 2020.' },
        { id: 'artemis', text: 'Artemis Accords signed by eight founding nations', explanation: 'Third: 13 October 2020.' },
        { id: 'aukus', text: 'AUKUS announced, including Pillar II on advanced capabilities', explanation: 'Fourth: 15 September 2021.' },
        { id: 'bletchley', text: 'Bletchley Declaration signed at the first AI Safety Summit', explanation: 'Last: 1\u20132 November 2023.' },
      ],
    },
    {
      id: 'dual-use-term',
      type: 'short-answer',
      level: 'recall',
      prompt: 'Which term describes goods, software or technology that have both civilian and military uses?',
      hint: 'It is the main target of export controls.',
      explanation: 'Dual-use items, such as advanced chips, are the main target of export controls, because the harmful use cannot be banned without touching the useful one.',
      accept: ['dual-use', 'dual use', 'dual-use technology', 'dual use technology', 'dual-use goods'],
    },
    {
      id: 'scan-model-partnership',
      type: 'single',
      level: 'apply',
      prompt:
        'A foreign university invites a national lab to co-develop an AI model that reads medical scans; the same model could sift intercepted communications. Which instrument from this lesson should the government look to first?',
      explanation:
        'The model is dual-use, and export controls are the instrument built for that problem: licences for particular destinations, end users and end uses.',
      options: [
        {
          id: 'export-licence',
          text: 'Export controls: does the model or know-how need a licence for that partner and use?',
          correct: true,
          explanation: 'Right: licensing can allow the medical work while restricting transfers to risky end users or uses.',
        },
        {
          id: 'bletchley-sign',
          text: 'The Bletchley Declaration, which approves or refuses individual AI research partnerships',
          explanation: 'Wrong: Bletchley is a shared statement on AI safety; it decides nothing about single projects.',
        },
        {
          id: 'wassenaar-veto',
          text: 'A Wassenaar Arrangement ruling that forbids the partnership',
          explanation: 'Wrong: Wassenaar coordinates control lists among states; it issues no rulings on single partnerships.',
        },
        {
          id: 'refuse-all',
          text: 'A ban on every foreign AI partnership, medical work included, to be safe',
          explanation: 'Wrong: with dual-use technology a blanket ban throws away the useful use along with the risky one.',
        },
      ],
    },
    {
      id: 'space-compare',
      type: 'single',
      level: 'analyse',
      prompt: 'Compare the Outer Space Treaty (1967) with the Artemis Accords (2020). Which statement captures the difference the lesson draws?',
      explanation:
        'The treaty is binding and its principles speak of all states; the Accords are principles agreed by a smaller group of eight founding nations.',
      options: [
        {
          id: 'binding-vs-circle',
          text: 'A binding treaty speaking of all states versus principles of a smaller group',
          correct: true,
          explanation: 'Right: the same frontier, two choices of circle and force.',
        },
        {
          id: 'accords-nuclear',
          text: 'The Accords, unlike the treaty, are the first text to ban nuclear weapons in orbit',
          explanation: 'Wrong: the ban on nuclear weapons in orbit is in the Outer Space Treaty of 1967.',
        },
        {
          id: 'treaty-private',
          text: 'The treaty was written by space companies, the Accords by governments',
          explanation: 'Wrong: both are texts of states; the lesson contrasts their force and circle, not their authors\u2019 sector.',
        },
        {
          id: 'same-thing',
          text: 'There is no real difference, as the Accords simply re-signed the 1967 treaty with new members added to it',
          explanation: 'Wrong: the Accords are a separate set of principles for civil exploration, signed by eight founding nations.',
        },
      ],
    },
    {
      id: 'munro-can-use',
      type: 'single',
      level: 'analyse',
      prompt:
        'Munro writes that tech diplomacy "is a tool the US and its partners can use to secure high tech and to counter the weaponization and abuse of technology by malign actors". What does this sentence show about her definition?',
      explanation:
        'Her definition ends at "to advance national interests"; this sentence says what the tool can be used for.',
      options: [
        {
          id: 'uses-not-parts',
          text: 'Securing high tech and countering weaponisation are uses of the tool',
          correct: true,
          explanation: 'Right: the definition is the joining of three domains to advance national interests; these are things the tool "can" do.',
        },
        {
          id: 'three-part-definition',
          text: 'Her definition has three parts: advancing interests, securing high tech and countering weaponisation, always in that order',
          explanation: 'Wrong: the definition ends at "to advance national interests"; the rest is what the tool can be used for.',
        },
        {
          id: 'us-only',
          text: 'Only the United States may use the tool, not its partners',
          explanation: 'Wrong: she writes "the US and its partners".',
        },
        {
          id: 'defines-malign',
          text: 'It defines "malign actors" as a named list of states',
          explanation: 'Wrong: Munro does not define malign actors in the excerpt.',
        },
      ],
    },
    {
      id: 'chemicals-lever',
      type: 'single',
      level: 'analyse',
      prompt: 'On 4 July 2019 Japan tightened exports to South Korea of three chemicals used in chipmaking. Which conclusion of this lesson does the case support?',
      explanation:
        'The course uses it to show that control of a choke point in a supply chain is a lever over those who depend on it, without judging the dispute itself.',
      options: [
        {
          id: 'choke-point',
          text: 'Control of a choke point is a lever over those who depend on it',
          correct: true,
          explanation: 'Right: a supplier government can pull such a lever with an ordinary trade measure.',
        },
        {
          id: 'only-militaries',
          text: 'Export measures are only ever aimed at the armed forces of rival states',
          explanation: 'Wrong: the case involves chipmaking chemicals sold to another country\u2019s industry.',
        },
        {
          id: 'cannot-control',
          text: 'Dual-use items cannot be controlled at all, so governments have stopped trying',
          explanation: 'Wrong: export controls exist precisely to license dual-use items, and the case shows a government tightening exports, not giving up.',
        },
        {
          id: 'us-only-lever',
          text: 'Only the United States uses the chip supply chain as a lever',
          explanation: 'Wrong: the case is a Japanese measure; choke points give leverage to whoever holds them.',
        },
      ],
    },
    {
      id: 'ban-model-outright',
      type: 'true-false',
      level: 'apply',
      prompt:
        'A ministry proposes to stop the military use of a new AI model by banning the model outright, civilian uses included. True or false: the lesson\u2019s account of dual-use technology predicts that this would also block useful civilian work.',
      answer: true,
      explanation: 'With dual-use technology the same item serves both uses, so banning the item blocks both; licensing by destination, end user and end use is the finer tool.',
      explanations: {
        true: 'Right: you cannot ban the dangerous use of a dual-use item without touching the useful one.',
        false: 'Wrong: the model is dual-use, so an outright ban removes its civilian uses too.',
      },
    },
  ],
});
