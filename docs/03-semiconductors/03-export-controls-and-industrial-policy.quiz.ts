import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'export-controls-and-industrial-policy',
  title: 'Export controls and industrial policy',
  draw: 6,
  questions: [
    {
      id: 'order-control-decisions',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these steps of denial and construction in order, earliest first.',
      explanation:
        'Wassenaar began operating in July 1996; the FDPR was extended to Huawei’s chip designs on 15 May 2020; the CHIPS and Science Act was signed on 9 August 2022; Rapidus was launched on 11 November 2022; the Dutch licence requirement took effect on 1 September 2023.',
      items: [
        {
          id: 'wassenaar',
          text: 'The Wassenaar Arrangement holds its first plenary',
          explanation: 'July 1996, succeeding the Cold War body CoCom.',
        },
        {
          id: 'fdpr',
          text: 'The Foreign Direct Product Rule is extended to Huawei’s chip designs',
          explanation: '15 May 2020, the same day TSMC announced its Arizona fab; tightened again on 17 August 2020.',
        },
        {
          id: 'chips-act',
          text: 'President Biden signs the CHIPS and Science Act',
          explanation: '9 August 2022: $52.7 billion for semiconductors.',
        },
        {
          id: 'rapidus',
          text: 'Japan launches Rapidus with a first state subsidy',
          explanation: '11 November 2022: ¥70 billion, aiming at 2 nm chips by 2027.',
        },
        {
          id: 'dutch-licence',
          text: 'Dutch exporters of advanced chipmaking tools need a national licence',
          explanation: '1 September 2023, announced on 30 June 2023; widened on 7 September 2024.',
        },
      ],
    },
    {
      id: 'wassenaar-nature',
      type: 'single',
      level: 'understand',
      prompt: 'Which statement about the Wassenaar Arrangement is correct?',
      explanation:
        'Wassenaar is a voluntary arrangement (operating since 1996) in which 42 participating states coordinate control lists by consensus. China is not a member, and the 2022–23 chip controls were national measures coordinated outside it.',
      source: { title: 'The Wassenaar Arrangement', url: 'https://www.wassenaar.org/' },
      options: [
        {
          id: 'voluntary',
          text: 'It is a voluntary forum of 42 states that coordinate control lists; China is not one of them.',
          correct: true,
          explanation: 'Right: it is a coordination forum that works by consensus, not a binding treaty.',
        },
        {
          id: 'majority-vote',
          text: 'It is a treaty whose members must adopt any export control that a majority of them votes for, chips included.',
          explanation: 'Wrong: it is voluntary and works by consensus; no member can be outvoted into a control.',
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
      id: 'controls-through-wassenaar',
      type: 'true-false',
      level: 'understand',
      prompt: 'Japan and the Netherlands brought in their 2023 chipmaking-equipment controls because a consensus decision of the Wassenaar Arrangement required them to.',
      answer: false,
      explanation:
        'They were national measures, each under the country’s own rules, coordinated with the United States outside Wassenaar.',
      explanations: {
        true: 'Wrong: Wassenaar is voluntary and requires nothing of its participating states; the 2023 controls were national measures coordinated outside it.',
        false: 'Right: each government acted under its own rules, in coordination with the others but not through Wassenaar.',
      },
    },
    {
      id: 'dutch-duv-scope',
      type: 'true-false',
      level: 'understand',
      prompt:
        'The Dutch licence requirement that took effect on 1 September 2023 covered some of ASML’s DUV tools, not only its EUV machines.',
      answer: true,
      explanation:
        'The 2023 requirement covered advanced chipmaking equipment, including ASML’s most advanced DUV immersion tools. EUV machines had already been kept from China: the Dutch government has withheld their export licences since 2019.',
      explanations: {
        true: 'Right: the new step in 2023 was to bring advanced DUV immersion tools under licence.',
        false: 'Wrong: EUV licences had been withheld since 2019; the 2023 rule reached the most advanced DUV immersion tools.',
      },
    },
    {
      id: 'fdpr-gap-case',
      type: 'single',
      level: 'apply',
      prompt:
        'In 2019 Huawei was on the Entity List, yet chips made to its designs in fabs outside the United States could still reach it. Which 2020 step was aimed at that gap?',
      explanation:
        'Items made abroad were not always subject to US export rules. On 15 May 2020 BIS extended the Foreign Direct Product Rule to Huawei’s chip designs; because the FDPR follows US tools and software wherever they are used, it can reach chips made entirely outside the United States.',
      options: [
        {
          id: 'fdpr',
          text: 'The Foreign Direct Product Rule, reaching foreign-made items produced with US tools or software',
          correct: true,
          explanation: 'Right: it widened which items count, so foreign fabs using US equipment were caught.',
        },
        {
          id: 'wassenaar-list',
          text: 'A Wassenaar decision adding Huawei to a common list of banned firms that every participating state had to enforce',
          explanation: 'Wrong: Wassenaar coordinates lists of goods and technologies by consensus; it is voluntary and did not act against Huawei.',
        },
        {
          id: 'chips-act',
          text: 'The CHIPS and Science Act, paying foundries to refuse Huawei’s orders',
          explanation: 'Wrong: the Act came in 2022 and subsidises manufacturing; it is industrial policy, not an export control.',
        },
        {
          id: 'executive-order',
          text: 'Executive Order 13873, moving the fabs that served Huawei onto US soil',
          explanation: 'Wrong: that order (15 May 2019) addressed the security of the ICT supply chain; it moved no fabs.',
        },
      ],
    },
    {
      id: 'ally-alignment',
      type: 'single',
      level: 'apply',
      prompt:
        'The US has restricted exports of an advanced chipmaking tool to China. An ally whose firm makes a similar tool is asked to align. Going by what Japan and the Netherlands did in 2023, what is the likely route?',
      explanation:
        'Japan and the Netherlands each adopted national measures under their own rules, announced and brought into force in 2023, in coordination with the US but outside the Wassenaar Arrangement.',
      options: [
        {
          id: 'national-rule',
          text: 'Its own national licence rule, coordinated with Washington',
          correct: true,
          explanation: 'Right: that is the pattern of 2023, three governments each acting under their own rules.',
        },
        {
          id: 'wassenaar-route',
          text: 'A Wassenaar amendment, after which the ally’s firm would be obliged to stop selling the tool to China',
          explanation: 'Wrong: Wassenaar works by consensus and binds no one; the 2022–23 controls were not adopted through it.',
        },
        {
          id: 'nothing-needed',
          text: 'Nothing: US rules already cover every tool made anywhere',
          explanation: 'Wrong: the FDPR reaches foreign items made with US technology, but not everything; controls by one country work less well if suppliers elsewhere keep selling, which is why allies were asked to act.',
        },
        {
          id: 'subsidy-instead',
          text: 'A subsidy to its firm, which counts as an export control',
          explanation: 'Wrong: a subsidy builds capacity; it does not restrict where a tool may be sold.',
        },
      ],
    },
    {
      id: 'chips-act-billions',
      type: 'short-answer',
      level: 'recall',
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
      level: 'apply',
      prompt: 'A commentator says the CHIPS and Science Act "gave chipmakers $280 billion". What is the accurate picture?',
      explanation:
        'About $280 billion is what the whole Act authorises, mostly for science agencies. For semiconductors it appropriates $52.7 billion, of which $39 billion is manufacturing incentives, plus a 25% investment tax credit.',
      options: [
        {
          id: 'authorise-vs-appropriate',
          text: 'About $280 billion is authorised in total, mostly for science; $52.7 billion is appropriated for chips.',
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
          text: 'The $280 billion is the estimated value of the Act’s 25% investment tax credit for fabs, paid on top of the grants.',
          explanation: 'Wrong: the 25% tax credit comes on top of the $52.7 billion; $280 billion is the Act’s total authorisation.',
        },
      ],
    },
    {
      id: 'itsi-diplomacy-tool',
      type: 'single',
      level: 'analyse',
      prompt:
        'The $500 million ITSI Fund is one of the smallest lines of the CHIPS and Science Act’s chip money. Why does this course single it out as a tech-diplomacy tool?',
      explanation:
        'The International Technology Security and Innovation Fund is run by the State Department. A law about building fabs at home thus puts a fund in the hands of the foreign ministry: a tech-diplomacy tool inside an industrial-policy law.',
      options: [
        {
          id: 'state-department',
          text: 'The State Department runs it, inside a law about building fabs at home.',
          correct: true,
          explanation: 'Right: who runs the money is what makes it a foreign-policy tool.',
        },
        {
          id: 'wassenaar-secretariat',
          text: 'It pays for the secretariat that coordinates allies’ export-control lists under the Wassenaar Arrangement.',
          explanation: 'Wrong: nothing in the lesson ties the fund to Wassenaar, a voluntary arrangement among 42 states.',
        },
        {
          id: 'largest',
          text: 'It is the Act’s largest fund, bigger than the manufacturing incentives.',
          explanation: 'Wrong: it is one of the smallest lines; the manufacturing incentives are $39 billion.',
        },
        {
          id: 'open-ran',
          text: 'It is the fund that backs Open RAN.',
          explanation: 'Wrong: Open RAN gets $1.5 billion through a separate fund that Congress had authorised earlier.',
        },
      ],
    },
    {
      id: 'match-actors-measures',
      type: 'matching',
      level: 'recall',
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
      level: 'apply',
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
      id: 'denial-alone-objection',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A think tank proposes that the US rely on export controls alone and stop subsidising chipmaking. Which objection follows from this lesson’s analysis?',
      explanation:
        'In the course’s analysis denial and construction need each other: controls without new capacity leave the US and its allies dependent on the same few places, and new capacity without controls does little to limit a rival.',
      options: [
        {
          id: 'dependence',
          text: 'Controls without new capacity leave allies dependent on the same few places.',
          correct: true,
          explanation: 'Right: slowing a rival does not by itself make one’s own supply any safer.',
        },
        {
          id: 'illegal',
          text: 'Export controls break Wassenaar rules, so subsidies are the only lawful tool left to a government that wants to act.',
          explanation: 'Wrong: Wassenaar is a voluntary arrangement; the US, Japan and the Netherlands adopted lawful national controls.',
        },
        {
          id: 'subsidies-deny',
          text: 'Subsidies already deny rivals technology, so controls were never needed.',
          explanation: 'Wrong: subsidies build capacity; on the lesson’s analysis they do little to limit a rival on their own.',
        },
        {
          id: 'costless',
          text: 'Controls cost nothing, so the proposal saves money with no trade-off.',
          explanation: 'Wrong: controls can cost a country’s own firms sales; the lesson treats both tools as having costs.',
        },
      ],
    },
  ],
});
