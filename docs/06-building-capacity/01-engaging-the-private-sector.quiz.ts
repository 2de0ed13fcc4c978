import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'engaging-the-private-sector',
  title: 'Engaging the private sector',
  draw: 6,
  questions: [
    {
      id: 'why-more-than-science',
      type: 'single',
      level: 'understand',
      prompt: 'Chiang asks tech diplomacy to engage the private sector much more actively than science diplomacy typically did. What reason does this lesson give?',
      explanation:
        'Today\u2019s critical technologies (chips, networks, AI) are designed, built and sold mainly by companies, so the capabilities sit in company labs, fabs and standards meetings.',
      options: [
        {
          id: 'companies-hold-capabilities',
          text: 'The key capabilities are designed, built and sold mainly by companies.',
          correct: true,
          explanation: 'Right: diplomats who talk only to governments miss most of the picture.',
        },
        {
          id: 'science-dip-ended',
          text: 'Science diplomacy was formally abolished in the 2010s and its offices were handed to industry.',
          explanation: 'Wrong: science diplomacy has not been abolished; Chiang contrasts the two approaches.',
        },
        {
          id: 'companies-replace',
          text: 'Companies should now conduct foreign policy instead of governments.',
          explanation: 'Wrong: engagement is a partnership between actors with different interests, not a handover of foreign policy.',
        },
        {
          id: 'treaty-requires',
          text: 'A 2017 treaty obliges foreign ministries to consult firms.',
          explanation: 'Wrong: no such treaty exists; Denmark\u2019s 2017 tech ambassador was a national choice.',
        },
      ],
    },
    {
      id: 'missing-expertise',
      type: 'matching',
      level: 'understand',
      prompt: 'The lesson illustrates what goes wrong when one of Munro\u2019s three kinds of expertise is missing. Match each gap to its likely result.',
      explanation:
        'Munro joins the expertise behind R&D, commercialisation and security; the course\u2019s illustration shows what each absence costs.',
      pairs: [
        {
          id: 'no-business',
          term: 'No one who knows commercialisation and deployment',
          match: 'Breakthroughs that never scale',
          explanation: 'Research needs the expertise that brings a technology to market.',
        },
        {
          id: 'no-security',
          term: 'No one who knows security goals and international regulation',
          match: 'Sales into partnerships that later become liabilities',
          explanation: 'Companies without that expertise can misjudge risky markets.',
        },
        {
          id: 'no-research',
          term: 'No one who knows the R&D',
          match: 'Rules that miss how the technology really works',
          explanation: 'Diplomats and regulators need the engineering view.',
        },
      ],
    },
    {
      id: 'allies-companies',
      type: 'true-false',
      level: 'understand',
      prompt: 'True or false: Chiang asks tech diplomacy to engage companies in partner and allied countries, not only US companies.',
      answer: true,
      explanation: 'Chiang writes of engaging the private sector "here in the U.S. and in partners and allies".',
      explanations: {
        true: 'Right: supply chains cross borders; rules on the most advanced chipmaking tools bite only if the Dutch maker of EUV machines is covered.',
        false: 'Wrong: his phrase explicitly includes partners and allies.',
      },
    },
    {
      id: 'order-engagement',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these events in order, earliest first.',
      explanation:
        'Denmark\u2019s tech ambassador (January 2017), TSMC\u2019s Arizona announcement (15 May 2020), the Open RAN fund authorised (FY2021 defence act, January 2021), its $1.5 billion appropriated (August 2022), its first grants (August 2023).',
      items: [
        { id: 'denmark', text: 'Denmark announces the world\u2019s first tech ambassador', explanation: 'First: 27 January 2017.' },
        {
          id: 'tsmc-arizona',
          text: 'TSMC announces a fab in Arizona on the day the US extends the Foreign Direct Product Rule to Huawei',
          explanation: 'Second: 15 May 2020.',
        },
        { id: 'ndaa-authorises', text: 'A defence authorisation act authorises a fund for open, interoperable radio networks', explanation: 'Third: the FY2021 NDAA, January 2021.' },
        { id: 'chips-act', text: 'The CHIPS and Science Act appropriates $1.5 billion for that fund', explanation: 'Fourth: August 2022.' },
        { id: 'first-grants', text: 'The NTIA makes the fund\u2019s first grants', explanation: 'Last: August 2023.' },
      ],
    },
    {
      id: 'early-warning-instrument',
      type: 'single',
      level: 'apply',
      prompt:
        'A foreign ministry wants to learn earlier what AI firms are building and where they plan to invest. Which approach from this lesson fits that need best?',
      explanation:
        'Denmark\u2019s answer to the same need was a permanent diplomatic presence with the industry: an ambassador accredited, in effect, to the tech sector.',
      options: [
        {
          id: 'tech-ambassador',
          text: 'A diplomat posted to the industry, as Denmark did in 2017',
          correct: true,
          explanation: 'Right: a presence where decisions are made builds relationships and early knowledge.',
        },
        {
          id: 'fund-suppliers',
          text: 'An appropriation that pays network operators to try equipment from new suppliers',
          explanation: 'Wrong: that changes what companies build or buy; it does not tell the ministry what firms plan.',
        },
        {
          id: 'export-licence',
          text: 'An export licence requirement on advanced AI chips leaving the country',
          explanation: 'Wrong: a control restricts transfers; it is not a channel for learning about firms\u2019 plans.',
        },
        {
          id: 'declaration',
          text: 'A non-binding declaration of principles on the future of AI, signed with partner countries',
          explanation: 'Wrong: a declaration states shared principles among governments; it builds no link with companies.',
        },
      ],
    },
    {
      id: 'more-suppliers-scenario',
      type: 'single',
      level: 'apply',
      prompt:
        'A government wants more companies to supply its mobile networks, but it does not want to order operators what to buy. Which dated example from this lesson is the closest model?',
      explanation:
        'The Public Wireless Supply Chain Innovation Fund paid to widen the choice of suppliers through open, interoperable interfaces, without instructing any operator.',
      options: [
        {
          id: 'open-ran-fund',
          text: 'The Open RAN fund, with $1.5 billion appropriated in 2022',
          correct: true,
          explanation: 'Right: engagement through incentives rather than instructions.',
        },
        {
          id: 'fdpr',
          text: 'The 2020 extension of the Foreign Direct Product Rule to Huawei\u2019s chip designs',
          explanation: 'Wrong: that is a control that denies technology to one firm; it adds no suppliers.',
        },
        {
          id: 'denmark',
          text: 'Denmark\u2019s tech ambassador in Silicon Valley',
          explanation: 'Wrong: an ambassador builds relationships; it does not change what operators can buy.',
        },
        {
          id: 'standards-body',
          text: 'A government seat in 3GPP that lets it veto the specifications of any supplier it dislikes',
          explanation: 'Wrong: 3GPP is an industry partnership of standards bodies; the lesson describes no such veto.',
        },
      ],
    },
    {
      id: 'authorised-not-funded',
      type: 'true-false',
      level: 'apply',
      prompt:
        'One act of Congress authorises a $2 billion technology fund; no later act provides any money for it. True or false: the fund can now start making grants.',
      answer: false,
      explanation:
        'An authorisation permits spending; an appropriation provides the money. The Open RAN fund was authorised in the FY2021 defence act but could only make grants after the CHIPS and Science Act appropriated $1.5 billion.',
      explanations: {
        true: 'Wrong: without an appropriation there is nothing to spend.',
        false: 'Right: authorised is not funded; the Open RAN fund waited for its appropriation in August 2022.',
      },
    },
    {
      id: 'partners-half-source',
      type: 'single',
      level: 'analyse',
      prompt:
        'Chiang asks tech diplomacy to engage the private sector "here in the U.S. and in partners and allies". Which fact from the course best shows why the second half of that phrase matters?',
      explanation:
        'Only a Dutch company makes EUV machines, so US rules on the most advanced chipmaking tools depend on the Netherlands and its firms.',
      options: [
        {
          id: 'asml-only',
          text: 'The only maker of EUV lithography machines is a Dutch company',
          correct: true,
          explanation: 'Right: a capability the US needs to shape sits in an allied country\u2019s firm.',
        },
        {
          id: 'us-share',
          text: 'US-headquartered firms had 48% of global chip sales in 2022, about $275 billion',
          explanation: 'Wrong: that shows the strength of US companies, the first half of the phrase.',
        },
        {
          id: 'ntia',
          text: 'The NTIA made its first Open RAN grants in 2023',
          explanation: 'Wrong: a US agency funding a market is domestic engagement.',
        },
        {
          id: 'fdpr-us',
          text: 'The US extended a rule on foreign-made items to Huawei\u2019s chip designs',
          explanation: 'Wrong: that is a US control, not engagement with allied companies.',
        },
      ],
    },
    {
      id: 'ambassador-vs-fund',
      type: 'single',
      level: 'analyse',
      prompt: 'Compare Denmark\u2019s tech ambassador (2017) with the US Open RAN fund (2021\u20132023). Which statement fits this lesson\u2019s comparison?',
      explanation: 'The lesson contrasts a diplomat sent to the companies with money sent into a market.',
      options: [
        {
          id: 'relations-vs-incentives',
          text: 'The first builds relationships and knowledge; the second changes what gets built',
          correct: true,
          explanation: 'Right: presence and incentives are two different ways to engage industry.',
        },
        {
          id: 'both-controls',
          text: 'Both are export controls, one Danish and one American, aimed at keeping equipment away from rival states',
          explanation: 'Wrong: neither restricts exports; both are forms of engagement.',
        },
        {
          id: 'fund-orders',
          text: 'The fund orders operators to buy named suppliers; the ambassador does not',
          explanation: 'Wrong: the fund instructs no one; it pays to widen the choice.',
        },
        {
          id: 'same-year',
          text: 'They are the same initiative, launched by both countries together in 2017',
          explanation: 'Wrong: they are separate national initiatives, years apart.',
        },
      ],
    },
    {
      id: 'engaged-firms-obey',
      type: 'single',
      level: 'evaluate',
      prompt:
        'A minister says: "Once we have engaged our technology companies, they will apply our export policy exactly as instructed." How should this claim be judged, on this lesson\u2019s view?',
      explanation:
        'The course\u2019s view: companies answer to customers and shareholders in many countries, and controls can cost them sales, so engagement is a negotiation between partners, not a chain of command.',
      options: [
        {
          id: 'negotiation',
          text: 'Too optimistic: firms have their own interests, so engagement is a negotiation',
          correct: true,
          explanation: 'Right: good tech diplomacy expects different interests and manages them.',
        },
        {
          id: 'right-chiang',
          text: 'Sound: Chiang says engaged companies become instruments of foreign policy',
          explanation: 'Wrong: Chiang asks for engagement, not command; free enterprises are among the things he wants to win for.',
        },
        {
          id: 'right-munro',
          text: 'Sound: in Munro\u2019s model business expertise is subordinate to security expertise, so firms defer to ministries',
          explanation: 'Wrong: Munro\u2019s model makes the three kinds of expertise interact; she ranks none above the others.',
        },
        {
          id: 'irrelevant',
          text: 'Irrelevant: export policy never affects companies\u2019 sales',
          explanation: 'Wrong: controls can cost firms sales, which is exactly why their interests differ.',
        },
      ],
    },
  ],
});
