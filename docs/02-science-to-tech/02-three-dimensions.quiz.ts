import { defineQuiz } from '@site/src/quiz/define';

export default defineQuiz({
  id: 'three-dimensions',
  title: 'The three dimensions of science diplomacy',
  questions: [
    {
      id: 'who-defined',
      type: 'single',
      prompt: 'Who defined the three dimensions of science diplomacy?',
      hint: 'Two scientific societies, one British and one American.',
      explanation:
        'The Royal Society and the AAAS defined them in their joint report New Frontiers in Science Diplomacy, published on 12 January 2010 after a meeting in June 2009.',
      source: { title: 'Royal Society and AAAS, New Frontiers in Science Diplomacy (2010)', url: 'https://royalsociety.org/' },
      options: [
        {
          id: 'rs-aaas',
          text: 'The Royal Society and the AAAS, in a joint report of January 2010',
          correct: true,
          explanation: 'Right: New Frontiers in Science Diplomacy set out science in diplomacy, diplomacy for science and science for diplomacy.',
        },
        {
          id: 'state-dept',
          text: 'The US State Department',
          explanation:
            'Wrong: this is a common misconception. The framework comes from two scientific societies, the Royal Society and the AAAS, not from a government.',
        },
        {
          id: 'chiang',
          text: 'Mung Chiang, in "The Era Of \'Tech Diplomacy\' Is Here"',
          explanation: 'Wrong: Chiang writes about science diplomacy as a pillar since World War II, but he does not set out the three dimensions.',
        },
        {
          id: 'un',
          text: 'The UN General Assembly',
          explanation: 'Wrong: no UN body defined them; they come from the Royal Society–AAAS report.',
        },
      ],
    },
    {
      id: 'match-dimensions',
      type: 'matching',
      prompt: 'Match each dated example to the dimension it illustrates best.',
      explanation:
        'The IPCC assesses climate science for governments (science in diplomacy); the ITER agreement made a shared research facility possible (diplomacy for science); the 1979 US–China agreement used science cooperation to build a new relationship (science for diplomacy).',
      pairs: [
        {
          id: 'ipcc',
          term: 'The IPCC is set up to assess climate science for governments (1988)',
          match: 'Science in diplomacy',
          explanation: 'Scientific advice informs foreign-policy objectives, such as climate negotiations.',
        },
        {
          id: 'iter',
          term: 'Seven parties sign the ITER fusion agreement in Paris (2006)',
          match: 'Diplomacy for science',
          explanation: 'A negotiated agreement makes an international research facility possible.',
        },
        {
          id: 'us-china',
          term: 'Carter and Deng sign the US–China science and technology agreement (1979)',
          match: 'Science for diplomacy',
          explanation: 'Scientific cooperation helps build a relationship after normalisation.',
        },
      ],
    },
    {
      id: 'apollo-soyuz-dimension',
      type: 'true-false',
      prompt: 'True or false: the Apollo–Soyuz docking of July 1975 is a classic example of science for diplomacy.',
      answer: true,
      explanation:
        'The first crewed US–Soviet mission used cooperation in space to improve relations between Cold War rivals: science serving the relationship itself.',
      explanations: {
        true: 'Right: cooperation in space was used to build relations between rivals, which is what science for diplomacy means.',
        false: 'Wrong: the mission’s diplomatic value lay in rivals cooperating, the definition of science for diplomacy.',
      },
    },
    {
      id: 'diplomacy-for-science-examples',
      type: 'multiple',
      prompt: 'Which of these are examples of diplomacy for science? Select all that apply.',
      explanation:
        'Diplomacy for science is diplomatic action that makes research possible: the CERN Convention and the Antarctic Treaty both created the conditions for science. The State Department adviser is science in diplomacy; Apollo–Soyuz is science for diplomacy.',
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
          id: 'apollo-soyuz',
          text: 'The Apollo–Soyuz docking (1975)',
          explanation: 'Wrong: its main diplomatic role was to build relations between rivals, which is science for diplomacy.',
        },
      ],
    },
    {
      id: 'report-year',
      type: 'short-answer',
      prompt: 'In which year did the Royal Society and the AAAS publish New Frontiers in Science Diplomacy?',
      explanation: 'It was published on 12 January 2010, following a meeting in June 2009.',
      number: { value: 2010 },
    },
    {
      id: 'order-institutions',
      type: 'ordering',
      prompt: 'Put these milestones in the naming of science diplomacy in order, earliest first.',
      explanation:
        'The National Research Council report came in 1999; the first State Department S&T Adviser was appointed in 2000; the AAAS announced its Center for Science Diplomacy in July 2008; New Frontiers in Science Diplomacy was published in January 2010.',
      items: [
        {
          id: 'nrc',
          text: 'A National Research Council report urges the State Department to appoint a senior S&T adviser',
          explanation: '1999.',
        },
        { id: 'adviser', text: 'The first Science and Technology Adviser to the Secretary of State is appointed', explanation: '2000.' },
        { id: 'aaas-center', text: 'The AAAS announces its Center for Science Diplomacy', explanation: 'July 2008.' },
        { id: 'new-frontiers', text: 'New Frontiers in Science Diplomacy is published', explanation: '12 January 2010.' },
      ],
    },
    {
      id: 'where-it-strains',
      type: 'single',
      prompt: 'Where does the three-dimension framework fit tech diplomacy least well?',
      explanation:
        'The framework was built for cooperation among governments that controlled the science. Tech diplomacy also involves competition and denial (export controls, untrusted vendors) and technologies mostly owned by companies.',
      options: [
        {
          id: 'competition-private',
          text: 'It assumes cooperation and government control, while tech diplomacy also involves denial and privately owned technology',
          correct: true,
          explanation: 'Right: deciding who may not receive a technology, and working with companies that own it, fall outside the older framework.',
        },
        {
          id: 'no-advice',
          text: 'Tech diplomacy needs no expert advice',
          explanation: 'Wrong: Chiang calls for policymaking that benefits from essential engineering details, which is the technology version of science in diplomacy.',
        },
        {
          id: 'no-partnerships',
          text: 'Technology partnerships never strengthen relations between countries',
          explanation: 'Wrong: the Quad’s Critical and Emerging Technology Working Group (2021) is an example of technology serving a relationship.',
        },
      ],
    },
  ],
});
