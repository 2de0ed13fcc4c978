import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: '5g-trusted-networks-checkpoint',
  title: 'Module 4 checkpoint',
  mode: 'exam',
  draw: 8,
  questions: [
    {
      id: 'munro-four-areas',
      type: 'multiple',
      level: 'recall',
      prompt:
        'Munro writes that 5G infrastructure could significantly affect several areas. Which of these does she name? Select all that apply.',
      explanation:
        'Munro names national security, rights, privacy and economics. Revisit lesson 1, "What 5G is, and why it matters".',
      options: [
        { id: 'security', text: 'National security', correct: true, explanation: 'Right: networks carry critical services and are maintained by their vendors.' },
        { id: 'rights', text: 'Rights', correct: true, explanation: 'Right: Munro wants technology advanced so it cannot easily be abused against rights.' },
        { id: 'privacy', text: 'Privacy', correct: true, explanation: 'Right: networks carry private communications and location data.' },
        { id: 'economics', text: 'Economics', correct: true, explanation: 'Right: 5G is infrastructure for other industries, and its equipment and patents earn money for the firms that hold them.' },
        {
          id: 'public-health',
          text: 'Public health',
          explanation: 'Wrong: Munro’s list is national security, rights, privacy and economics; health is not in it.',
        },
      ],
    },
    {
      id: 'order-module-events',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these events from across the module in order, earliest first.',
      explanation:
        'US House Intelligence Committee report (Oct 2012) → standalone 5G specifications (June 2018) → Australia’s guidance (Aug 2018) → first commercial smartphone 5G services (Apr 2019) → Prague Proposals (May 2019) → EU 5G Toolbox (Jan 2020). Revisit lessons 1 to 3.',
      items: [
        { id: 'hpsci', text: 'US House Intelligence Committee report calls Huawei and ZTE a security threat', explanation: '8 October 2012.' },
        { id: 'standalone', text: '3GPP completes the standalone 5G specifications', explanation: 'June 2018.' },
        { id: 'australia', text: 'Australia issues its 5G security guidance', explanation: '23 August 2018.' },
        { id: 'first-services', text: 'South Korea and the US launch commercial smartphone 5G services', explanation: '3 April 2019.' },
        { id: 'prague', text: 'The Prague Proposals are published', explanation: '3 May 2019.' },
        { id: 'toolbox', text: 'The EU adopts its 5G Toolbox', explanation: '29 January 2020.' },
      ],
    },
    {
      id: 'guidance-after-standalone',
      type: 'true-false',
      level: 'understand',
      prompt: 'Australia issued its 5G security guidance after 3GPP had completed the standalone 5G specifications.',
      answer: true,
      explanation:
        'The standalone specifications were completed in June 2018 and Australia’s guidance came on 23 August 2018, before the first commercial smartphone 5G services (3 April 2019). Revisit lessons 1 and 3.',
      explanations: {
        true: 'Right: the specifications were complete, but the first commercial smartphone 5G services were still months away.',
        false: 'Wrong: June 2018 (standalone specifications) came before 23 August 2018 (Australia’s guidance).',
      },
    },
    {
      id: 'uk-two-decisions',
      type: 'true-false',
      level: 'recall',
      prompt: 'Both of the UK’s 2020 decisions, in January and in July, allowed Huawei 5G equipment to stay in UK networks beyond 2027.',
      answer: false,
      explanation:
        'In January 2020 the UK allowed Huawei in non-core parts with a 35% cap; on 14 July 2020 it banned new purchases after 31 December 2020 and required removal of all Huawei 5G equipment by the end of 2027. Revisit lesson 3.',
      explanations: {
        true: 'Wrong: the July 2020 decision set the end of 2027 as the deadline for removal.',
        false: 'Right: the July decision reversed the January one and set a removal deadline of end-2027.',
      },
    },
    {
      id: 'match-module-cases',
      type: 'matching',
      level: 'apply',
      prompt: 'Match each situation to the idea from the module that it illustrates.',
      explanation:
        'Open RAN lets operators mix vendors; rip and replace pays small carriers to remove Huawei and ZTE kit; a high-risk vendor is one a foreign government could direct outside the law; FRAND terms forbid discriminating between licensees. Revisit lessons 2 to 4.',
      pairs: [
        {
          id: 'open-ran',
          term: 'An operator buys radios from one firm and baseband units from another',
          match: 'Open RAN',
          explanation: 'Open, interoperable interfaces make mixing vendors possible.',
        },
        {
          id: 'rip-replace',
          term: 'A small US carrier is reimbursed for swapping out its Huawei kit',
          match: 'Rip and replace',
          explanation: 'Created by the Secure and Trusted Communications Networks Act of 12 March 2020.',
        },
        {
          id: 'high-risk',
          term: 'A supplier that its home government can give orders it cannot contest in court',
          match: 'High-risk vendor',
          explanation: 'Term used in the EU 5G Toolbox and by the UK’s National Cyber Security Centre.',
        },
        {
          id: 'frand',
          term: 'A patent holder must offer a newcomer the same licence price as an established rival',
          match: 'FRAND terms',
          explanation: 'Fair, reasonable and non-discriminatory licensing of standard-essential patents.',
        },
      ],
    },
    {
      id: 'ministry-5g-policy',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A mid-sized country’s operators will start building 5G next year. Its government wants to protect the networks, keep allies on side and avoid naming a trading partner. Which policy best fits the module’s lessons?',
      explanation:
        'The module’s lessons point one way: decide early, before equipment is installed; use a vendor-neutral test (extrajudicial direction) that names no one and that allies can share. Removing equipment later cost the UK and the US dearly.',
      options: [
        {
          id: 'early-neutral-shared',
          text: 'Adopt a vendor-neutral test now and share its reasoning with allies',
          correct: true,
          explanation: 'Right: early, principled and shareable, the three features the course sees in Australia’s approach.',
        },
        {
          id: 'wait-and-remove',
          text: 'Wait until the networks are built, then remove any supplier that later gives cause for concern',
          explanation: 'Wrong: removal after installation is slow and costly, as the UK (up to £2 billion) and the US ($4.98 billion) found.',
        },
        {
          id: 'publish-list',
          text: 'Publish a list of banned firms, naming the trading partner’s',
          explanation: 'Wrong: it breaks the government’s own condition, and a list travels less well among allies than a principle.',
        },
        {
          id: 'toolbox-decides',
          text: 'Let the EU 5G Toolbox decide for it',
          explanation: 'Wrong: the Toolbox is a method that leaves decisions to each member state; it decides nothing for anyone.',
        },
      ],
    },
    {
      id: 'european-speeds',
      type: 'single',
      level: 'analyse',
      prompt: 'Why did European countries reach different 5G vendor decisions at different speeds after January 2020?',
      explanation:
        'The EU 5G Toolbox is a risk-based method and a menu of measures; each member state decides how to apply it, because national security remains largely a national matter. Revisit lesson 2.',
      options: [
        {
          id: 'states-decide',
          text: 'The Toolbox gave a method and left each decision to the member state.',
          correct: true,
          explanation: 'Right: a shared method, applied nationally, produces different decisions at different speeds.',
        },
        {
          id: 'prague-binding',
          text: 'The Prague Proposals bound some EU countries but not others.',
          explanation: 'Wrong: the Prague Proposals were non-binding for everyone.',
        },
        {
          id: 'ignored-ban',
          text: 'The Toolbox banned Huawei, but some governments ignored the ban.',
          explanation: 'Wrong: there was no EU-wide ban to ignore.',
        },
        {
          id: 'nato-only',
          text: 'Only NATO members were allowed to restrict high-risk suppliers, and not every EU member state belongs to NATO.',
          explanation: 'Wrong: nothing in the module gives NATO such a role; NATO attended the Prague conference, that is all.',
        },
      ],
    },
    {
      id: 'prague-vs-australia',
      type: 'single',
      level: 'analyse',
      prompt:
        'Compare Australia’s guidance of 2018 with the Prague Proposals of 2019. What did Prague add that a national rule could not?',
      explanation:
        'Australia’s guidance bound Australia’s networks. The Prague conference gave 32 countries, the EU and NATO a shared, non-binding vocabulary for judging suppliers, including third-country influence. Revisit lessons 2 and 3.',
      options: [
        {
          id: 'shared-vocabulary',
          text: 'A shared way of judging suppliers, put to 32 countries, the EU and NATO',
          correct: true,
          explanation: 'Right: its value was common language among many governments, not obligation.',
        },
        {
          id: 'binding',
          text: 'A binding obligation on participants to exclude Huawei',
          explanation: 'Wrong: the Proposals were non-binding and named no company.',
        },
        {
          id: 'first-test',
          text: 'The first test of suppliers based on the risk that a foreign government could direct them, a year ahead of any national rule',
          explanation: 'Wrong: Australia’s guidance used such a test in August 2018, before Prague.',
        },
        {
          id: 'funding',
          text: 'Money for small carriers to replace equipment',
          explanation: 'Wrong: that is the US rip-and-replace programme, created in 2020.',
        },
      ],
    },
    {
      id: 'rules-norms-reading',
      type: 'single',
      level: 'evaluate',
      prompt:
        'Munro says tech diplomacy offers opportunities for "the establishment of the rules and norms that govern uses" of technology. She does not mention technical standards. Is it fair to link her phrase to 3GPP standard-setting?',
      explanation:
        'Standards act as rules: once written into a global standard, a solution must be used everywhere. Reading standard-setting as rule-making in Munro’s sense is reasonable, but it is the course’s interpretation, and should be labelled as such. Revisit lesson 4.',
      options: [
        {
          id: 'labelled-reading',
          text: 'Yes, as the course’s reading, not as her claim',
          correct: true,
          explanation: 'Right: a fair interpretation, as long as it is not put in her mouth.',
        },
        {
          id: 'her-example',
          text: 'Yes: she names 3GPP as her main example of rules and norms',
          explanation: 'Wrong: she does not mention 3GPP or standards at all.',
        },
        {
          id: 'impossible',
          text: 'No: standards are drafted by engineers rather than negotiated by diplomats, so they can never count as rules of any kind',
          explanation: 'Wrong: the module explains that standards are a form of rule-making even though technical experts draft them.',
        },
        {
          id: 'open-ran-praise',
          text: 'Only for Open RAN, which she praises alongside 5G',
          explanation: 'Wrong: Munro does not mention Open RAN.',
        },
      ],
    },
    {
      id: 'late-cost-compare',
      type: 'single',
      level: 'analyse',
      prompt:
        'The UK’s July 2020 decision came with a government estimate of up to £2 billion in cumulative costs. Why does the module present Australia’s 2018 decision as far cheaper?',
      explanation:
        'Australia decided before its 5G networks were built; the UK decided after operators had installed Huawei equipment, which then had to be removed by the end of 2027. Revisit lesson 3.',
      options: [
        {
          id: 'timing',
          text: 'Australia decided before networks were built; the UK had to remove kit.',
          correct: true,
          explanation: 'Right: timing, not wording, made the difference in cost.',
        },
        {
          id: 'named',
          text: 'Australia named Huawei and ZTE, which made its rule cheaper to enforce.',
          explanation: 'Wrong: Australia’s guidance named no company.',
        },
        {
          id: 'toolbox-rule',
          text: 'The UK was following the EU Toolbox, which requires removal at national expense.',
          explanation: 'Wrong: the Toolbox requires no removal; the UK’s decision was its own.',
        },
        {
          id: 'no-foreign-kit',
          text: 'Australia’s networks used no equipment from any foreign vendor at all, so it had nothing to exclude.',
          explanation: 'Wrong: nothing in the module says so; the point is that Australia acted before 5G networks were built.',
        },
      ],
    },
    {
      id: 'articles-on-5g',
      type: 'single',
      level: 'understand',
      prompt: 'Which statement about the two source articles and 5G is accurate?',
      explanation:
        'Munro holds up 5G as an example of successful tech diplomacy and names Australia as the first mover; the excerpt of Chiang’s article does not discuss 5G but lists 6G among this decade’s foreign-policy topics. Revisit lessons 1 and 4.',
      options: [
        {
          id: 'munro-5g-chiang-6g',
          text: 'Munro calls 5G a success; Chiang’s excerpt skips 5G but lists 6G.',
          correct: true,
          explanation: 'Right: the module’s 5G facts come from official sources; the articles supply the framing.',
        },
        {
          id: 'dates-wording',
          text: 'Chiang gives the date of Australia’s guidance and Munro quotes its wording about foreign governments.',
          explanation: 'Wrong: neither article gives the date or the wording; both come from the Australian Government’s media release.',
        },
        {
          id: 'prague-turning-point',
          text: 'Both articles call the Prague Proposals the turning point.',
          explanation: 'Wrong: neither article mentions the Prague Proposals.',
        },
        {
          id: 'leave-to-market',
          text: 'Munro argues that 5G should be left to the market, and Chiang agrees.',
          explanation: 'Wrong: Munro presents 5G as a success of tech diplomacy, which joins technology, business and foreign policy.',
        },
      ],
    },
    {
      id: 'trusted-test-two-vendors',
      type: 'single',
      level: 'apply',
      prompt:
        'An operator is choosing between two foreign vendors. Vendor A’s home country has independent courts that can block unlawful state demands; vendor B’s home government can give it orders it cannot contest. How does the module’s test rate them?',
      explanation:
        'The test is about the legal environment a vendor works in: whether a government could direct it outside the law, with no independent court in between. Being foreign is not the issue. Revisit lesson 2.',
      options: [
        {
          id: 'a-trusted-b-high-risk',
          text: 'A can pass; B is high-risk',
          correct: true,
          explanation: 'Right: B is open to extrajudicial direction; A is not, on the facts given.',
        },
        {
          id: 'both-foreign',
          text: 'Both are high-risk, simply because both are foreign',
          explanation: 'Wrong: many trusted vendors are foreign; the test is about who can direct the company and under what rules.',
        },
        {
          id: 'lab-decides',
          text: 'Both are trusted if their equipment passes the operator’s laboratory tests before it is installed in the network',
          explanation: 'Wrong: passing a test on day one says nothing about what a vendor could be directed to do later.',
        },
        {
          id: 'reversed',
          text: 'B is safer, since its government can vouch for it',
          explanation: 'Wrong: a government that can direct a company outside the law is exactly the risk the test looks for.',
        },
      ],
    },
    {
      id: 'frand-newcomer',
      type: 'single',
      level: 'apply',
      prompt:
        'A newcomer phone maker asks for a licence to a standard-essential 5G patent. The holder demands ten times the price it charges an established rival. Which commitment is the holder most likely breaking?',
      explanation:
        'Holders of standard-essential patents usually commit to license them on FRAND terms: fair, reasonable and non-discriminatory. Charging one licensee ten times what another pays is discrimination. Revisit lesson 4.',
      options: [
        {
          id: 'frand',
          text: 'Its FRAND commitment',
          correct: true,
          explanation: 'Right: the "non-discriminatory" part rules out charging a competitor more.',
        },
        {
          id: 'open-ran',
          text: 'Its membership of the O-RAN Alliance, which requires open-source licences',
          explanation: 'Wrong: O-RAN is about open interfaces between RAN parts, not patent licensing, and it does not require open source.',
        },
        {
          id: 'entity-list',
          text: 'US export controls under the Entity List',
          explanation: 'Wrong: export controls govern transfers to listed parties; they have nothing to say about patent prices.',
        },
        {
          id: 'toolbox',
          text: 'The EU 5G Toolbox rules on high-risk suppliers in critical and sensitive parts of networks',
          explanation: 'Wrong: the Toolbox is about restricting risky suppliers, not about licensing terms.',
        },
      ],
    },
    {
      id: 'clean-network-reach',
      type: 'single',
      level: 'understand',
      prompt: 'What set the Clean Network of August 2020 apart from the other initiatives in this module?',
      explanation:
        'Secretary Pompeo expanded the April 2020 "5G Clean Path" into the Clean Network on 5 August 2020, reaching beyond 5G to carriers, app stores, apps, cloud services and undersea cables, and inviting companies as well as countries to commit. Revisit lesson 2.',
      options: [
        {
          id: 'beyond-5g',
          text: 'It reached beyond 5G, to apps, cloud and undersea cables',
          correct: true,
          explanation: 'Right: it widened the trusted-vendor idea from networks to much of the digital economy.',
        },
        {
          id: 'binding',
          text: 'It was the only binding agreement among them',
          explanation: 'Wrong: its commitments were voluntary, and its "60+ countries" figure is a US government claim.',
        },
        {
          id: 'eu-run',
          text: 'It was run by the European Commission to carry out the 5G Toolbox in countries outside the EU',
          explanation: 'Wrong: it was a US State Department campaign; the Toolbox is a separate EU process.',
        },
        {
          id: 'first',
          text: 'It was the first initiative to warn against Huawei and ZTE',
          explanation: 'Wrong: the US House Intelligence Committee report did so on 8 October 2012.',
        },
      ],
    },
  ],
});
