import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'building-capacity-checkpoint',
  title: 'Module 6 checkpoint: Building the capacity',
  mode: 'exam',
  draw: 8,
  questions: [
    {
      id: 'three-capacities',
      type: 'matching',
      level: 'analyse',
      prompt: 'Module 6 combines the authors\u2019 arguments with its own reading of dated facts. Match each claim to its source.',
      explanation:
        'Chiang gives the talent pipeline the most weight; Munro frames tech diplomacy as a tool for allies facing the pacing threat; the reading of the 2022\u201323 chip-control sequence is the course\u2019s.',
      pairs: [
        {
          id: 'talent',
          term: '"Most critically", tech diplomacy needs a talent pipeline inside and outside the career foreign service',
          match: 'Chiang\u2019s article',
          explanation: 'From "The Era Of \u2018Tech Diplomacy\u2019 Is Here".',
        },
        {
          id: 'allies',
          term: 'Tech diplomacy helps US allies and partners, Australia included, keep pace with adversaries',
          match: 'Munro\u2019s article',
          explanation: 'From "Tech Diplomacy: What It Is, and Why It\u2019s Important" (ASPI The Strategist, May 2024).',
        },
        {
          id: 'sequence',
          term: 'The 2022\u201323 chip controls show alignment as a slow, step-by-step process',
          match: 'The lesson\u2019s reading of dated facts',
          explanation: 'Neither author discusses the sequence; the course draws it from the dates.',
        },
      ],
    },
    {
      id: 'techplomacy',
      type: 'true-false',
      level: 'recall',
      prompt: 'True or false: Denmark\u2019s tech ambassador, announced in January 2017, was accredited in effect to the tech industry and opened an office in Silicon Valley.',
      answer: true,
      explanation: 'Denmark announced the world\u2019s first tech ambassador on 27 January 2017; Casper Klynge was named in May and opened the Silicon Valley office later that year.',
      explanations: {
        true: 'Right: TechPlomacy treated the tech industry as a power a foreign ministry must engage directly.',
        false: 'Wrong: that is exactly what TechPlomacy did, and it was the world\u2019s first such post.',
      },
    },
    {
      id: 'order-capacity-milestones',
      type: 'ordering',
      level: 'recall',
      prompt: 'Put these Module 6 milestones in order, earliest first.',
      explanation:
        'Denmark\u2019s tech ambassador (27 January 2017), the Quad revived (12 November 2017), the TTC announced (15 June 2021), the US chip rule (7 October 2022), the first Open RAN grants (August 2023), the Krach Institute\u2019s online programme (30 April 2024).',
      items: [
        { id: 'denmark', text: 'Denmark announces a tech ambassador', explanation: 'First: 27 January 2017.' },
        { id: 'quad-revived', text: 'Officials revive the Quad in Manila', explanation: 'Second: 12 November 2017.' },
        { id: 'ttc', text: 'The US and the EU announce a Trade and Technology Council', explanation: 'Third: 15 June 2021.' },
        { id: 'us-rule', text: 'US Commerce issues its rule on advanced chips and chipmaking equipment', explanation: 'Fourth: 7 October 2022.' },
        { id: 'grants', text: 'The first Open RAN grants are made', explanation: 'Fifth: August 2023.' },
        { id: 'tda', text: 'The Krach Institute launches online tech-diplomacy training', explanation: 'Last: 30 April 2024.' },
      ],
    },
    {
      id: 'talent-first',
      type: 'single',
      level: 'apply',
      prompt:
        'A small allied country with no chip industry, a modest budget and strong university AI research wants to build its tech-diplomacy capacity. Following Chiang\u2019s own ranking, where should it start?',
      explanation: 'Chiang introduces the talent pipeline with "Most critically", and this country\u2019s strength is its people.',
      options: [
        {
          id: 'talent',
          text: 'Talent: bring its researchers into policy work and train diplomats',
          correct: true,
          explanation: 'Right: the need Chiang gives the most weight, and one the country can meet with what it has.',
        },
        {
          id: 'fab',
          text: 'A national chip fab, built with public subsidies so that it has some production of its own to bargain with',
          explanation: 'Wrong: with a modest budget and no industry, a fab is the costliest route, and Chiang gives talent the most weight.',
        },
        {
          id: 'join-aukus',
          text: 'Applying to join AUKUS Pillar II',
          explanation: 'Wrong: AUKUS is a three-member circle; the lesson describes no route in, and it is not Chiang\u2019s priority.',
        },
        {
          id: 'controls',
          text: 'Licensing rules for shipments of chipmaking tools it neither makes nor sells',
          explanation: 'Wrong: such rules bite only where a country holds a choke point.',
        },
      ],
    },
    {
      id: 'tool-maker-sales',
      type: 'single',
      level: 'apply',
      prompt:
        'Allies ask a government to align its export controls; its only firm making a key chipmaking tool warns of lost sales. What does Module 6 suggest the government do?',
      explanation:
        'Engagement with the private sector is a negotiation between partners with different interests, and 2023 alignment took the form of national measures with their own scope.',
      options: [
        {
          id: 'negotiate-national',
          text: 'Negotiate with the firm, then adopt a national measure with its own scope',
          correct: true,
          explanation: 'Right: that is how Japan and the Netherlands aligned in 2023, each under its own law.',
        },
        {
          id: 'order-firm',
          text: 'Order the firm to comply without discussion, since engaged companies follow instructions',
          explanation: 'Wrong: the module treats engagement as a negotiation, not a chain of command.',
        },
        {
          id: 'refuse-allies',
          text: 'Refuse all alignment, because any lost sale outweighs allied security',
          explanation: 'Wrong: the module\u2019s cases show partners aligning despite costs, through national measures.',
        },
        {
          id: 'wait-wassenaar',
          text: 'Wait until all Wassenaar states agree a binding ban, so that the firm loses no customers to rivals anywhere',
          explanation: 'Wrong: Wassenaar is voluntary and the 2022\u201323 controls were coordinated outside it.',
        },
      ],
    },
    {
      id: 'aukus-lockstep',
      type: 'single',
      level: 'evaluate',
      prompt: 'A report claims that "AUKUS shows its members moving in lockstep on technology". Which evidence from Module 6 weakens the claim most?',
      explanation:
        'Australia (2018), the UK (a capped share in January 2020, removal ordered in July 2020) and the US (measures from 2012 to 2022) reached their 5G decisions years apart and by different routes.',
      options: [
        {
          id: '5g-timing',
          text: 'Its members took their 5G decisions years apart and by different routes',
          correct: true,
          explanation: 'Right: even the closest circle did not move together on 5G.',
        },
        {
          id: 'pillars',
          text: 'AUKUS has two pillars rather than one',
          explanation: 'Wrong: having two pillars says nothing about whether members act together.',
        },
        {
          id: 'announced-2021',
          text: 'AUKUS was announced in September 2021, after the Quad\u2019s first leaders\u2019 summit',
          explanation: 'Wrong: the order of announcements is not evidence about coordination.',
        },
        {
          id: 'three-members',
          text: 'It has only three members, all of them close allies',
          explanation: 'Wrong: a small membership, if anything, makes lockstep easier; it does not weaken the claim.',
        },
      ],
    },
    {
      id: 'techplomacy-vs-quad',
      type: 'single',
      level: 'analyse',
      prompt: 'Compare Denmark\u2019s tech ambassador (2017) with the Quad\u2019s Critical and Emerging Technology Working Group (2021). Which engages companies directly, and why?',
      explanation: 'The Danish ambassador was in effect accredited to the tech industry; the Quad working group is a channel among four governments.',
      options: [
        {
          id: 'denmark-industry',
          text: 'Denmark\u2019s ambassador, who was posted to the industry itself',
          correct: true,
          explanation: 'Right: TechPlomacy placed a diplomat where companies make decisions.',
        },
        {
          id: 'quad-firms',
          text: 'The Quad group, because its four members are represented by their largest technology firms',
          explanation: 'Wrong: the Quad\u2019s members are governments.',
        },
        {
          id: 'both-equally',
          text: 'Both equally, since both deal with technology',
          explanation: 'Wrong: dealing with technology is not the same as engaging the firms that make it.',
        },
        {
          id: 'neither',
          text: 'Neither, because foreign ministries cannot talk to firms',
          explanation: 'Wrong: Denmark\u2019s initiative is exactly a foreign ministry talking to firms.',
        },
      ],
    },
    {
      id: 'redefining-source',
      type: 'single',
      level: 'analyse',
      prompt:
        'Chiang writes: "Conversely, America\u2019s diplomatic effort has been redefining the supply chain." How does the 2022\u201323 chip-control record bear on this claim?',
      explanation:
        'The record fits the claim (partners aligned with a US rule) and qualifies it (alignment took months and each partner set its own scope).',
      options: [
        {
          id: 'fits-and-qualifies',
          text: 'It fits the claim, but shows that such redefining is slow and uneven',
          correct: true,
          explanation: 'Right: the partners followed the US rule after six to eleven months, each with its own measure.',
        },
        {
          id: 'refutes',
          text: 'It refutes the claim, since no partner adopted any controls after the US rule',
          explanation: 'Wrong: Japan and the Netherlands both adopted controls in 2023.',
        },
        {
          id: 'proves-instant',
          text: 'It proves that US rules change allied supply chains overnight',
          explanation: 'Wrong: the partners\u2019 measures took effect nine and a half and eleven months later.',
        },
        {
          id: 'unrelated',
          text: 'It is unrelated: Chiang writes about talent, not supply chains',
          explanation: 'Wrong: this sentence is about the semiconductor supply chain.',
        },
      ],
    },
    {
      id: 'quad-2021',
      type: 'true-false',
      level: 'understand',
      prompt: 'True or false: the Quad was created in March 2021, together with its Critical and Emerging Technology Working Group.',
      answer: false,
      explanation:
        'The Quad first met at officials\u2019 level in May 2007, lapsed in 2008 and was revived in November 2017. What was new on 12 March 2021 was its first leaders\u2019 summit, which launched the working group.',
      explanations: {
        true: 'Wrong: the Quad dates from 2007 (revived 2017); March 2021 brought its first leaders\u2019 summit.',
        false: 'Right: the format is older; the leaders\u2019 summit and the technology working group were new in 2021.',
      },
    },
    {
      id: 'ntia-fund',
      type: 'short-answer',
      level: 'recall',
      prompt: 'Which US agency runs the Public Wireless Supply Chain Innovation Fund for Open RAN? (abbreviation is enough)',
      explanation: 'The NTIA runs it; the FY2021 defence act authorised the fund, the CHIPS and Science Act appropriated its $1.5 billion, and the first grants came in August 2023.',
      accept: ['NTIA', 'the NTIA', 'National Telecommunications and Information Administration'],
    },
    {
      id: 'formats',
      type: 'multiple',
      level: 'understand',
      prompt: 'Which of these were new in 2021? Select all that apply.',
      explanation: 'The Quad\u2019s first leaders\u2019 summit (12 March 2021), the TTC (15 June 2021) and AUKUS (15 September 2021) were new in 2021; the Quad itself dates from 2007.',
      options: [
        { id: 'quad-summit', text: 'A leaders\u2019 summit of the Quad', correct: true, explanation: 'Right: the first, held virtually on 12 March 2021.' },
        { id: 'ttc', text: 'The US\u2013EU Trade and Technology Council', correct: true, explanation: 'Right: announced 15 June 2021; first met in Pittsburgh on 29 September 2021.' },
        { id: 'aukus', text: 'AUKUS', correct: true, explanation: 'Right: announced 15 September 2021.' },
        { id: 'quad-itself', text: 'The Quad as a dialogue', explanation: 'Wrong: its officials first met in May 2007; it was revived in November 2017.' },
        { id: 'techplomacy', text: 'Denmark\u2019s TechPlomacy', explanation: 'Wrong: Denmark announced it in January 2017.' },
      ],
    },
    {
      id: 'open-ran-evidence',
      type: 'single',
      level: 'evaluate',
      prompt:
        'Module 6 calls the Open RAN fund "engagement through incentives rather than instructions". Which evidence would best show that it worked as intended?',
      explanation: 'The aim was to widen operators\u2019 choice of suppliers; the best evidence is operators actually choosing new suppliers after grants.',
      options: [
        {
          id: 'operators-choose',
          text: 'Operators, unprompted, buying from new suppliers after the grants',
          correct: true,
          explanation: 'Right: it measures the effect the incentive was meant to have.',
        },
        {
          id: 'fund-size',
          text: 'A press release confirming that the fund holds $1.5 billion',
          explanation: 'Wrong: the size of the fund shows the input, not the effect.',
        },
        {
          id: 'authorised-earlier',
          text: 'The fact that Congress authorised the fund in the FY2021 defence act, more than a year before the money came',
          explanation: 'Wrong: the legislative history shows how it was set up, not whether it worked.',
        },
        {
          id: 'ban-vendors',
          text: 'A new rule ordering operators to use Open RAN',
          explanation: 'Wrong: an order would be an instruction, the opposite of what the fund was meant to show.',
        },
      ],
    },
    {
      id: 'japan-copied',
      type: 'true-false',
      level: 'apply',
      prompt:
        'An official says Japan\u2019s 2023 controls simply copied the US rule of October 2022. True or false: the module\u2019s record supports the official.',
      answer: false,
      explanation:
        'Japan\u2019s controls had their own scope: 23 types of advanced chipmaking equipment, with simpler licensing for 42 friendly countries and territories, under Japanese law. The US rule also covered chips and US persons.',
      explanations: {
        true: 'Wrong: aligned is not identical; Japan set its own list and licensing terms.',
        false: 'Right: Japan\u2019s measure differed in scope and form from the US rule.',
      },
    },
  ],
});
