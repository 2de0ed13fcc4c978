import { defineQuiz } from '@site/src/quiz/define';

// Two sections, so that every attempt asks three questions that recall or explain and three that
// apply, analyse or evaluate, whichever questions the draw picks.
export default defineQuiz({
  id: 'a-two-way-street',
  title: 'A two-way street',
  draw: { basics: 3, cases: 3 },
  questions: [
    {
      id: 'one-direction-only',
      type: 'true-false',
      level: 'understand',
      section: 'basics',
      prompt: 'True or false: Chiang argues that technology shapes diplomacy, but diplomacy has little influence on technology.',
      answer: false,
      explanation:
        'Chiang calls the interaction "bi-directional": technology defines diplomatic matters, and diplomacy influences how technology is developed and deployed.',
      explanations: {
        true: 'Wrong: Chiang insists the arrow points both ways. His own example is US diplomacy "redefining" the chip supply chain.',
        false: 'Right: for Chiang the influence runs in both directions, which is why he calls the interaction bi-directional.',
      },
    },
    {
      id: 'which-direction',
      type: 'matching',
      level: 'understand',
      section: 'basics',
      prompt: 'Match each item from the lesson to what it illustrates.',
      explanation:
        'The fall in the US share of chipmaking is an industrial fact that raises foreign-policy questions (technology shaping diplomacy). The October 2022 rule and the CHIPS and Science Act are policy shaping technology: one denies, the other builds. "Pacing threat" is the US strategy term Munro uses for the rival that sets the pace.',
      pairs: [
        {
          id: 'us-share',
          term: 'The US share of world chipmaking falls from about 40 % to about 10 % (White House, 2022)',
          match: 'An industrial fact that raises questions for diplomats',
          explanation: 'Technology shaping foreign policy: where chips are made raises questions of security and trust.',
        },
        {
          id: 'export-rule',
          term: 'The US rule of 7 October 2022 on advanced chips and chipmaking equipment for China',
          match: 'Policy that decides who may buy a technology',
          explanation: 'Foreign policy shaping technology by denying it.',
        },
        {
          id: 'factory-incentives',
          term: 'The CHIPS and Science Act’s incentives for new factories',
          match: 'Policy that builds manufacturing capacity at home',
          explanation: 'Foreign policy shaping technology by building it.',
        },
        {
          id: 'pacing',
          term: 'Pacing threat',
          match: 'The rival against whose progress allies measure their own',
          explanation: 'A US strategy term that Munro applies to adversaries, notably China.',
        },
      ],
    },
    {
      id: 'chips-foundation',
      type: 'multiple',
      level: 'recall',
      section: 'basics',
      prompt: 'In Chiang’s description of the chip, what does it underpin? Select all that apply.',
      explanation:
        'Chiang calls chips the foundation of the digital economy, national security and productivity in almost all industries. That breadth is why their supply chain matters to foreign policy.',
      options: [
        { id: 'digital-economy', text: 'The digital economy', correct: true, explanation: 'Right: this is the first item in Chiang’s list.' },
        { id: 'national-security', text: 'National security', correct: true, explanation: 'Right: chips are in weapons systems as well as in the networks a country depends on.' },
        {
          id: 'productivity',
          text: 'Productivity in almost all industries',
          correct: true,
          explanation: 'Right: Chiang stresses how widely chips are used across the economy.',
        },
        {
          id: 'space-race',
          text: 'The Cold War space race',
          explanation: 'Wrong: human spaceflight was a classic topic of science diplomacy, not part of Chiang’s description of chips.',
        },
        {
          id: 'treaty-verification',
          text: 'Verifying nuclear test bans',
          explanation: 'Wrong: nuclear questions such as test bans belong to the science-diplomacy era (Chiang lists nuclear proliferation among its topics), not to his account of what chips underpin.',
        },
      ],
    },
    {
      id: 'pacing-meaning',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'Munro writes of the "pacing threat" of adversaries, notably China. What does the term mean in US strategy?',
      explanation:
        '"Pacing threat" is a US strategy term for the competitor that sets the pace for planning: the rival against whose progress your own is measured. Munro uses the term without defining it.',
      options: [
        {
          id: 'benchmark-rival',
          text: 'The competitor whose progress sets the benchmark for your own planning',
          correct: true,
          explanation: 'Right: planners measure their own capabilities against this rival.',
        },
        {
          id: 'slow-threat',
          text: 'A danger that grows at a steady pace, such as a warming climate',
          explanation: 'Wrong: the term is about a competitor, not about how fast a danger grows.',
        },
        {
          id: 'overtaken-everything',
          text: 'An adversary that already leads in every critical technology',
          explanation: 'Wrong: the term says nothing about who is ahead; Munro’s "stay ahead of or keep up with" allows for both.',
        },
      ],
    },
    {
      id: 'two-opportunities',
      type: 'multiple',
      level: 'recall',
      section: 'basics',
      prompt: 'Besides helping allies keep pace, which opportunities does Munro say tech diplomacy offers? Select all that apply.',
      explanation:
        'Munro writes that tech diplomacy "also offers opportunities for commercialization and the establishment of the rules and norms that govern uses".',
      options: [
        {
          id: 'commercialisation',
          text: 'Commercialisation: turning research into products that reach markets',
          correct: true,
          explanation: 'Right: this is the first of the two opportunities she names.',
        },
        {
          id: 'rules-norms',
          text: 'Setting the rules and norms that govern how technology is used',
          correct: true,
          explanation: 'Right: early participants help write the rules that others then work within.',
        },
        {
          id: 'firms-negotiate',
          text: 'Letting companies negotiate with other states in place of governments',
          explanation: 'Wrong: Munro describes collaboration across sectors, not companies replacing governments at the table.',
        },
        {
          id: 'lead-everywhere',
          text: 'A guarantee that every ally leads in every technology',
          explanation: 'Wrong: her phrase "stay ahead of or keep up with" allows that allies will not lead everywhere.',
        },
      ],
    },
    {
      id: 'source-redefining',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Read this sentence: "Conversely, America’s diplomatic effort has been redefining the supply chain." Who wrote it, and which development would count as evidence for it?',
      explanation:
        'The sentence is Chiang’s, and it describes the second direction of his two-way street: diplomacy reshaping the chip industry. Allies bringing in controls on chipmaking tools, coordinated with the United States, is policy changing who can make and buy advanced chips.',
      options: [
        {
          id: 'chiang-allied-controls',
          text: 'Chiang; Japan and the Netherlands bringing in controls on chipmaking tools, coordinated with the US',
          correct: true,
          explanation: 'Right: controls coordinated between the United States and its allies are a diplomatic effort that changes the shape of the supply chain.',
        },
        {
          id: 'munro-5g',
          text: 'Munro; Australia’s decision to keep some vendors out of its 5G networks, the "first mover" case she praises',
          explanation: 'Wrong: Munro did write about Australia and 5G, but this sentence is Chiang’s, and it is about the chip supply chain.',
        },
        {
          id: 'chiang-foundation',
          text: 'Chiang; chips becoming the foundation of almost all industries',
          explanation:
            'Wrong: the author is right, but chips spreading through industry is technology shaping policy, the opposite direction to the one the sentence describes.',
        },
      ],
    },
    {
      id: 'storm-scenario',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A storm shuts a region’s chip plants for months, and ministers start asking which partners could supply chips instead. Which direction of Chiang’s two-way street does this show?',
      explanation:
        'An event in the industry has turned into a question for foreign policy: which partners can be trusted to supply. That is technology shaping diplomacy, and the idea behind the ministers’ question is supply-chain resilience.',
      options: [
        {
          id: 'tech-shapes-policy',
          text: 'Technology shaping foreign policy: an industrial fact has become a diplomatic question',
          correct: true,
          explanation: 'Right: nothing has been denied or built yet; the industry’s problem is driving the diplomacy.',
        },
        {
          id: 'policy-shapes-tech',
          text: 'Foreign policy shaping technology: the governments are redefining the supply chain by denying chips to rivals',
          explanation: 'Wrong: no government has acted on the industry yet. If the ministers later fund new plants with partners, that step would be policy shaping technology.',
        },
        {
          id: 'domestic-only',
          text: 'Neither: a natural disaster is a matter for the companies alone',
          explanation: 'Wrong: when a technology is as widely needed as chips, a shortage becomes a foreign-policy concern.',
        },
      ],
    },
    {
      id: 'ally-alignment',
      type: 'single',
      level: 'evaluate',
      section: 'cases',
      prompt:
        'The United States asks an allied government to align its export controls on chipmaking tools with US rules. The ally’s own firms sell such tools to the rival. Under Munro’s framing, which consideration weighs most in favour of aligning?',
      explanation:
        'Munro frames tech diplomacy as a tool for allies and partners together to keep up with the pacing threat. In the course’s reading, no single country makes every part of the chain, so controls by one country alone leak. The cost to the ally’s firms is real and has to be weighed too.',
      options: [
        {
          id: 'collective',
          text: 'Keeping pace is a collective effort: controls work only if allies who make parts of the chain act together',
          correct: true,
          explanation: 'Right: this is the alliance-level reasoning the lesson draws from Munro; it weighs most, though the cost to firms still has to be counted.',
        },
        {
          id: 'no-cost',
          text: 'Aligning costs the ally’s firms nothing, because sales to the rival are small and easy to replace with new customers elsewhere',
          explanation: 'Wrong: the case says the firms do sell to the rival, so there is a cost. Munro also values commercialisation; pretending the cost away is not an argument.',
        },
        {
          id: 'tariffs',
          text: 'Aligning lets the ally impose tariffs on US electronics, as the US did to Japan in 1987',
          explanation: 'Wrong: the 1987 tariffs were a US sanction on Japan for alleged breaches of a chip agreement, not a benefit of aligning controls.',
        },
        {
          id: 'firms-decide',
          text: 'The decision belongs to the ally’s firms alone',
          explanation: 'Wrong: export controls are government licensing rules; firms are consulted, but governments decide.',
        },
      ],
    },
    {
      id: 'rules-latecomer',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt:
        'True or false: by the lesson’s reasoning, a country that waits until the rules for a new technology are settled, and then signs up, gains as much say over those rules as one that helped write them.',
      answer: false,
      explanation:
        'The lesson argues that countries that take part early help write the rules everyone else then works within, as with the OECD AI Principles of 22 May 2019. A latecomer accepts rules it did not shape.',
      explanations: {
        true: 'Wrong: the early participants draw the map; a latecomer works within rules that others wrote.',
        false: 'Right: joining late means working within rules shaped by others; helping to set them is the opportunity Munro names.',
      },
    },
    {
      id: 'keep-up-reading',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'Munro says tech diplomacy helps US allies and partners "stay ahead of or keep up with" the pacing threat. Which reading stays within what the text supports?',
      explanation:
        'The phrase covers two situations, leading and keeping pace, and names no technology for either. Reading it as an admission that the allies have fallen behind goes beyond the text.',
      options: [
        {
          id: 'two-speeds',
          text: 'It allows for fields where allies lead and fields where they must keep pace, without saying which',
          correct: true,
          explanation: 'Right: this is as far as the words go; Munro does not say which technologies are which.',
        },
        {
          id: 'admission',
          text: 'It is Munro’s admission that the United States and its allies have already fallen behind China in most critical technologies',
          explanation: 'Wrong: the text makes no such admission; it allows for both leading and catching up and names no field.',
        },
        {
          id: 'us-alone',
          text: 'It means only the United States must stay ahead, while its allies need only keep up',
          explanation: 'Wrong: Munro applies the phrase to US allies and partners, Australia included, not to a division of labour between them.',
        },
      ],
    },
  ],
});
