import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'what-5g-is',
  title: 'What 5G is, and why it matters',
  draw: 6,
  questions: [
    {
      id: 'who-writes-5g',
      type: 'single',
      level: 'recall',
      prompt: 'Who writes the global specifications that define 5G?',
      hint: 'A generation is a shared standard, not one company’s product.',
      explanation:
        '5G is defined by shared specifications written by the 3GPP, an industry partnership of standards bodies. The first 5G New Radio specifications came in Release 15 (non-standalone in December 2017, standalone in June 2018).',
      source: { title: '3GPP, Release 15', url: 'https://www.3gpp.org/' },
      options: [
        {
          id: '3gpp',
          text: 'The 3GPP, a partnership of standards bodies',
          correct: true,
          explanation: 'Right: the 3rd Generation Partnership Project writes the global mobile specifications, 5G NR included.',
        },
        {
          id: 'huawei',
          text: 'Huawei, because the largest equipment supplier sets the specifications that other firms follow',
          explanation:
            'Wrong: a generation is a shared standard that any manufacturer can build to, not one company’s product. Companies contribute to standards, but 3GPP publishes them.',
        },
        {
          id: 'o-ran',
          text: 'The O-RAN Alliance of operators',
          explanation:
            'Wrong: the O-RAN Alliance (2018) promotes open interfaces inside the radio access network; it does not write the 5G standard itself.',
        },
        {
          id: 'fcc',
          text: 'The US Federal Communications Commission',
          explanation: 'Wrong: the FCC is a US national regulator. 5G specifications are global and come from 3GPP.',
        },
      ],
    },
    {
      id: 'order-5g-milestones',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these 5G milestones in order, earliest first.',
      explanation:
        'Non-standalone NR specifications (Dec 2017) came first, then standalone 5G specifications (June 2018), then the first commercial smartphone services in South Korea and the US (3 Apr 2019), and global subscriptions passed 1 billion at the end of 2022 (Ericsson).',
      items: [
        {
          id: 'nsa',
          text: '3GPP completes non-standalone 5G New Radio specifications',
          explanation: 'December 2017: the new radio could first be added to existing 4G networks.',
        },
        {
          id: 'sa',
          text: '3GPP completes standalone 5G specifications',
          explanation: 'June 2018: a complete 5G system no longer relying on 4G underneath.',
        },
        {
          id: 'first-commercial',
          text: 'First commercial smartphone 5G services launch in South Korea and the US',
          explanation: '3 April 2019, less than a year after the standalone specifications.',
        },
        {
          id: 'one-billion',
          text: 'Global 5G subscriptions pass 1 billion',
          explanation: 'End of 2022, according to Ericsson’s Mobility Report.',
        },
      ],
    },
    {
      id: 'ran-or-core',
      type: 'matching',
      level: 'understand',
      prompt: 'Match each part or stage of a 5G network to its description.',
      explanation:
        'The RAN is the radio side (antennas, radios, baseband) that connects devices; the core is the control centre behind it. Release 15 came in two steps: non-standalone (December 2017), riding on 4G, and standalone (June 2018), a complete 5G system.',
      pairs: [
        {
          id: 'ran',
          term: 'Radio access network (RAN)',
          match: 'Masts, antennas and baseband units that link phones over the air',
          explanation: 'The visible part of the network, on masts and rooftops.',
        },
        {
          id: 'core',
          term: 'Core network',
          match: 'Admits subscribers, tracks their sessions and routes traffic onwards',
          explanation: 'It sits behind the RAN, as the network’s control centre.',
        },
        {
          id: 'non-standalone',
          term: 'Non-standalone 5G (December 2017)',
          match: 'A new air interface added to existing 4G systems, which keep handling control',
          explanation: 'It let operators launch quickly on top of what they already had.',
        },
        {
          id: 'standalone',
          term: 'Standalone 5G (June 2018)',
          match: 'A complete system that no longer relies on 4G underneath',
          explanation: 'The second step of 3GPP Release 15.',
        },
      ],
    },
    {
      id: 'nsa-needs-4g',
      type: 'true-false',
      level: 'understand',
      prompt:
        'The first 5G specifications (non-standalone NR, December 2017) let operators add the new 5G radio to their existing 4G networks.',
      answer: true,
      explanation:
        'Non-standalone NR relied on an existing 4G network for the control side of each connection; the standalone specifications of June 2018 described a complete 5G system.',
      explanations: {
        true: 'Right: that is what "non-standalone" means, and it let operators launch 5G quickly on top of what they had.',
        false:
          'Wrong: non-standalone NR was designed to work alongside existing 4G networks; a complete 5G system came with the standalone specifications in June 2018.',
      },
    },
    {
      id: 'first-launch-countries',
      type: 'multiple',
      level: 'recall',
      prompt:
        'In which TWO countries did operators launch the first commercial smartphone 5G services, on 3 April 2019? Select all that apply.',
      explanation: 'Operators in South Korea and the United States (Verizon) launched on 3 April 2019.',
      options: [
        {
          id: 'south-korea',
          text: 'South Korea',
          correct: true,
          explanation: 'Right: South Korean operators launched on 3 April 2019.',
        },
        {
          id: 'united-states',
          text: 'The United States',
          correct: true,
          explanation: 'Right: Verizon launched in the US on the same day.',
        },
        {
          id: 'australia',
          text: 'Australia',
          explanation:
            'Wrong: Australia is known in this module for being first to bar high-risk vendors (August 2018), not for the first commercial smartphone launch.',
        },
        {
          id: 'japan',
          text: 'Japan',
          explanation: 'Wrong: the first two commercial smartphone launches were in South Korea and the United States.',
        },
      ],
    },
    {
      id: 'forecast-hedge',
      type: 'single',
      level: 'apply',
      prompt:
        'A ministry briefing says: "There will be 6.3 billion 5G subscriptions in 2030." How should the sentence be rewritten to match its source?',
      explanation:
        'The 6.3 billion figure is a forecast in Ericsson’s Mobility Report (November 2024). Ericsson is an equipment maker with an interest in the market, and forecasts get revised, so say "Ericsson forecasts", not "there will be".',
      source: { title: 'Ericsson Mobility Report', url: 'https://www.ericsson.com/' },
      options: [
        {
          id: 'attribute-forecast',
          text: '“Ericsson, an equipment maker, forecasts about 6.3 billion for 2030.”',
          correct: true,
          explanation: 'Right: it names the source, says what kind of source it is and keeps the figure a forecast.',
        },
        {
          id: 'already-counted',
          text: '“5G subscriptions reached 6.3 billion at the end of 2024.”',
          explanation: 'Wrong: about 2.3 billion was the forecast for the end of 2024; 6.3 billion is a forecast for 2030, not a count.',
        },
        {
          id: 'no-change',
          text: 'No change is needed: a figure from a major equipment maker can be stated as a fact about the future.',
          explanation: 'Wrong: a forecast by an interested company is still a forecast; quote it as one.',
        },
        {
          id: 'phones-sold',
          text: '“6.3 billion 5G phones will be sold in 2030.”',
          explanation: 'Wrong: the forecast counts subscriptions, not phones sold, and it is still only a forecast.',
        },
      ],
    },
    {
      id: 'core-periphery-case',
      type: 'single',
      level: 'analyse',
      prompt:
        'In January 2020 the UK kept a supplier out of the core while allowing it in other parts of 5G networks. Which point from this lesson most weakens confidence that such a line contains the risk?',
      explanation:
        'Whoever builds and maintains equipment, and sends its software updates, keeps a continuing relationship with that infrastructure. That holds in the RAN as well as the core, which is why the core–periphery line became one of the central arguments of the 5G debate.',
      options: [
        {
          id: 'continuing-relationship',
          text: 'A vendor keeps maintaining and updating its kit for years, wherever it sits.',
          correct: true,
          explanation: 'Right: the risk travels with the vendor’s continuing access, not only with where the box is installed.',
        },
        {
          id: 'core-unimportant',
          text: 'The core carries no sensitive functions, so keeping a vendor out of it achieves nothing.',
          explanation: 'Wrong: the core is the network’s control centre; the doubt is about whether the rest of the network is safe, not whether the core matters.',
        },
        {
          id: 'standard-fixed',
          text: 'The RAN is defined by 3GPP, so no vendor can change how its equipment behaves once it is installed in a network.',
          explanation: 'Wrong: standards define how parts talk to each other; vendors still update and maintain their own equipment.',
        },
        {
          id: 'enforcement',
          text: 'Non-core equipment cannot be inspected at all.',
          explanation: 'Wrong: the lesson says nothing of the kind; its point is that a vendor keeps a continuing relationship with its equipment through maintenance and updates.',
        },
      ],
    },
    {
      id: 'act-before-build',
      type: 'single',
      level: 'apply',
      prompt:
        'A government’s security agency doubts one supplier. The country’s operators will start buying 5G equipment next year. On this lesson’s reasoning, when should the government settle its vendor policy?',
      explanation:
        'Installed equipment stays in the network for years, receiving its maker’s updates. A government that wants a say over suppliers has to act before the networks are built, not after.',
      options: [
        {
          id: 'now',
          text: 'Now, before operators buy, since kit stays in place for years',
          correct: true,
          explanation: 'Right: deciding before purchase avoids having to remove installed equipment later.',
        },
        {
          id: 'after-running',
          text: 'After the networks are running, when performance can be measured',
          explanation: 'Wrong: by then the equipment is installed and receiving updates, and removing it is slow and costly.',
        },
        {
          id: 'wait-for-6g',
          text: 'Once 6G is standardised, since 5G equipment will soon be replaced anyway and the question will answer itself',
          explanation: 'Wrong: the sources give no 6G dates, and 5G equipment stays in networks for years.',
        },
        {
          id: 'never',
          text: 'Never: suppliers are a commercial matter for operators alone.',
          explanation: 'Wrong: the lesson shows why 5G suppliers became a question of security and foreign policy, not only of business.',
        },
      ],
    },
    {
      id: 'three-domains-5g',
      type: 'matching',
      level: 'apply',
      prompt:
        'Munro describes tech diplomacy as bringing together expertise from technology, business and foreign policy. Match each part of the 5G story to the domain it belongs to.',
      explanation:
        'Engineers write the standards in 3GPP; companies build, sell and run the networks; governments decide which suppliers they trust and try to bring allies along. On the course’s reading, 5G needs all three at once.',
      pairs: [
        {
          id: 'engineers',
          term: 'Engineers drafting Release 15 in 3GPP working groups',
          match: 'Technology',
          explanation: 'Standards are technical work, even though they end up acting as rules.',
        },
        {
          id: 'operators',
          term: 'Operators buying equipment and running the networks',
          match: 'Business',
          explanation: 'Companies build, sell and run 5G networks.',
        },
        {
          id: 'governments',
          term: 'Governments persuading allies to adopt a shared vendor test',
          match: 'Foreign policy',
          explanation: 'Bringing allies to compatible decisions is diplomatic work.',
        },
      ],
    },
    {
      id: 'infrastructure-quote',
      type: 'single',
      level: 'analyse',
      prompt:
        'Munro writes that 5G "built the infrastructure that would underpin the future of connective technology". Which conclusion does that sentence support best?',
      explanation:
        'If 5G underpins what comes next, choosing who builds it shapes much more than one generation of phones, which is why Munro links it to national security, rights, privacy and economics.',
      options: [
        {
          id: 'foundation-choice',
          text: 'Choosing a 5G supplier shapes what later technology rests on.',
          correct: true,
          explanation: 'Right: infrastructure is what other things are built on, so the choice outlasts the purchase.',
        },
        {
          id: 'leave-to-market',
          text: '5G is mainly a consumer product, so governments should leave it to the market and to operators’ own choices.',
          explanation: 'Wrong: Munro presents 5G as infrastructure with effects on security, rights, privacy and economics, and as an example of successful tech diplomacy.',
        },
        {
          id: 'dangerous',
          text: 'Munro thinks 5G itself is dangerous and would rather it were not built.',
          explanation: 'Wrong: she calls technology "inherently neutral"; her concern is that it be advanced in a trusted manner.',
        },
        {
          id: 'definition',
          text: 'Munro is giving a technical definition of 5G to replace 3GPP’s.',
          explanation: 'Wrong: the sentence is about why 5G matters, not a technical specification.',
        },
      ],
    },
  ],
});
