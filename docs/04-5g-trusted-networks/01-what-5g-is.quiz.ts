import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'what-5g-is',
  title: 'What 5G is, and why it matters',
  questions: [
    {
      id: 'who-writes-5g',
      type: 'single',
      prompt: 'Who writes the global specifications that define 5G?',
      hint: 'The first 5G New Radio specifications came in its "Release 15".',
      explanation:
        '5G is defined by shared specifications written by the 3GPP, an industry partnership of standards bodies. The first 5G New Radio specifications came in Release 15 (non-standalone in December 2017, standalone in June 2018).',
      source: { title: '3GPP, Release 15', url: 'https://www.3gpp.org/' },
      options: [
        {
          id: '3gpp',
          text: 'The 3GPP, an industry partnership of standards bodies',
          correct: true,
          explanation: 'Right: the 3rd Generation Partnership Project writes the global mobile specifications, 5G NR included.',
        },
        {
          id: 'huawei',
          text: 'Huawei, as the largest equipment supplier',
          explanation:
            'Wrong: a generation is a shared standard that any manufacturer can build to, not one company’s product. Companies contribute to standards, but 3GPP publishes them.',
        },
        {
          id: 'o-ran',
          text: 'The O-RAN Alliance',
          explanation:
            'Wrong: the O-RAN Alliance (2018) promotes open interfaces inside the radio access network; it does not write the 5G standard itself.',
        },
        {
          id: 'fcc',
          text: 'The US Federal Communications Commission (FCC)',
          explanation:
            'Wrong: the FCC is a US national regulator. 5G specifications are global and come from 3GPP.',
        },
      ],
    },
    {
      id: 'order-5g-milestones',
      type: 'ordering',
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
      prompt: 'Match each term to what it means.',
      explanation:
        'The RAN is the radio side (antennas, radios, baseband) that connects devices; the core is the control centre behind it; 3GPP writes the specifications; Release 15 is the release with the first 5G NR specifications.',
      pairs: [
        {
          id: 'ran',
          term: 'Radio access network (RAN)',
          match: 'Antennas, radios and baseband units that connect devices over the air',
          explanation: 'The visible part of the network, on masts and rooftops.',
        },
        {
          id: 'core',
          term: 'Core network',
          match: 'The control centre that admits users, tracks sessions and routes traffic onwards',
          explanation: 'It sits behind the RAN; the UK’s January 2020 decision tried to keep Huawei out of it.',
        },
        {
          id: 'threegpp',
          term: '3GPP',
          match: 'The partnership of standards bodies that writes mobile specifications',
          explanation: 'It publishes its work in numbered releases.',
        },
        {
          id: 'release-15',
          term: 'Release 15',
          match: 'The release containing the first 5G New Radio specifications',
          explanation: 'Completed in two steps: non-standalone (Dec 2017) and standalone (June 2018).',
        },
      ],
    },
    {
      id: 'nsa-needs-4g',
      type: 'true-false',
      prompt:
        'True or false: the first 5G specifications (non-standalone NR, December 2017) let operators add the new 5G radio to their existing 4G networks.',
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
            'Wrong: Australia is famous in this module for being first to bar high-risk vendors (August 2018), not for the first commercial launch.',
        },
        {
          id: 'united-kingdom',
          text: 'The United Kingdom',
          explanation: 'Wrong: the UK was not among the first two launches; its big 5G decisions came in 2020.',
        },
      ],
    },
    {
      id: 'ericsson-2030',
      type: 'short-answer',
      prompt:
        'Ericsson forecasts how many billion 5G subscriptions worldwide for 2030? (number, in billions)',
      hint: 'It is almost three times the roughly 2.3 billion forecast for the end of 2024.',
      explanation:
        'Ericsson’s Mobility Report (November 2024) forecasts 6.3 billion 5G subscriptions in 2030. It is a forecast by an equipment maker, so quote it as one.',
      source: { title: 'Ericsson Mobility Report', url: 'https://www.ericsson.com/' },
      number: { value: 6.3, tolerance: 0.05 },
      unit: 'billion subscriptions',
    },
    {
      id: 'munro-why-5g',
      type: 'single',
      prompt: 'Why does Bronte Munro treat 5G as more than a faster mobile service?',
      explanation:
        'Munro writes that 5G built the infrastructure underpinning future connective technology, which could significantly affect national security, rights, privacy and economics; she counts it as successful tech diplomacy.',
      options: [
        {
          id: 'infrastructure',
          text: 'It is infrastructure for future connective technology that could affect national security, rights, privacy and economics.',
          correct: true,
          explanation: 'Right: those are the four areas Munro names when she presents 5G as an example of successful tech diplomacy.',
        },
        {
          id: 'military-only',
          text: 'It is a military technology that civilians are only allowed to use under licence.',
          explanation:
            'Wrong: 5G is commercial infrastructure. Its security importance comes from what runs over it and who maintains it, not from being a military system.',
        },
        {
          id: 'social-media',
          text: 'It lets diplomats use social media more effectively.',
          explanation:
            'Wrong: using digital tools to conduct diplomacy is digital diplomacy. Munro treats 5G as the subject of tech diplomacy, not a tool for it.',
        },
        {
          id: 'bad-technology',
          text: 'It is a harmful technology that democracies should avoid.',
          explanation:
            'Wrong: Munro calls technology "inherently neutral"; the point is to develop and deploy it in a trusted way, not to avoid it.',
        },
      ],
    },
  ],
});
