import { defineQuiz } from '@site/src/quiz/define';
import { orderingFromTimeline } from '@site/src/timeline/orderingQuestion';

// Two sections, so that every attempt asks three questions that recall or explain and three that
// apply, analyse or evaluate, whichever questions the draw picks.
export default defineQuiz({
  id: 'actors-and-silos',
  title: 'Actors and silos',
  draw: { basics: 3, cases: 3 },
  questions: [
    {
      id: 'three-domains',
      type: 'multiple',
      level: 'recall',
      section: 'basics',
      prompt: 'Munro names three "traditionally siloed domains" whose expertise tech diplomacy brings together. Which are they? Select all that apply.',
      explanation:
        'Munro’s definition brings together expertise from "the three traditionally siloed domains of technology, business and foreign policy". Civil society and standards bodies are actors in tech diplomacy, but not among her three domains.',
      options: [
        { id: 'technology', text: 'Technology', correct: true, explanation: 'Right: the domain of research and development.' },
        { id: 'business', text: 'Business', correct: true, explanation: 'Right: the domain of commercialisation and deployment.' },
        { id: 'foreign-policy', text: 'Foreign policy', correct: true, explanation: 'Right: the domain of security goals and international regulation.' },
        {
          id: 'civil-society',
          text: 'Civil society',
          explanation: 'Wrong: civil-society groups are actors, speaking for rights, but Munro does not name them as one of her three domains.',
        },
        {
          id: 'standards-bodies',
          text: 'Standards bodies',
          explanation: 'Wrong: bodies such as 3GPP are important actors, but they are not one of Munro’s three domains.',
        },
      ],
    },
    {
      id: 'match-actors',
      type: 'matching',
      level: 'recall',
      section: 'basics',
      prompt: 'Match each actor to what the lesson says about it.',
      explanation:
        '3GPP writes global mobile specifications; the Special Envoy office (2023) is new State Department machinery; the Center for Tech Diplomacy at Purdue (2021) is a university-based institution; ASML is a company whose unique product makes it a subject of diplomacy.',
      pairs: [
        {
          id: '3gpp',
          term: '3GPP',
          match: 'Writes the global specifications for mobile networks',
          explanation: 'An industry partnership of standards bodies; the first 5G specifications came in its Release 15.',
        },
        {
          id: 'special-envoy',
          term: 'Office of the Special Envoy for Critical and Emerging Technology',
          match: 'A State Department unit that began work on 3 January 2023',
          explanation: 'An example of a foreign ministry building new capacity for technology.',
        },
        {
          id: 'purdue',
          term: 'Center for Tech Diplomacy at Purdue',
          match: 'A university-based institution launched in July 2021 and renamed that September',
          explanation: 'Researchers and universities are actors too; Chiang was its founding director.',
        },
        {
          id: 'asml',
          term: 'ASML',
          match: 'The only maker of EUV lithography machines',
          explanation: 'A company whose unique position makes it both a subject of and a participant in tech diplomacy.',
        },
      ],
    },
    {
      // Titles and dates come from the course timeline, so the question cannot drift from it.
      ...orderingFromTimeline({
        id: 'order-institutions',
        prompt: 'Put these moments when governments and universities built homes for science and technology in diplomacy in order, earliest first.',
        explanation:
          'The National Research Council report came in October 1999; Denmark announced its tech ambassador on 27 January 2017; the Center for Tech Diplomacy opened at Purdue on 7 July 2021; Nate Fick was confirmed as the first US Ambassador-at-Large for Cyberspace and Digital Policy in September 2022.',
        eventIds: [
          'nrc-pervasive-role-report',
          'denmark-tech-ambassador',
          'purdue-center-for-tech-diplomacy',
          'first-cyberspace-ambassador',
        ],
      }),
      level: 'recall',
      section: 'basics',
    },
    {
      id: 'what-joining-links',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt: 'According to Munro, what does collaboration across the three domains make sure of?',
      explanation:
        'Munro writes that it ensures the expertise behind R&D interacts with the expertise behind commercialisation and deployment and with the expertise behind security goals and international regulation, so that economic gains are realised and development is guided by trust.',
      options: [
        {
          id: 'links-expertise',
          text: 'That R&D expertise meets commercialisation expertise and security and regulatory expertise',
          correct: true,
          explanation: 'Right: this three-way link is the heart of Munro’s model.',
        },
        {
          id: 'government-runs',
          text: 'That governments take over the research laboratories and the companies that sell what those laboratories invent',
          explanation: 'Wrong: Munro describes collaboration among domains, not a state takeover of them.',
        },
        {
          id: 'business-decides',
          text: 'That business alone decides which technologies are safe',
          explanation: 'Wrong: security goals and international regulation remain the foreign-policy domain’s contribution.',
        },
        {
          id: 'faster-only',
          text: 'Only that products reach the market faster',
          explanation: 'Wrong: speed is not her point. She names two results: economic advantages realised and development guided by principles of trust.',
        },
      ],
    },
    {
      id: 'multistakeholder-governments-only',
      type: 'true-false',
      level: 'understand',
      section: 'basics',
      prompt: 'True or false: "multistakeholder" governance means governments negotiating only with other governments.',
      answer: false,
      explanation:
        'Multistakeholder governance involves governments, companies, civil society and the technical and academic communities together, as in internet governance.',
      explanations: {
        true: 'Wrong: talks among governments alone are classic intergovernmental diplomacy. Multistakeholder governance brings in companies, civil society and technical and academic communities too.',
        false: 'Right: the whole point of the term is that non-government stakeholders take part alongside governments.',
      },
    },
    {
      id: 'why-silos-cost',
      type: 'single',
      level: 'understand',
      section: 'basics',
      prompt:
        'Congress first provided $1.9 billion to remove Huawei and ZTE equipment from small US carriers, but the FCC later put the full cost at $4.98 billion. What does the lesson take this example to show?',
      explanation:
        'A decision taken for security reasons carried a large business and deployment cost: a $3.08 billion shortfall on top of the first $1.9 billion. In the course’s reading, the security case and its cost belong in the same discussion, as Munro’s model asks.',
      source: { title: 'Congressional Research Service, Insight IN11663', url: 'https://crsreports.congress.gov/' },
      options: [
        {
          id: 'join-early',
          text: 'Security decisions about networks carry business costs, so the domains must be weighed together',
          correct: true,
          explanation: 'Right: the gap between the first sum and the full cost shows how closely the security and business sides of a network decision are linked.',
        },
        {
          id: 'ignore-security',
          text: 'Governments should leave security out of network decisions and let the cheapest equipment win, whatever its origin',
          explanation: 'Wrong: Munro wants security expertise joined with the others, not removed.',
        },
        {
          id: 'tech-only',
          text: 'Only engineers should make decisions about networks',
          explanation: 'Wrong: that would be a silo of its own. Munro’s point is that all three domains must work together.',
        },
      ],
    },
    {
      id: 'briefing-note-check',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'A briefing note reads: "Munro defines tech diplomacy in three parts: advancing national interests, securing high tech and countering the weaponisation of technology." Compare it with her sentence. What is wrong with the note?',
      explanation:
        'Munro’s definition is "bringing together expertise from the three traditionally siloed domains of technology, business and foreign policy to advance national interests", and it ends there. She then says it "is a tool the US and its partners can use to secure high tech and to counter the weaponization and abuse of technology by malign actors": those are uses, not parts of the definition. The note also drops the three domains, the heart of the definition.',
      options: [
        {
          id: 'ends-at-interests',
          text: 'Her definition joins three domains and ends at "to advance national interests"; the other two are uses of the tool',
          correct: true,
          explanation: 'Right: the note turns two uses into parts of the definition and leaves out the domains altogether.',
        },
        {
          id: 'nothing-wrong',
          text: 'Nothing is wrong: those are exactly the three parts of her definition, and the domains are a separate idea of Chiang’s',
          explanation: 'Wrong: the three domains are Munro’s, and they are the definition; securing high tech and countering weaponisation are what the tool can be used for.',
        },
        {
          id: 'wrong-author',
          text: 'The definition is Chiang’s, not Munro’s',
          explanation: 'Wrong: the sentence is Munro’s. Chiang gives no definition built on domains.',
        },
        {
          id: 'wrong-order',
          text: 'Only the order is wrong: she lists securing high tech first',
          explanation: 'Wrong: the problem is not the order but what counts as the definition.',
        },
      ],
    },
    {
      id: 'university-partnership',
      type: 'single',
      level: 'apply',
      section: 'cases',
      prompt:
        'A university is offered a large research partnership by a foreign chip company whose home government can, under its laws, direct the firm. Following Munro’s model, what should happen before anyone signs?',
      explanation:
        'Munro’s model asks that R&D expertise, commercialisation expertise and security and regulatory expertise meet. Here that means the researchers, the people who handle the deal’s business side and the government’s security advisers weigh the offer together.',
      options: [
        {
          id: 'bring-domains',
          text: 'Researchers, the university’s business office and government security advisers weigh the offer together',
          correct: true,
          explanation: 'Right: each domain sees a different part of the risk and the benefit; the model asks that they meet before the decision.',
        },
        {
          id: 'sign-fast',
          text: 'The scientists decide alone, since research is a matter for researchers',
          explanation: 'Wrong: that keeps the decision inside one silo, the very thing Munro’s model is meant to overcome.',
        },
        {
          id: 'refuse-all',
          text: 'The university refuses every partnership with any foreign company from now on, because business and security can never be reconciled',
          explanation: 'Wrong: Munro’s model is about joining the domains so that economic gains and trust are both achieved, not about closing the door on every partner.',
        },
        {
          id: 'press-office',
          text: 'The foreign ministry’s press office publicises the deal abroad',
          explanation: 'Wrong: publicity is digital diplomacy and comes after a decision; it does not bring the right expertise into making it.',
        },
      ],
    },
    {
      id: 'which-domain-missing',
      type: 'single',
      level: 'analyse',
      section: 'cases',
      prompt:
        'A government bars a foreign vendor from its networks on security advice alone. A year later operators report that replacing the equipment will cost twice the estimate and that no approved supplier can deliver for two years. In Munro’s terms, whose expertise was missing?',
      explanation:
        'The surprises are about cost and delivery, the business domain’s expertise in commercialisation and deployment. The security case may still have been right; it was weighed without the domain that knew what carrying it out would take.',
      options: [
        {
          id: 'business-deployment',
          text: 'The business domain’s: commercialisation and deployment',
          correct: true,
          explanation: 'Right: operators and suppliers know what replacement costs and how long it takes.',
        },
        {
          id: 'rnd',
          text: 'The technology domain’s: engineers should have invented a new radio',
          explanation: 'Wrong: the problem was the cost and timing of buying existing equipment, not a missing invention.',
        },
        {
          id: 'more-security',
          text: 'The foreign-policy domain’s: the security advice should have been stricter',
          explanation: 'Wrong: the security advice was followed; what was missing was knowledge of what carrying it out would cost.',
        },
        {
          id: 'no-domain',
          text: 'None: a security decision should never weigh cost or delivery, because that would let companies overrule national-security advice',
          explanation: 'Wrong: weighing cost is not letting companies overrule security; Munro’s model joins the domains rather than ranking one above the others.',
        },
      ],
    },
    {
      id: 'actor-for-task',
      type: 'matching',
      level: 'apply',
      section: 'cases',
      prompt: 'A foreign ministry has four tasks. Match each task to the actor best placed to help.',
      explanation:
        'Each actor brings something others cannot: standards bodies shape what a technology can do, engineers and researchers know what is technically possible, civil society speaks for rights, and a company with a unique product controls a chokepoint.',
      pairs: [
        {
          id: 'next-standard',
          term: 'Shape what the next generation of mobile networks will be able to do',
          match: 'A standards body such as 3GPP',
          explanation: 'Whoever helps write a standard helps decide what the technology can do.',
        },
        {
          id: 'rival-progress',
          term: 'Judge how soon a rival could make leading-edge chips',
          match: 'Engineers and researchers, for example in a Track 2 dialogue',
          explanation: 'Scientists and engineers know what a technology can and cannot do.',
        },
        {
          id: 'rights-impact',
          term: 'Hear how a surveillance export might affect people abroad',
          match: 'Civil-society groups',
          explanation: 'Civil society speaks for the rights side, which Munro lists among 5G’s stakes.',
        },
        {
          id: 'finest-features',
          term: 'Secure access to the only machines that print the finest chip features',
          match: 'ASML, the Dutch lithography firm',
          explanation: 'ASML is the only maker of EUV machines, so no policy on them works without it.',
        },
      ],
    },
    {
      id: 'engineer-in-ministry',
      type: 'true-false',
      level: 'apply',
      section: 'cases',
      prompt:
        'True or false: in Munro’s terms, a chip engineer seconded to a foreign ministry to help draft export rules brings R&D expertise into contact with security and regulatory expertise.',
      answer: true,
      explanation:
        'Munro’s model asks that "the expertise that drives the R&D" interact with "the expertise that drives security goals and international regulation". A secondment of this kind is one way to make that happen.',
      explanations: {
        true: 'Right: the engineer carries the technology domain’s knowledge into the foreign-policy domain’s rule-making.',
        false: 'Wrong: this is exactly the link between R&D expertise and security and regulatory expertise that Munro describes.',
      },
    },
  ],
});
