import { defineQuiz } from '@site/src/quiz/define';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

// Two sections, so that every attempt asks three questions that recall or explain and three that
// apply, analyse or evaluate, whichever questions the draw picks.
export default defineQuiz({
  id: 'three-dimensions',
  title: 'The three dimensions of science diplomacy',
  draw: { basics: 3, cases: 3 },
  questions: [
    {
      id: 'who-defined',
      type: 'single',
      level: 'recall',
      section: 'basics',
      prompt: 'Where does the framework of three dimensions of science diplomacy come from?',
      explanation:
        'Two scientific societies, the UK’s Royal Society and the American Association for the Advancement of Science, set it out in their joint report New Frontiers in Science Diplomacy, published on 12 January 2010 after a meeting in June 2009.',
      source: { title: 'Royal Society and AAAS, New Frontiers in Science Diplomacy (2010)', url: 'https://royalsociety.org/' },
      options: [
        {
          id: 'rs-aaas',
          text: 'A 2010 report by two scientific societies, one British and one American',
          correct: true,
          explanation: 'Right: the Royal Society and the AAAS, in New Frontiers in Science Diplomacy.',
        },
        {
          id: 'state-dept',
          text: 'The US State Department, when it created its post of Science and Technology Adviser in 2000',
          explanation:
            'Wrong: this is a common misconception. The framework comes from two scientific societies, not from a government.',
        },
        {
          id: 'chiang',
          text: 'Mung Chiang’s article on the era of tech diplomacy',
          explanation: 'Wrong: Chiang writes about science diplomacy as a pillar since World War II, but he does not set out the three dimensions.',
        },
        {
          id: 'unesco',
          text: 'A resolution of UNESCO’s member states',
          explanation: 'Wrong: no UN body defined them; they come from the Royal Society–AAAS report.',
        },
      ],
    },
    {
      id: 'match-dimensions',
      type: 'matching',
      level: 'understand',
      section: 'basics',
      prompt: 'Match each dated example from the lesson to the dimension it illustrates best.',
      explanation:
        'The IPCC assesses climate research for governments (science in diplomacy); the ITER agreement made a shared research facility possible (diplomacy for science); the 1979 US–China agreement used research cooperation to build a new relationship (science for diplomacy).',
      pairs: [
        {
          id: 'ipcc',
          term: 'The IPCC is set up to assess climate research for governments (1988)',
          match: 'Science in diplomacy',
          explanation: 'Expert assessment informs foreign-policy objectives, such as climate negotiations.',
        },
        {
          id: 'iter',
          term: 'Seven parties sign the ITER fusion agreement in Paris (2006)',
          match: 'Diplomacy for science',
          explanation: 'A negotiated agreement makes an international research facility possible.',
        },
        {
          id: 'us-china',
          term: 'Carter and Deng sign a research-cooperation accord soon after normalisation (1979)',
          match: 'Science for diplomacy',
          explanation: 'Cooperation in research helps build a relationship after normalisation.',
        },
      ],
    },
    {
      id: 'apollo-soyuz-lenses',
      type: 'true-false',
      level: 'understand',
      section: 'basics',
      prompt: 'True or false: Apollo–Soyuz fits only one dimension, science for diplomacy; no other lens applies to it.',
      answer: false,
      explanation:
        'Apollo–Soyuz is the textbook case of science for diplomacy, but the joint mission first needed the Nixon–Kosygin agreement on space cooperation of 24 May 1972: seen through that lens, it is also diplomacy for science.',
      explanations: {
        true: 'Wrong: the dimensions are lenses, not boxes. The 1972 agreement that set up the mission is diplomacy for science.',
        false: 'Right: it is chiefly science for diplomacy, and the negotiated agreement behind it is diplomacy for science.',
      },
    },
    {
      id: 'diplomacy-for-science-examples',
      type: 'multiple',
      level: 'understand',
      section: 'basics',
      prompt: 'Which of these are best described as diplomacy for science? Select all that apply.',
      explanation:
        'Diplomacy for science is diplomatic action that makes research possible: the CERN Convention and the Antarctic Treaty both created the conditions for science. The State Department adviser and the IPCC bring scientific advice into policy, which is science in diplomacy.',
      options: [
        {
          id: 'cern',
          text: 'The CERN Convention, ratified by 12 European states (in force 1954)',
          correct: true,
          explanation: 'Right: a negotiated treaty created a shared laboratory.',
        },
        {
          id: 'antarctic',
          text: 'The Antarctic Treaty reserving a continent for peaceful use and scientific cooperation (1959)',
          correct: true,
          explanation: 'Right: diplomacy set aside Antarctica for research.',
        },
        {
          id: 'adviser',
          text: 'The State Department appointing its first Science and Technology Adviser (2000)',
          explanation: 'Wrong: that brings scientific advice into foreign policy, which is science in diplomacy.',
        },
        {
          id: 'ipcc-assessments',
          text: 'The IPCC assessing climate research for governments (from 1988)',
          explanation: 'Wrong: assessments that inform negotiators are science in diplomacy; the help flows from science to the diplomat.',
        },
      ],
    },
    {
      // Titles and dates come from the course timeline, so the question cannot drift from it.
      ...orderingFromTimeline({
        id: 'order-dimension-examples',
        prompt: 'Put these examples from the lesson in order, earliest first.',
        explanation:
          'Nixon and Kosygin signed the space agreement on 24 May 1972; Apollo and Soyuz docked on 17 July 1975; Carter and Deng signed the science and technology agreement on 31 January 1979; the ITER agreement was signed on 21 November 2006; New Frontiers in Science Diplomacy appeared on 12 January 2010.',
        eventIds: [
          'us-ussr-space-agreement',
          'apollo-soyuz',
          'us-china-st-agreement',
          'iter-agreement',
          'new-frontiers-in-science-diplomacy',
        ],
      }),
      level: 'recall',
      section: 'basics',
    },
    {
      id: 'where-it-strains',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'In the course’s comparison, where does the three-dimension framework fit tech diplomacy least well?',
      explanation:
        'The framework was built for cooperation among governments that controlled the science. Tech diplomacy also involves competition and denial (export controls, untrusted vendors) and technologies mostly owned by companies.',
      options: [
        {
          id: 'competition-private',
          text: 'It assumes cooperation and state control, while tech diplomacy also denies technology that firms own',
          correct: true,
          explanation: 'Right: deciding who may not receive a technology, and working with companies that own it, fall outside the older framework.',
        },
        {
          id: 'no-advice',
          text: 'Tech diplomacy needs no expert advice, because engineers rather than scientists build the technology',
          explanation: 'Wrong: Chiang calls for policymaking that benefits from essential engineering details, which fits the technology version of science in diplomacy.',
        },
        {
          id: 'no-partnerships',
          text: 'Technology partnerships never strengthen relations between countries',
          explanation: 'Wrong: the Quad’s Critical and Emerging Technology Working Group (2021) is an example of technology serving a relationship.',
        },
      ],
    },
    {
      id: 'classify-new-cases',
      type: 'matching',
      level: 'apply',
      section: 'cases',
      prompt: 'None of these cases is in the lesson. Match each to the dimension it illustrates best.',
      explanation:
        'Ask which way the help flows: from research to the negotiator (science in diplomacy), from diplomats to researchers (diplomacy for science), or from shared research to the relationship (science for diplomacy).',
      pairs: [
        {
          id: 'panel-briefing',
          term: 'A climate-research panel briefs negotiators before a treaty round',
          match: 'Science in diplomacy',
          explanation: 'Expert findings feed the negotiators’ positions.',
        },
        {
          id: 'detector-visas',
          term: 'Two governments negotiate visas so their physicists can share a detector',
          match: 'Diplomacy for science',
          explanation: 'A diplomatic agreement makes the research possible.',
        },
        {
          id: 'ocean-survey',
          term: 'Rival states launch a joint ocean survey to ease tension between them',
          match: 'Science for diplomacy',
          explanation: 'The shared project serves the relationship.',
        },
      ],
    },
    {
      id: 'tech-lens-scenario',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'Using the course’s technology versions of the three lenses: a government has chip engineers brief its negotiators before talks on export rules. Which lens fits?',
      explanation:
        'Engineering advice informing foreign policy is the technology version of science in diplomacy: the help flows from technical experts to the diplomats.',
      options: [
        {
          id: 'tech-in-diplomacy',
          text: 'Technology in diplomacy',
          correct: true,
          explanation: 'Right: engineering advice is informing a foreign-policy position.',
        },
        {
          id: 'diplomacy-for-tech',
          text: 'Diplomacy for technology: diplomats securing supply chains and markets',
          explanation: 'Wrong: that would be diplomats securing supply chains, standards or markets for the technology.',
        },
        {
          id: 'tech-for-diplomacy',
          text: 'Technology for diplomacy, since any technical briefing improves relations between the countries at the table',
          explanation: 'Wrong: the briefing serves one side’s negotiating position, not the relationship between the countries.',
        },
        {
          id: 'no-lens',
          text: 'None: the lenses apply only to science',
          explanation: 'Wrong: the course carries the lenses over to technology, while noting where they strain.',
        },
      ],
    },
    {
      id: 'framework-blindspot',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt:
        'An ally asks a partner to stop exporting a chipmaking tool to a rival. Which judgement about the three-dimension framework does this case support best?',
      explanation:
        'The core of the case is denial: keeping a technology from a third country. The framework was built for cooperation, so it can describe the allies’ closeness but not the heart of the case.',
      options: [
        {
          id: 'strains',
          text: 'It strains: the case is about denying technology, and the framework was built for cooperation',
          correct: true,
          explanation: 'Right: none of the three lenses is about keeping a technology from someone.',
        },
        {
          id: 'fits-relationship',
          text: 'It fits as technology for diplomacy, because the two allies grow closer by acting together against a rival',
          explanation:
            'Only in part: the relationship lens captures the allies’ bond, but it misses what the case is about, denying a technology to a third country.',
        },
        {
          id: 'fits-denial',
          text: 'It fits perfectly: denying technology is a kind of diplomacy for science',
          explanation: 'Wrong: diplomacy for science makes research possible; denial does the opposite.',
        },
      ],
    },
    {
      id: 'adviser-or-lab',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Case A: the US State Department creates a post of Science and Technology Adviser (2000). Case B: twelve European states ratify the CERN Convention (1954). Which dimension fits each case best?',
      explanation:
        'The adviser brings expert advice into foreign policy (science in diplomacy). The CERN Convention is a diplomatic act that makes shared research possible (diplomacy for science).',
      options: [
        {
          id: 'in-then-for-science',
          text: 'A brings expert advice into policy (science in diplomacy); B makes shared research possible (diplomacy for science)',
          correct: true,
          explanation: 'Right: in A the help flows from science to the diplomats; in B from the diplomats to science.',
        },
        {
          id: 'swapped',
          text: 'A makes research possible (diplomacy for science); B feeds advice into policy (science in diplomacy)',
          explanation: 'Wrong: the two are swapped. An adviser serves the diplomats; a convention that founds a laboratory serves the scientists.',
        },
        {
          id: 'both-relations',
          text: 'Both serve relations between countries (science for diplomacy)',
          explanation: 'Wrong: neither case is chiefly about repairing a relationship; ask which way the help flows.',
        },
      ],
    },
    {
      id: 'visa-deal',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt:
        'True or false: two governments that negotiate a visa scheme so their researchers can work at each other’s laboratories are practising science in diplomacy.',
      answer: false,
      explanation:
        'Negotiating access and visas so that research can happen is diplomacy for science: the help flows from the diplomats to the scientists.',
      explanations: {
        true: 'Wrong: science in diplomacy is advice flowing into foreign policy. A visa deal that enables research is diplomacy for science.',
        false: 'Right: the diplomats are serving the scientists, which is diplomacy for science.',
      },
    },
  ],
});
