import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'trusted-and-high-risk-vendors',
  title: 'Trusted and high-risk vendors',
  draw: 6,
  questions: [
    {
      id: 'what-makes-high-risk',
      type: 'single',
      level: 'understand',
      prompt: 'In the 5G debate, what chiefly makes a supplier a "high-risk vendor"?',
      explanation:
        'The central test is whether a foreign government could direct the supplier outside the law (extrajudicial direction). Equipment testing alone cannot settle that, because vendors keep updating and maintaining their kit for years.',
      options: [
        {
          id: 'extrajudicial',
          text: 'A foreign state could direct it outside the law',
          correct: true,
          explanation:
            'Right: that is what the term "high-risk vendor" (used in the EU Toolbox and by the UK NCSC) points to: no independent court stands between the company and the state.',
        },
        {
          id: 'price',
          text: 'Its equipment is cheaper than its rivals’ equipment',
          explanation: 'Wrong: price is a commercial question. The trusted/high-risk distinction is about security, transparency and the rule of law.',
        },
        {
          id: 'failed-test',
          text: 'Its base stations failed a one-off laboratory test before installation, so its code was never approved',
          explanation:
            'Wrong: a one-off test says little about what a vendor could be asked to do later through updates and maintenance, which is why the test shifted to who can direct the company.',
        },
        {
          id: 'foreign',
          text: 'It is headquartered in a different country from the operator that buys its equipment',
          explanation: 'Wrong: many trusted vendors are foreign. What matters is the legal environment the vendor works in, not simply whether it is foreign.',
        },
      ],
    },
    {
      id: 'eu-toolbox-ban',
      type: 'true-false',
      level: 'understand',
      prompt: 'With its 5G Toolbox of January 2020, the European Union banned Huawei across the EU.',
      answer: false,
      explanation:
        'The EU 5G Toolbox (29 January 2020) is a risk-based set of measures. It recommends restricting "high-risk suppliers" from critical and sensitive assets, but each member state decides; there is no EU-wide ban.',
      source: { title: 'European Commission, EU 5G Toolbox (COM(2020) 50)', url: 'https://commission.europa.eu/' },
      explanations: {
        true: 'Wrong: this is a common misconception. The Toolbox names no company and imposes no EU-wide ban; member states apply its measures themselves.',
        false: 'Right: the Toolbox is risk-based and leaves the decisions to each member state.',
      },
    },
    {
      id: 'match-initiatives',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each initiative to how it worked.',
      explanation:
        'The 2012 House report was advice; the Prague Proposals were non-binding recommendations; the EU Toolbox is a risk-based menu applied by member states; the Clean Network gathered voluntary commitments that the US government counted.',
      pairs: [
        {
          id: 'hpsci',
          term: 'House Intelligence Committee report (2012)',
          match: 'Advice from legislators, with no legal force, against two Chinese suppliers',
          explanation: 'A congressional committee report of 8 October 2012 on Huawei and ZTE.',
        },
        {
          id: 'prague',
          term: 'Prague Proposals (2019)',
          match: 'A chair’s non-binding recommendations after a meeting of 32 countries',
          explanation: 'Published at the close of the Prague 5G Security Conference, 2–3 May 2019, which the EU and NATO also attended.',
        },
        {
          id: 'toolbox',
          term: 'EU 5G Toolbox (2020)',
          match: 'A risk-based menu that each national government applies itself',
          explanation: 'Adopted on 29 January 2020 by EU member states and the Commission.',
        },
        {
          id: 'clean-network',
          term: 'Clean Network (2020)',
          match: 'Voluntary pledges whose “60+ countries” count comes from its own sponsor',
          explanation: 'Expanded by Secretary of State Pompeo on 5 August 2020.',
        },
      ],
    },
    {
      id: 'order-initiatives',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these steps in order, earliest first.',
      explanation:
        'House Intelligence Committee report (8 Oct 2012) → Prague Proposals (3 May 2019) → EU 5G Toolbox (29 Jan 2020) → Clean Network expansion (5 Aug 2020).',
      items: [
        { id: 'hpsci', text: 'US House Intelligence Committee report on Huawei and ZTE', explanation: '8 October 2012, years before 5G.' },
        { id: 'prague', text: 'Prague Proposals on 5G supply-chain security', explanation: 'Published 3 May 2019.' },
        { id: 'toolbox', text: 'EU member states and the Commission adopt the 5G Toolbox', explanation: '29 January 2020.' },
        { id: 'clean', text: 'The US expands its effort into the Clean Network', explanation: '5 August 2020, after the April 2020 "5G Clean Path".' },
      ],
    },
    {
      id: 'prague-facts',
      type: 'multiple',
      level: 'recall',
      prompt: 'Which statements about the Prague Proposals are correct? Select all that apply.',
      explanation:
        'The Prague 5G Security Conference (2–3 May 2019), hosted by the Czech government, brought together 32 countries, the EU and NATO; the chair’s Prague Proposals were non-binding and included the risk of third-country influence over a supplier.',
      options: [
        {
          id: 'non-binding',
          text: 'They were non-binding.',
          correct: true,
          explanation: 'Right: they were the conference chair’s recommendations, not a treaty.',
        },
        {
          id: 'third-country',
          text: 'They included the risk that a third country could influence a supplier.',
          correct: true,
          explanation: 'Right: a close relative of the extrajudicial-direction test, put in diplomatic language.',
        },
        {
          id: 'eu-nato',
          text: 'The European Union and NATO took part in the conference alongside national governments.',
          correct: true,
          explanation: 'Right: the EU and NATO attended as well as 32 countries.',
        },
        {
          id: 'ratified',
          text: 'Parliaments ratified them, so they bind every participating country.',
          explanation: 'Wrong: nothing was signed or ratified; the Proposals were non-binding.',
        },
        {
          id: 'us-hosted',
          text: 'They were issued by the US government in Washington.',
          explanation:
            'Wrong: the conference took place in Prague, hosted by the Czech government; the US was one participant among many.',
        },
      ],
    },
    {
      id: 'clean-network-claim',
      type: 'single',
      level: 'apply',
      prompt:
        'By December 2020 it was said that more than 60 countries had joined the Clean Network. How should you cite that figure?',
      explanation:
        'The "60+ countries" figure (and about 180–200 telecom companies) comes from the US government, the campaign’s sponsor. Cite it as a US government claim.',
      source: { title: 'US State Department archive (2017–2021), "The Clean Network"', url: 'https://2017-2021.state.gov/' },
      options: [
        {
          id: 'us-claim',
          text: 'As a US government claim ("the US government said …")',
          correct: true,
          explanation: 'Right: the figure comes from the campaign’s own sponsor and was not independently counted.',
        },
        {
          id: 'ratified-count',
          text: 'As the number of states whose parliaments ratified the Clean Network as a binding agreement',
          explanation: 'Wrong: the Clean Network was a set of voluntary commitments, not a treaty.',
        },
        {
          id: 'eu-count',
          text: 'As an EU count of member states applying the 5G Toolbox',
          explanation: 'Wrong: the EU Toolbox is a separate, EU process; the 60+ figure is a US figure about its own campaign.',
        },
        {
          id: 'verified',
          text: 'As an independently verified total',
          explanation: 'Wrong: no independent count is cited; keep the hedge and attribute it to the US government.',
        },
      ],
    },
    {
      id: 'ministry-vendor-policy',
      type: 'single',
      level: 'apply',
      prompt:
        'A ministry is drafting a 5G vendor rule. It wants one that allies could adopt too and that would still work if new suppliers entered the market. Which draft fits this lesson’s reasoning best?',
      explanation:
        'A test based on extrajudicial direction looks at the legal environment a supplier works in, which testing cannot settle, and can be written without naming any company or country. That lets it apply to future suppliers and travel to allies.',
      options: [
        {
          id: 'extrajudicial-test',
          text: 'Exclude vendors a foreign state could direct outside the law',
          correct: true,
          explanation: 'Right: a vendor-neutral principle applies to any supplier, now or later, and others can adopt it.',
        },
        {
          id: 'named-list',
          text: 'Exclude two named companies that officials consider risky today',
          explanation: 'Wrong: a list says nothing about the next supplier, and allies would have to copy names rather than share a principle.',
        },
        {
          id: 'lab-approval',
          text: 'Approve any vendor whose equipment passes a laboratory test on the day it is installed',
          explanation: 'Wrong: equipment keeps receiving updates and maintenance for years, so approval on day one settles little.',
        },
        {
          id: 'lowest-bid',
          text: 'Buy from the lowest bidder and leave security to each operator, since operators know their own networks best',
          explanation: 'Wrong: the lesson shows why supplier choice became a question of security and foreign policy, not only of price.',
        },
      ],
    },
    {
      id: 'neutral-quote',
      type: 'single',
      level: 'analyse',
      prompt:
        'Munro writes that technology "is inherently neutral, neither good nor bad". How can that sentence be squared with labelling some vendors high-risk?',
      explanation:
        'One way to read it, the course’s: if the equipment itself is neither good nor bad, what makes it safe or unsafe is who can direct its maker, which is exactly what the high-risk label tests. Munro herself does not discuss how to judge suppliers.',
      options: [
        {
          id: 'who-directs',
          text: 'If the kit is neutral, the risk lies in who can direct its maker.',
          correct: true,
          explanation: 'Right: the label is about the vendor’s legal environment, not about the technology being good or bad.',
        },
        {
          id: 'cannot-square',
          text: 'It cannot be squared: if technology is neutral, no vendor can be high-risk, so Munro rejects the label.',
          explanation: 'Wrong: Munro argues that neutral technology must be advanced "in a trusted manner", which points to who controls it.',
        },
        {
          id: 'code-review',
          text: 'It means every line of code must be reviewed, since only software can be good or bad.',
          explanation: 'Wrong: the lesson explains why reviewing equipment on one day cannot settle what a vendor may be directed to do later.',
        },
        {
          id: 'all-equal',
          text: 'It means all vendors are equally trustworthy, whatever law governs them.',
          explanation: 'Wrong: neutrality of technology says nothing about the trustworthiness of those who direct it.',
        },
      ],
    },
    {
      id: 'binding-compare',
      type: 'single',
      level: 'analyse',
      prompt: 'Compare the Prague Proposals (May 2019) and the EU 5G Toolbox (January 2020). What do they have in common?',
      explanation:
        'The Proposals were a chair’s non-binding recommendations; the Toolbox is a risk-based set of measures that each member state applies. Neither obliged any country to exclude a particular supplier.',
      options: [
        {
          id: 'no-obligation',
          text: 'Neither obliged any country to exclude a particular supplier.',
          correct: true,
          explanation: 'Right: both worked through shared method and persuasion rather than obligation.',
        },
        {
          id: 'eu-adopted',
          text: 'Both were adopted by the EU member states and the Commission.',
          explanation: 'Wrong: the Prague Proposals came from a conference of 32 countries plus the EU and NATO, published by the chair.',
        },
        {
          id: 'named-deadline',
          text: 'Both named Huawei and ZTE as high-risk suppliers and set a date by which their equipment had to go.',
          explanation: 'Wrong: neither named a company or set a removal date; the UK’s 2027 deadline was a national decision.',
        },
        {
          id: 'us-led',
          text: 'Both were US initiatives later endorsed by NATO.',
          explanation: 'Wrong: Prague was hosted by the Czech government and the Toolbox is an EU instrument; the US campaign was the Clean Network.',
        },
      ],
    },
    {
      id: 'passes-tests-still-risky',
      type: 'true-false',
      level: 'apply',
      prompt:
        'On this lesson’s reasoning, a vendor whose equipment passes every laboratory test at installation can still be a high-risk vendor.',
      answer: true,
      explanation:
        'Equipment stays in the network for years and keeps receiving software updates and maintenance from its maker. Whether a foreign government could direct that maker outside the law is a question no test on day one can answer.',
      explanations: {
        true: 'Right: the label depends on who can direct the company, not on how the box performed on the day.',
        false: 'Wrong: passing tests at installation says little about what the vendor could be asked to do later through updates and maintenance.',
      },
    },
  ],
});
