import { defineQuiz } from '@site/src/quiz/define';

// Two sections, so that every attempt asks three questions that recall or explain and three that
// apply, analyse or evaluate, whichever questions the draw picks.
export default defineQuiz({
  id: 'what-is-tech-diplomacy',
  title: 'What is tech diplomacy?',
  draw: { basics: 3, cases: 3 },
  questions: [
    {
      id: 'munro-definition',
      type: 'single',
      level: 'recall',
      section: 'basics',
      prompt: 'At its simplest, what does Bronte Munro say tech diplomacy means?',
      explanation:
        'Munro writes that tech diplomacy "means technological collaboration across sectors and between countries", and adds that "the simplicity of the idea shouldn’t disguise its importance".',
      options: [
        {
          id: 'collaboration',
          text: 'Technological collaboration across sectors and between countries',
          correct: true,
          explanation: 'Right: this is Munro’s own one-line definition (ASPI The Strategist, May 2024).',
        },
        {
          id: 'cyber-norms',
          text: 'Negotiating how states may behave in cyberspace',
          explanation: 'Wrong: that is the core of cyber diplomacy, which overlaps with tech diplomacy but is narrower.',
        },
        {
          id: 'science-since-1945',
          text: 'The scientific cooperation between governments that began after 1945',
          explanation:
            'Wrong: that describes science diplomacy. Chiang separates the two, and Munro’s excerpt does not discuss science diplomacy at all.',
        },
        {
          id: 'online-outreach',
          text: 'An embassy’s online outreach to foreign publics, on any topic',
          explanation: 'Wrong: that is digital diplomacy, where technology is the medium rather than the subject.',
        },
      ],
    },
    {
      id: 'just-social-media',
      type: 'true-false',
      level: 'understand',
      section: 'basics',
      prompt: 'True or false: tech diplomacy is essentially diplomats using social media.',
      answer: false,
      explanation:
        'This is a common misunderstanding. Using social media to conduct diplomacy is digital diplomacy. Tech diplomacy is about technology as the subject of foreign policy: chips, 5G and 6G, AI, standards and supply chains.',
      explanations: {
        true: 'Wrong: that describes digital diplomacy, which is about the tools diplomats use, not about technology as the thing being negotiated.',
        false: 'Right: tech diplomacy makes critical technologies the subject of foreign policy and works closely with the companies that build them.',
      },
    },
    {
      id: 'why-security',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'Munro calls tech diplomacy "a new concept in international security". What does filing it under security suggest?',
      explanation:
        'By placing it in international security, Munro signals that the stakes go beyond trade: who leads in critical technologies, and whether those technologies can be abused, are security questions for the US and its allies.',
      options: [
        {
          id: 'stakes',
          text: 'That leadership in critical technologies is a security question, not only a trade one',
          correct: true,
          explanation: 'Right: she ties tech diplomacy to US–China competition and to rapidly evolving national-security needs.',
        },
        {
          id: 'military-only',
          text: 'That defence ministries should take it over from foreign ministries',
          explanation:
            'Wrong: her definition is about collaboration across sectors and between countries, not about handing the field to the military.',
        },
        {
          id: 'cyber-only',
          text: 'That tech diplomacy is simply another word for cyber security',
          explanation: 'Wrong: cyber questions are one part of it, but export rules, factories and standards are tech diplomacy too.',
        },
      ],
    },
    {
      id: 'australia-fit',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'In the course’s reading, why does Australia’s 2018 decision on 5G vendors fit Munro’s simplest definition?',
      explanation:
        'The course reads the case through Munro’s two halves: a technical, a business and a security question met in one decision (across sectors), and other governments then weighed the same question (between countries).',
      options: [
        {
          id: 'across-and-between',
          text: 'Technical, business and security questions met in one decision, and other governments then made their own',
          correct: true,
          explanation: 'Right: it was collaboration across sectors and, as others followed, between countries.',
        },
        {
          id: 'engineers-only',
          text: 'It was a purely technical choice about radio standards, made by engineers without any political input from ministers or allies',
          explanation:
            'Wrong: the decision turned on whether a foreign state could direct a supplier, a security and foreign-policy question, not on radio engineering alone.',
        },
        {
          id: 'online-campaign',
          text: 'Australian embassies explained it online to audiences abroad',
          explanation: 'Wrong: explaining a policy online would be digital diplomacy; the decision itself is what fits the definition.',
        },
      ],
    },
    {
      id: 'reasons-now',
      type: 'multiple',
      level: 'understand',
      section: 'basics',
      prompt: 'Read together, which reasons do the two articles suggest for why tech diplomacy has moved to the centre of foreign policy? Select all that apply.',
      explanation:
        'Chiang says new topics such as chips, 6G and AI have taken centre stage in foreign policy in "this decade"; Munro puts technology at "the heart of geostrategic competition between China and the US"; and the course adds that the technologies are mostly in private hands, which fits Chiang’s call to engage the private sector.',
      options: [
        { id: 'topics', text: 'New topics such as chips, 6G and AI have taken centre stage', correct: true, explanation: 'Right: this is Chiang’s list for "this decade".' },
        { id: 'rivalry', text: 'Technology is at the heart of US–China competition', correct: true, explanation: 'Right: Munro writes that technology "lies at the heart of geostrategic competition between China and the US".' },
        {
          id: 'private',
          text: 'The technologies are mostly built and owned by companies',
          correct: true,
          explanation: 'Right: this is the course’s reason, and it fits Chiang’s call to engage the private sector "much more actively".',
        },
        {
          id: 'treaties-void',
          text: 'Treaties between states have stopped binding anyone',
          explanation: 'Wrong: neither article says so; treaties and agreements remain tools, alongside newer ones.',
        },
        {
          id: 'science-ended',
          text: 'Science diplomacy came to an end in 2010',
          explanation: 'Wrong: Chiang distinguishes tech diplomacy from science diplomacy but does not say the older tradition ended.',
        },
      ],
    },
    {
      id: 'classify-activities',
      type: 'matching',
      level: 'apply',
      section: 'cases',
      prompt: 'Match each activity to the kind of diplomacy it is.',
      explanation:
        'Ask what role technology plays. As the medium of a message, it is digital diplomacy; as the place where attacks happen, cyber diplomacy; as the thing being negotiated, tech diplomacy. Shared research facilities are classic science diplomacy (Module 2).',
      pairs: [
        {
          id: 'livestream',
          term: 'An embassy livestreams its ambassador’s speech at a film festival',
          match: 'Digital diplomacy',
          explanation: 'Technology is only the medium; the topic is culture.',
        },
        {
          id: 'hospital-attack',
          term: 'States agree how to respond when a cross-border attack shuts down hospital computers',
          match: 'Cyber diplomacy',
          explanation: 'Incident response and norms of state behaviour online are the core of cyber diplomacy.',
        },
        {
          id: 'network-suppliers',
          term: 'Partners agree which suppliers may provide equipment for their mobile networks',
          match: 'Tech diplomacy',
          explanation: 'The technology and who supplies it are the subject of the negotiation.',
        },
        {
          id: 'accelerator',
          term: 'Rival states share the running costs of a particle accelerator',
          match: 'Science diplomacy',
          explanation: 'Shared big-physics facilities are a classic topic of science diplomacy, as Module 2 shows.',
        },
      ],
    },
    {
      id: 'ministry-unit',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A foreign ministry can fund one new unit this year and wants it to do tech diplomacy as this lesson defines it. Which brief fits best?',
      explanation:
        'The course’s working definition makes technology the subject and a tool of foreign policy, pursued with companies and with other countries. Only the first brief does all three.',
      options: [
        {
          id: 'suppliers',
          text: 'Work with chipmakers, network operators and allied governments on who supplies critical technology',
          correct: true,
          explanation: 'Right: technology is the subject, companies are partners, and the work is done between countries.',
        },
        {
          id: 'languages',
          text: 'Run the ministry’s social-media accounts in twelve languages',
          explanation: 'Wrong: a useful unit, but it practises digital diplomacy: technology is the medium, not the subject.',
        },
        {
          id: 'attack-norms',
          text: 'Negotiate norms for how states respond to cyber attacks',
          explanation:
            'Not the best fit: this is cyber diplomacy. It overlaps with tech diplomacy but leaves out chips, factories, standards and the companies behind them.',
        },
        {
          id: 'physicist-visas',
          text: 'Arrange visas for physicists visiting a shared research laboratory',
          explanation: 'Wrong: enabling shared research is diplomacy for science, part of the older science-diplomacy tradition.',
        },
      ],
    },
    {
      id: 'data-or-cyber',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Case A: a government negotiates with a foreign cloud company, and with that company’s home government, over where its citizens’ health data may be stored. Case B: two allies’ response teams swap technical details of a ransomware attack on a port. Which case fits tech diplomacy better, and why?',
      explanation:
        'Case A makes a technology, and the company that runs it, the subject of negotiation between states. Case B is incident response, the core of cyber diplomacy: related, but narrower.',
      options: [
        {
          id: 'case-a',
          text: 'Case A: a technology and its owner are the subject, negotiated with a company and a state',
          correct: true,
          explanation: 'Right: this is technological collaboration across sectors and between countries.',
        },
        {
          id: 'case-b',
          text: 'Case B: any exchange between governments about computers and attacks is tech diplomacy in its purest form',
          explanation: 'Wrong: responding to an attack is cyber diplomacy. It overlaps with tech diplomacy but does not make a technology the subject of negotiation.',
        },
        {
          id: 'neither-digital',
          text: 'Neither: both are digital diplomacy because both involve data',
          explanation: 'Wrong: digital diplomacy is about using digital tools to conduct diplomacy, not about any case that involves data.',
        },
      ],
    },
    {
      id: 'colleague-silicon-valley',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt:
        'A colleague argues: "Denmark’s ambassador in Silicon Valley shows that tech diplomacy is really just talking to tech companies." Which response uses both articles best?',
      explanation:
        'Engaging companies is central (Chiang wants it "much more actively" than science diplomacy did), but Munro’s definition has a second half, "between countries", and Chiang’s topics, such as chips and 6G, are negotiated among states too.',
      options: [
        {
          id: 'half-right',
          text: 'Half right: firms matter, but Munro’s "between countries" and Chiang’s topics show it is also work among states',
          correct: true,
          explanation: 'Right: the claim keeps one half of Munro’s definition and drops the other.',
        },
        {
          id: 'fully-right',
          text: 'Agree: because the technology is private, states now matter less than firms in every part of tech diplomacy, as Chiang says',
          explanation: 'Wrong: Chiang asks for more engagement with companies, not for states to step back; Munro’s definition says "between countries", and she writes about the US with its allies and partners.',
        },
        {
          id: 'digital-instead',
          text: 'Disagree: talking to companies is digital diplomacy, not tech diplomacy',
          explanation: 'Wrong: digital diplomacy is about the tools of diplomacy, not about whom diplomats talk to.',
        },
        {
          id: 'cyber-instead',
          text: 'Disagree: the Danish ambassador deals only with cyber threats',
          explanation: 'Wrong: Denmark’s point was to talk to technology companies as seriously as to states, not to specialise in cyber threats.',
        },
      ],
    },
    {
      id: 'factory-deal',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt:
        'True or false: under the course’s working definition, a government that pays a foreign chipmaker to build a factory at home, and coordinates the deal with its allies, is practising tech diplomacy.',
      answer: true,
      explanation:
        'Chips are the subject, the factory is a tool for the country’s interests, and the deal is done with a company and with allies: every element of the working definition.',
      explanations: {
        true: 'Right: technology is both the subject and a tool, and the work is done with a company and between countries.',
        false: 'Wrong: this is neither digital nor cyber diplomacy; it fits every part of the course’s working definition of tech diplomacy.',
      },
    },
  ],
});
