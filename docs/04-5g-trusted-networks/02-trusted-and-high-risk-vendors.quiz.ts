import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'trusted-and-high-risk-vendors',
  title: 'Trusted and high-risk vendors',
  questions: [
    {
      id: 'what-makes-high-risk',
      type: 'single',
      prompt: 'In the 5G debate, what chiefly makes a supplier a "high-risk vendor"?',
      hint: 'Think about who can give the company orders, and whether a court stands in between.',
      explanation:
        'The central test is whether a foreign government could direct the supplier outside the law (extrajudicial direction). Equipment testing alone cannot settle that, because vendors keep updating and maintaining their kit for years.',
      options: [
        {
          id: 'extrajudicial',
          text: 'A foreign government could direct it outside the law, with no independent court in between',
          correct: true,
          explanation:
            'Right: that is what the term "high-risk vendor" (used in the EU Toolbox and by the UK NCSC) points to, and it matches the wording of Australia’s 2018 guidance.',
        },
        {
          id: 'price',
          text: 'Its equipment is cheaper than its competitors’ equipment',
          explanation:
            'Wrong: price is a commercial question. The trusted/high-risk distinction is about security, transparency and the rule of law.',
        },
        {
          id: 'failed-test',
          text: 'Its base stations failed a one-off laboratory test',
          explanation:
            'Wrong: a one-off test says little about what a vendor could be asked to do later through updates and maintenance, which is why the test shifted to who can direct the company.',
        },
        {
          id: 'foreign',
          text: 'It is headquartered outside the buyer’s own country',
          explanation:
            'Wrong: many trusted vendors are foreign. What matters is the legal environment the vendor works in, not simply whether it is foreign.',
        },
      ],
    },
    {
      id: 'eu-toolbox-ban',
      type: 'true-false',
      prompt: 'True or false: with its 5G Toolbox of January 2020, the European Union banned Huawei across the EU.',
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
      prompt: 'Match each initiative to its description.',
      explanation:
        'The 2012 House report was advice; the Prague Proposals were non-binding recommendations; the EU Toolbox is a risk-based menu applied by member states; the Clean Network gathered voluntary commitments that the US government counted.',
      pairs: [
        {
          id: 'hpsci',
          term: 'House Intelligence Committee report (2012)',
          match: 'Called Huawei and ZTE a national-security threat and advised against their equipment',
          explanation: 'A congressional committee report of 8 October 2012: advice, not law.',
        },
        {
          id: 'prague',
          term: 'Prague Proposals (2019)',
          match: 'Non-binding chair’s recommendations after a security conference hosted by the Czech government',
          explanation: 'Published at the close of the Prague 5G Security Conference, 2–3 May 2019.',
        },
        {
          id: 'toolbox',
          term: 'EU 5G Toolbox (2020)',
          match: 'Risk-based measures that each member state applies to its own networks',
          explanation: 'Adopted on 29 January 2020 by EU member states and the Commission.',
        },
        {
          id: 'clean-network',
          term: 'Clean Network (2020)',
          match: 'US campaign for commitments to trusted vendors across carriers, apps, cloud and cables',
          explanation: 'Expanded by Secretary of State Pompeo on 5 August 2020.',
        },
      ],
    },
    {
      id: 'order-initiatives',
      type: 'ordering',
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
      prompt: 'Which statements about the Prague Proposals are correct? Select all that apply.',
      explanation:
        'The Prague 5G Security Conference (2–3 May 2019), hosted by the Czech government, brought together national governments, the EU and NATO; the chair’s Prague Proposals were non-binding and included the risk of third-country influence over a supplier.',
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
          explanation: 'Right: the EU and NATO attended as well as national governments.',
        },
        {
          id: 'treaty',
          text: 'Parliaments ratified them as a binding treaty.',
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
          id: 'treaty-count',
          text: 'As the number of states that ratified the Clean Network treaty',
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
      id: 'prague-number',
      type: 'short-answer',
      prompt: 'How many countries (not counting the EU and NATO) attended the Prague 5G Security Conference in May 2019? (number)',
      explanation: '32 countries attended, plus the European Union and NATO.',
      source: { title: 'Czech Government, Prague 5G Security Conference', url: 'https://www.vlada.cz/' },
      number: { value: 32, tolerance: 0 },
      unit: 'countries',
    },
  ],
});
