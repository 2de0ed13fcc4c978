/**
 * The course timeline: one typed list of dated events, from the post-war science agreements to
 * chip export controls and 5G vendor decisions. Lessons show a selection with
 * `<Timeline category="semiconductors" />`; the course timeline page shows them all.
 *
 * Dates follow the fact sheet (../shared/facts.md §2) and are no more precise than it is:
 * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Where it gives two dates, `date` holds the main one and the
 * summary names the other. Ids are stable anchors (`/timeline#cern-founded`) and quiz keys:
 * never rename one once shipped. The build validates this file (src/timeline/validate.ts).
 *
 * Sources name the official site the fact sheet cites; where we are not certain of a deep link
 * we give the site's root rather than guess a path.
 */
import type { TimelineEvent, TimelineSource } from '@site/src/timeline/schema';

const L = {
  whatIs: 'foundations/what-is-tech-diplomacy',
  twoWay: 'foundations/a-two-way-street',
  actors: 'foundations/actors-and-silos',
  sinceWar: 'science-to-tech/science-diplomacy-since-1945',
  threeDims: 'science-to-tech/three-dimensions',
  privateFast: 'science-to-tech/when-technology-is-private-and-fast',
  howChips: 'semiconductors/how-chips-are-made',
  chipsPolicy: 'semiconductors/chips-and-foreign-policy',
  exportControls: 'semiconductors/export-controls-and-industrial-policy',
  what5g: '5g-trusted-networks/what-5g-is',
  vendors: '5g-trusted-networks/trusted-and-high-risk-vendors',
  australia: '5g-trusted-networks/australia-first-mover',
  standards: '5g-trusted-networks/standards-open-ran-and-6g',
  freedom: 'technology-and-values/freedom-or-digital-authoritarianism',
  rules: 'technology-and-values/rules-norms-and-rights',
  frontiers: 'technology-and-values/weaponisation-and-new-frontiers',
  privateSector: 'building-capacity/engaging-the-private-sector',
  talent: 'building-capacity/talent-pipeline',
  allies: 'building-capacity/allies-and-partners',
  whatNext: 'building-capacity/what-next',
} as const;

/** Official sites named in the fact sheet's "Source" column (roots unless certain). */
const S = {
  historian: { title: 'US Department of State, Office of the Historian', url: 'https://history.state.gov/' },
  chm: { title: 'Computer History Museum', url: 'https://www.computerhistory.org/' },
  iaea: { title: 'International Atomic Energy Agency (IAEA)', url: 'https://www.iaea.org/' },
  cern: { title: 'CERN', url: 'https://home.cern/' },
  isc: { title: 'International Science Council (successor of ICSU)', url: 'https://council.science/' },
  nas: { title: 'US National Academy of Sciences', url: 'https://www.nasonline.org/' },
  nasa: { title: 'NASA', url: 'https://www.nasa.gov/' },
  ti: { title: 'Texas Instruments', url: 'https://www.ti.com/' },
  ats: { title: 'Secretariat of the Antarctic Treaty', url: 'https://www.ats.aq/' },
  state2009: { title: 'US Department of State archive (2009–2017)', url: 'https://2009-2017.state.gov/' },
  state2017: { title: 'US Department of State archive (2017–2021)', url: 'https://2017-2021.state.gov/' },
  state: { title: 'US Department of State', url: 'https://www.state.gov/' },
  unoosa: { title: 'UN Office for Outer Space Affairs (UNOOSA)', url: 'https://www.unoosa.org/' },
  unoda: { title: 'UN Office for Disarmament Affairs (UNODA)', url: 'https://disarmament.unoda.org/' },
  intel: { title: 'Intel', url: 'https://www.intel.com/' },
  reagan: { title: 'Ronald Reagan Presidential Library', url: 'https://www.reaganlibrary.gov/' },
  ustr: { title: 'Office of the US Trade Representative', url: 'https://ustr.gov/' },
  tsmc: { title: 'TSMC', url: 'https://www.tsmc.com/' },
  ozone: { title: 'UNEP Ozone Secretariat', url: 'https://ozone.unep.org/' },
  ipcc: { title: 'Intergovernmental Panel on Climate Change (IPCC)', url: 'https://www.ipcc.ch/' },
  aip: { title: 'American Institute of Physics', url: 'https://www.aip.org/' },
  doe: { title: 'US Department of Energy', url: 'https://www.energy.gov/' },
  wassenaar: { title: 'The Wassenaar Arrangement', url: 'https://www.wassenaar.org/' },
  nap: { title: 'National Academies Press', url: 'https://nap.nationalacademies.org/' },
  sciDip: { title: 'Science & Diplomacy (AAAS)', url: 'https://www.sciencediplomacy.org/' },
  iter: { title: 'ITER', url: 'https://www.iter.org/' },
  aaas: { title: 'American Association for the Advancement of Science (AAAS)', url: 'https://www.aaas.org/' },
  royalSociety: { title: 'The Royal Society', url: 'https://royalsociety.org/' },
  hpsci: { title: 'US House Permanent Select Committee on Intelligence', url: 'https://intelligence.house.gov/' },
  unfccc: { title: 'UN Framework Convention on Climate Change (UNFCCC)', url: 'https://unfccc.int/' },
  denmark: { title: 'Ministry of Foreign Affairs of Denmark', url: 'https://um.dk/' },
  sesame: { title: 'SESAME', url: 'https://www.sesame.org.jo/' },
  threeGpp: { title: '3GPP', url: 'https://www.3gpp.org/' },
  oran: { title: 'O-RAN Alliance', url: 'https://www.o-ran.org/' },
  congress: { title: 'Congress.gov', url: 'https://www.congress.gov/' },
  govinfo: { title: 'GovInfo (US Government Publishing Office)', url: 'https://www.govinfo.gov/' },
  parlInfo: { title: 'ParlInfo, Parliament of Australia (ministerial media releases)', url: 'https://parlinfo.aph.gov.au/' },
  gsma: { title: 'GSMA', url: 'https://www.gsma.com/' },
  vlada: { title: 'Government of the Czech Republic', url: 'https://www.vlada.cz/' },
  trumpWh: { title: 'The White House archive (2017–2021)', url: 'https://trumpwhitehouse.archives.gov/' },
  bidenWh: { title: 'The White House archive (2021–2025)', url: 'https://bidenwhitehouse.archives.gov/' },
  fedReg: { title: 'Federal Register', url: 'https://www.federalregister.gov/' },
  bis: { title: 'US Bureau of Industry and Security (BIS)', url: 'https://www.bis.gov/' },
  oecdAi: { title: 'OECD.AI Policy Observatory', url: 'https://oecd.ai/' },
  meti: { title: 'Japan Ministry of Economy, Trade and Industry (METI)', url: 'https://www.meti.go.jp/english/' },
  govUk: { title: 'GOV.UK', url: 'https://www.gov.uk/' },
  commission: { title: 'European Commission', url: 'https://commission.europa.eu/' },
  crs: { title: 'Congressional Research Service', url: 'https://crsreports.congress.gov/' },
  prNewswire: { title: 'PR Newswire', url: 'https://www.prnewswire.com/' },
  purdue: { title: 'Purdue University', url: 'https://www.purdue.edu/' },
  krach: { title: 'Krach Institute for Tech Diplomacy at Purdue', url: 'https://techdiplomacy.org/' },
  unesco: { title: 'UNESCO', url: 'https://www.unesco.org/' },
  fcc: { title: 'US Federal Communications Commission (FCC)', url: 'https://www.fcc.gov/' },
  japanTimes: { title: 'The Japan Times', url: 'https://www.japantimes.co.jp/' },
  dutchGov: { title: 'Government of the Netherlands', url: 'https://www.government.nl/' },
  unPress: { title: 'UN Meetings Coverage and Press Releases', url: 'https://press.un.org/' },
  aiAct: {
    title: 'EUR-Lex: Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  },
} as const satisfies Record<string, TimelineSource>;

export const timelineEvents = [
  {
    id: 'baruch-plan',
    date: '1946-06-14',
    title: 'The Baruch Plan for international control of atomic energy',
    summary:
      'The United States puts to the UN Atomic Energy Commission a plan to place atomic energy under international control. It is never adopted, but it frames the first nuclear diplomacy of the post-war era.',
    category: 'nuclear',
    lessons: [L.sinceWar],
    sources: [S.historian],
  },
  {
    id: 'transistor-invented',
    date: '1947-12',
    title: 'The transistor is demonstrated at Bell Labs',
    summary:
      'John Bardeen, Walter Brattain and William Shockley show a working point-contact transistor, the device on which every later chip is built.',
    category: 'semiconductors',
    lessons: [L.howChips],
    sources: [S.chm],
  },
  {
    id: 'atoms-for-peace',
    date: '1953-12-08',
    title: 'Eisenhower’s “Atoms for Peace” speech',
    summary:
      'Speaking at the UN General Assembly, President Eisenhower proposes an international agency to promote peaceful uses of atomic energy: the idea that became the IAEA.',
    category: 'nuclear',
    lessons: [L.sinceWar],
    sources: [S.iaea],
  },
  {
    id: 'cern-founded',
    date: '1954-09-29',
    title: 'CERN comes into being',
    summary:
      'The CERN Convention enters into force after ratification by its 12 founding European states, creating a shared laboratory for particle physics that rebuilt scientific ties across post-war Europe.',
    category: 'science-diplomacy',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.cern],
  },
  {
    id: 'international-geophysical-year',
    date: '1957-07-01',
    end: '1958-12-31',
    title: 'The International Geophysical Year',
    summary:
      'Scientists from 67 countries coordinate observations of the Earth and its surroundings in the middle of the Cold War; the Soviet Union launches Sputnik during it.',
    category: 'science-diplomacy',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.isc, S.nas],
  },
  {
    id: 'iaea-established',
    date: '1957-07-29',
    title: 'The International Atomic Energy Agency is established',
    summary:
      'The IAEA Statute enters into force, giving the world an agency to promote the peaceful use of nuclear energy and to guard against its military use.',
    category: 'nuclear',
    lessons: [L.sinceWar],
    sources: [S.iaea],
  },
  {
    id: 'sputnik-1',
    date: '1957-10-04',
    title: 'Sputnik 1, the first artificial satellite',
    summary:
      'The Soviet Union puts the first satellite into orbit, a shock that spurs the US space programme and a new push for science education and research.',
    category: 'space',
    lessons: [L.sinceWar],
    sources: [S.nasa],
  },
  {
    id: 'integrated-circuit',
    date: '1958-09-12',
    title: 'The first working integrated circuit',
    summary:
      'Jack Kilby of Texas Instruments demonstrates a circuit built on a single piece of semiconductor; Robert Noyce at Fairchild follows in 1959 with the silicon planar chip that industry adopted.',
    category: 'semiconductors',
    lessons: [L.howChips],
    sources: [S.ti, S.chm],
  },
  {
    id: 'antarctic-treaty',
    date: '1959-12-01',
    title: 'The Antarctic Treaty is signed',
    summary:
      'The 12 nations active in Antarctica during the Geophysical Year sign a treaty in Washington reserving the continent for peaceful use and scientific cooperation; it entered into force on 23 June 1961.',
    category: 'science-diplomacy',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.ats],
  },
  {
    id: 'partial-test-ban-treaty',
    date: '1963-08-05',
    title: 'The Partial Test Ban Treaty',
    summary:
      'The United States, the United Kingdom and the Soviet Union agree in Moscow to stop testing nuclear weapons in the atmosphere, in outer space and under water.',
    category: 'nuclear',
    lessons: [L.sinceWar],
    sources: [S.state2009],
  },
  {
    id: 'outer-space-treaty',
    date: '1967-01-27',
    title: 'The Outer Space Treaty opens for signature',
    summary:
      'Space becomes free for all to explore, no nation may claim it, and nuclear weapons may not be placed in orbit; the treaty entered into force on 10 October 1967.',
    category: 'space',
    lessons: [L.sinceWar, L.frontiers],
    sources: [S.unoosa],
  },
  {
    id: 'non-proliferation-treaty',
    date: '1968-07-01',
    title: 'The Nuclear Non-Proliferation Treaty opens for signature',
    summary:
      'The NPT aims to stop the spread of nuclear weapons while sharing peaceful nuclear technology; it entered into force on 5 March 1970 and was extended indefinitely in 1995.',
    category: 'nuclear',
    lessons: [L.sinceWar],
    sources: [S.unoda],
  },
  {
    id: 'intel-4004',
    date: '1971-11-15',
    title: 'Intel announces the 4004 microprocessor',
    summary:
      'The 4004 puts a whole processor on one chip and is the first such chip sold commercially, opening the way to personal computers.',
    category: 'semiconductors',
    lessons: [L.howChips],
    sources: [S.intel],
  },
  {
    id: 'us-ussr-space-agreement',
    date: '1972-05-24',
    title: 'US–Soviet agreement on cooperation in space',
    summary:
      'President Nixon and Premier Kosygin sign an agreement on the peaceful exploration of space that sets up a joint crewed mission, Apollo–Soyuz.',
    category: 'space',
    lessons: [L.threeDims],
    sources: [S.nasa],
  },
  {
    id: 'apollo-soyuz',
    date: '1975-07-17',
    title: 'Apollo and Soyuz dock in orbit',
    summary:
      'American and Soviet crews meet in space for the first time, a symbol of détente and a classic case of science for diplomacy.',
    category: 'space',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.nasa],
  },
  {
    id: 'us-china-st-agreement',
    date: '1979-01-31',
    title: 'The US–China Agreement on Cooperation in Science and Technology',
    summary:
      'President Carter and Deng Xiaoping sign one of the first accords after the two countries normalised relations, opening decades of research exchanges.',
    category: 'science-diplomacy',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.historian],
  },
  {
    id: 'us-japan-semiconductor-agreement',
    date: '1986-07-31',
    title: 'The US–Japan Semiconductor Agreement',
    summary:
      'President Reagan announces a deal in which Japan agrees to stop dumping chips and to open its market, with a side letter aiming at a 20% foreign share; it was signed on 2 September 1986 and expired in 1996.',
    category: 'semiconductors',
    lessons: [L.chipsPolicy, L.twoWay],
    sources: [S.reagan],
  },
  {
    id: 'sematech-formed',
    date: '1987',
    title: 'SEMATECH is formed',
    summary:
      'US chipmakers set up SEMATECH, a research consortium with government funding, to win back ground lost to Japanese manufacturers.',
    category: 'semiconductors',
    lessons: [L.chipsPolicy, L.exportControls],
    sources: [S.chm],
  },
  {
    id: 'tsmc-founded',
    date: '1987-02',
    title: 'TSMC is founded in Taiwan',
    summary:
      'Morris Chang founds TSMC with government backing as the first “pure-play” foundry: it makes chips that other companies design.',
    category: 'semiconductors',
    lessons: [L.howChips, L.chipsPolicy],
    sources: [S.tsmc],
  },
  {
    id: 'us-tariffs-japan-chips',
    date: '1987-03',
    title: 'US tariffs on Japanese electronics over the chip agreement',
    summary:
      'President Reagan imposes tariffs on Japanese electronics for alleged breaches of the 1986 chip agreement, the first US trade sanctions on Japan since the Second World War.',
    category: 'semiconductors',
    lessons: [L.chipsPolicy],
    sources: [S.reagan, S.ustr],
  },
  {
    id: 'montreal-protocol',
    date: '1987-09-16',
    title: 'The Montreal Protocol on the ozone layer is signed',
    summary:
      'Governments agree to phase out the chemicals that deplete the ozone layer; in 2009 it became the first UN treaty ratified by every UN member state.',
    category: 'climate-environment',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.ozone],
  },
  {
    id: 'ipcc-established',
    date: '1988-11',
    title: 'The Intergovernmental Panel on Climate Change is set up',
    summary:
      'The World Meteorological Organization and the UN Environment Programme create the IPCC to assess climate science for governments; the UN General Assembly endorses it in December 1988.',
    category: 'climate-environment',
    lessons: [L.threeDims],
    sources: [S.ipcc],
  },
  {
    id: 'superconducting-super-collider-cancelled',
    date: '1993-10',
    title: 'The Superconducting Super Collider is cancelled',
    summary:
      'The US Congress ends the giant collider being built in Texas after about $2 billion had been spent, and President Clinton signs the bill.',
    category: 'science-diplomacy',
    lessons: [L.sinceWar],
    sources: [S.aip, S.doe],
  },
  {
    id: 'wassenaar-arrangement',
    date: '1996-07',
    title: 'The Wassenaar Arrangement begins operating',
    summary:
      'Agreed in December 1995 as the successor to the Cold War’s CoCom, the voluntary arrangement holds its first plenary and starts coordinating export controls on arms and dual-use goods and technologies.',
    category: 'institutions',
    lessons: [L.exportControls, L.allies],
    sources: [S.wassenaar],
  },
  {
    id: 'iss-zarya-launched',
    date: '1998-11-20',
    title: 'Zarya, the first module of the International Space Station',
    summary:
      'The launch of Zarya begins the assembly in orbit of a station built and run by the United States, Russia, Europe, Japan and Canada.',
    category: 'space',
    lessons: [L.sinceWar],
    sources: [S.nasa],
  },
  {
    id: 'nrc-pervasive-role-report',
    date: '1999-10',
    title: 'National Research Council report on science in foreign policy',
    summary:
      'The report “The Pervasive Role of Science, Technology, and Health in Foreign Policy” urges the State Department to appoint a senior adviser on science and technology.',
    category: 'institutions',
    lessons: [L.sinceWar, L.talent],
    sources: [S.nap],
  },
  {
    id: 'first-state-st-adviser',
    date: '2000-09',
    title: 'The first Science and Technology Adviser to the US Secretary of State',
    summary:
      'Madeleine Albright announces Norman Neureiter as the first holder of the new post on 20 September 2000, with an office created the same year.',
    category: 'institutions',
    lessons: [L.sinceWar, L.talent, L.actors],
    sources: [S.aip, S.sciDip],
  },
  {
    id: 'iss-expedition-1',
    date: '2000-11-02',
    title: 'The first crew moves into the International Space Station',
    summary:
      'Expedition 1 arrives on board; the station has had people living on it continuously ever since.',
    category: 'space',
    lessons: [L.sinceWar],
    sources: [S.nasa],
  },
  {
    id: 'iter-agreement',
    date: '2006-11-21',
    title: 'The ITER fusion agreement is signed',
    summary:
      'Seven parties (the EU, China, India, Japan, South Korea, Russia and the United States) sign in Paris to build an experimental fusion reactor together.',
    category: 'science-diplomacy',
    lessons: [L.sinceWar, L.threeDims],
    sources: [S.iter],
  },
  {
    id: 'aaas-center-for-science-diplomacy',
    date: '2008-07-15',
    title: 'AAAS opens its Center for Science Diplomacy',
    summary:
      'The American Association for the Advancement of Science announces a centre for science diplomacy, led by Vaughan Turekian.',
    category: 'science-diplomacy',
    lessons: [L.threeDims, L.actors],
    sources: [S.aaas],
  },
  {
    id: 'new-frontiers-in-science-diplomacy',
    date: '2010-01-12',
    title: 'New Frontiers in Science Diplomacy',
    summary:
      'The Royal Society and AAAS publish a report, drawn from a June 2009 meeting, that names three dimensions: science in diplomacy, diplomacy for science and science for diplomacy.',
    category: 'science-diplomacy',
    lessons: [L.threeDims, L.whatIs],
    sources: [S.royalSociety],
  },
  {
    id: 'hpsci-huawei-zte-report',
    date: '2012-10-08',
    title: 'US House report names Huawei and ZTE a security threat',
    summary:
      'The House Intelligence Committee concludes that the two Chinese vendors pose a national-security threat and advises against using their equipment.',
    category: '5g-telecom',
    lessons: [L.vendors],
    sources: [S.hpsci],
  },
  {
    id: 'paris-agreement',
    date: '2015-12-12',
    title: 'The Paris Agreement is adopted',
    summary:
      'Parties at COP21 adopt a global climate agreement built on national pledges; it entered into force on 4 November 2016.',
    category: 'climate-environment',
    lessons: [L.threeDims],
    sources: [S.unfccc],
  },
  {
    id: 'denmark-tech-ambassador',
    date: '2017-01-27',
    title: 'Denmark announces the world’s first tech ambassador',
    summary:
      'Under its “TechPlomacy” initiative Denmark names an ambassador to the technology industry; Casper Klynge takes the post in May 2017 and opens an office in Silicon Valley later that year.',
    category: 'institutions',
    lessons: [L.whatIs, L.actors, L.privateSector],
    sources: [S.denmark],
  },
  {
    id: 'sesame-inaugurated',
    date: '2017-05-16',
    title: 'The SESAME synchrotron opens in Jordan',
    summary:
      'A shared light source for research opens in the Middle East; its members include Israel, Iran and the Palestinian Authority.',
    category: 'science-diplomacy',
    lessons: [L.threeDims],
    sources: [S.sesame],
  },
  {
    id: '3gpp-release-15',
    date: '2017-12',
    title: 'The first 5G standards (3GPP Release 15)',
    summary:
      '3GPP completes the first 5G New Radio specifications for networks anchored on 4G; the standalone 5G specifications follow in June 2018.',
    category: '5g-telecom',
    lessons: [L.what5g, L.standards],
    sources: [S.threeGpp],
  },
  {
    id: 'o-ran-alliance',
    date: '2018-02-27',
    title: 'The O-RAN Alliance is announced',
    summary:
      'AT&T, China Mobile, Deutsche Telekom, NTT DOCOMO and Orange merge two industry groups to push open, interoperable interfaces in the radio access network.',
    category: '5g-telecom',
    lessons: [L.standards],
    sources: [S.oran],
  },
  {
    id: 'ndaa-section-889',
    date: '2018-08-13',
    title: 'US law bars federal purchases of Huawei and ZTE equipment',
    summary:
      'Section 889 of the defence authorisation act for fiscal year 2019 stops federal agencies from buying telecoms equipment from the two companies.',
    category: '5g-telecom',
    lessons: [L.vendors],
    sources: [S.congress],
  },
  {
    id: 'australia-5g-security-guidance',
    date: '2018-08-23',
    title: 'Australia’s 5G security guidance excludes high-risk vendors',
    summary:
      'Australia bars vendors “likely to be subject to extrajudicial directions from a foreign government” from its 5G networks. The rule names no company but in effect excludes Huawei and ZTE, the first such national exclusion.',
    category: '5g-telecom',
    lessons: [L.australia, L.vendors, L.whatIs],
    sources: [S.parlInfo],
  },
  {
    id: 'first-commercial-5g',
    date: '2019-04-03',
    title: 'The first commercial 5G smartphone services',
    summary:
      'Operators in South Korea and Verizon in the United States switch on 5G for smartphone customers.',
    category: '5g-telecom',
    lessons: [L.what5g],
    sources: [S.gsma],
  },
  {
    id: 'prague-proposals',
    date: '2019-05-03',
    title: 'The Prague Proposals on 5G security',
    summary:
      'A two-day conference (2–3 May) of 32 countries, the EU and NATO ends with non-binding proposals on securing 5G supply chains, including the risk that a third country influences a supplier.',
    category: '5g-telecom',
    lessons: [L.vendors, L.allies],
    sources: [S.vlada, S.trumpWh],
  },
  {
    id: 'huawei-entity-list',
    date: '2019-05-15',
    title: 'US executive order on ICT supply chains; Huawei put on the Entity List',
    summary:
      'Executive Order 13873 on securing the information and communications technology supply chain is signed; the Commerce Department adds Huawei and 68 affiliates outside the US to its Entity List with effect from 16 May 2019.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.vendors],
    sources: [S.fedReg, S.bis],
  },
  {
    id: 'oecd-ai-principles',
    date: '2019-05-22',
    title: 'The OECD AI Principles are adopted',
    summary:
      'The first intergovernmental standard on artificial intelligence is backed by 42 countries; the G20 endorses the principles in June 2019.',
    category: 'values-and-governance',
    lessons: [L.rules],
    sources: [S.oecdAi],
  },
  {
    id: 'japan-korea-chip-chemicals',
    date: '2019-07-04',
    title: 'Japan restricts chipmaking chemicals to South Korea',
    summary:
      'Japan tightens its exports to South Korea of three chemicals needed to make chips and displays, showing how supply chains can be used as leverage.',
    category: 'semiconductors',
    lessons: [L.chipsPolicy, L.frontiers],
    sources: [S.meti],
  },
  {
    id: 'uk-huawei-capped',
    date: '2020-01-28',
    title: 'The UK caps Huawei in its 5G networks',
    summary:
      'The UK allows Huawei only outside the core of 5G networks and limits it to 35% of the market, a decision it reversed on 14 July 2020.',
    category: '5g-telecom',
    lessons: [L.vendors],
    sources: [S.govUk],
  },
  {
    id: 'eu-5g-toolbox',
    date: '2020-01-29',
    title: 'The EU 5G Toolbox',
    summary:
      'EU member states and the Commission agree a risk-based set of measures that includes restricting “high-risk suppliers” from critical network assets, leaving each country to decide.',
    category: '5g-telecom',
    lessons: [L.vendors, L.allies],
    sources: [S.commission],
  },
  {
    id: 'secure-networks-act',
    date: '2020-03-12',
    title: 'The US Secure and Trusted Communications Networks Act',
    summary:
      'The law creates the FCC’s “rip and replace” programme, which pays small carriers to remove untrusted equipment and install trusted alternatives.',
    category: '5g-telecom',
    lessons: [L.vendors],
    sources: [S.govinfo],
  },
  {
    id: 'huawei-foreign-direct-product-rule',
    date: '2020-05-15',
    title: 'The Foreign Direct Product Rule is extended to Huawei',
    summary:
      'US controls now reach chips made abroad to Huawei’s designs with US tools and software, tightened again on 17 August 2020; the same day, TSMC announces a chip plant in Arizona.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.chipsPolicy],
    sources: [S.bis],
  },
  {
    id: 'gpai-launched',
    date: '2020-06-15',
    title: 'The Global Partnership on AI is launched',
    summary:
      'Fifteen founding members (14 countries and the EU) start a partnership on responsible AI, with its secretariat at the OECD.',
    category: 'values-and-governance',
    lessons: [L.rules, L.allies],
    sources: [S.oecdAi],
  },
  {
    id: 'uk-huawei-ban',
    date: '2020-07-14',
    title: 'The UK bans new Huawei 5G equipment',
    summary:
      'Operators may buy no new Huawei 5G equipment after 31 December 2020 and must remove all of it by the end of 2027, reversing the January decision.',
    category: '5g-telecom',
    lessons: [L.vendors, L.allies],
    sources: [S.govUk],
  },
  {
    id: 'clean-network',
    date: '2020-08-05',
    title: 'The US expands its “Clean Network”',
    summary:
      'Secretary Pompeo widens the April 2020 “5G Clean Path” to carriers, app stores, apps, cloud and undersea cables; by December the US said more than 60 countries had joined.',
    category: '5g-telecom',
    lessons: [L.vendors, L.allies],
    sources: [S.state2017],
  },
  {
    id: 'artemis-accords',
    date: '2020-10-13',
    title: 'The Artemis Accords are signed',
    summary:
      'The United States and seven other founding nations sign principles for the civil exploration of the Moon and beyond.',
    category: 'space',
    lessons: [L.frontiers],
    sources: [S.nasa],
  },
  {
    id: 'rip-and-replace-funded',
    date: '2020-12-27',
    title: 'Congress funds “rip and replace”',
    summary:
      'The Consolidated Appropriations Act 2021 provides $1.9 billion to replace untrusted network equipment; a $3.08 billion shortfall was filled by the defence act for fiscal year 2025 in December 2024.',
    category: '5g-telecom',
    lessons: [L.vendors],
    sources: [S.crs],
  },
  {
    id: 'quad-leaders-summit',
    date: '2021-03-12',
    title: 'The first Quad leaders’ summit',
    summary:
      'Australia, India, Japan and the United States meet online and set up a working group on critical and emerging technology.',
    category: 'institutions',
    lessons: [L.allies],
    sources: [S.bidenWh],
  },
  {
    id: 'us-eu-trade-and-technology-council',
    date: '2021-06-15',
    title: 'The US–EU Trade and Technology Council',
    summary:
      'The council is announced at the US–EU summit in Brussels to coordinate on technology, trade and standards; its first ministerial meeting is held in Pittsburgh on 29 September 2021.',
    category: 'institutions',
    lessons: [L.allies],
    sources: [S.bidenWh, S.commission],
  },
  {
    id: 'purdue-center-for-tech-diplomacy',
    date: '2021-07-07',
    title: 'A Center for Tech Diplomacy opens at Purdue',
    summary:
      'The Purdue Research Foundation launches the centre, later the Krach Institute for Tech Diplomacy, with Mung Chiang as founding director.',
    category: 'institutions',
    lessons: [L.whatIs, L.talent],
    sources: [S.prNewswire, S.krach],
  },
  {
    id: 'aukus',
    date: '2021-09-15',
    title: 'AUKUS is announced',
    summary:
      'Australia, the UK and the US agree to help Australia acquire nuclear-powered submarines and to cooperate on advanced capabilities such as AI and quantum technology.',
    category: 'institutions',
    lessons: [L.allies],
    sources: [S.bidenWh],
  },
  {
    id: 'unesco-ai-ethics-recommendation',
    date: '2021-11',
    title: 'UNESCO’s Recommendation on the Ethics of AI',
    summary: 'UNESCO member states adopt a global recommendation on the ethics of artificial intelligence.',
    category: 'values-and-governance',
    lessons: [L.rules],
    sources: [S.unesco],
  },
  {
    id: 'state-cyberspace-digital-policy-bureau',
    date: '2022-04-04',
    title: 'The State Department’s Bureau of Cyberspace and Digital Policy',
    summary:
      'A new bureau begins work to bring cyberspace, digital economy and digital freedom issues together in US foreign policy.',
    category: 'institutions',
    lessons: [L.actors, L.talent],
    sources: [S.state],
  },
  {
    id: 'declaration-for-the-future-of-the-internet',
    date: '2022-04-28',
    title: 'The Declaration for the Future of the Internet',
    summary:
      'The United States and 60 partners commit to an open, free, global, interoperable, reliable and secure internet.',
    category: 'values-and-governance',
    lessons: [L.freedom, L.rules],
    sources: [S.bidenWh],
  },
  {
    id: 'chips-and-science-act',
    date: '2022-08-09',
    title: 'The CHIPS and Science Act is signed',
    summary:
      'President Biden signs a law that appropriates $52.7 billion for US semiconductor manufacturing, research and workforce, including a fund run by the State Department.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.chipsPolicy],
    sources: [S.congress, S.bidenWh],
  },
  {
    id: 'first-cyberspace-ambassador',
    date: '2022-09',
    title: 'The first US Ambassador-at-Large for Cyberspace and Digital Policy',
    summary:
      'The Senate confirms Nate Fick; the Foreign Service Institute later builds a tech-diplomacy course for diplomats.',
    category: 'institutions',
    lessons: [L.talent, L.actors],
    sources: [S.state],
  },
  {
    id: 'us-advanced-chip-export-controls',
    date: '2022-10-07',
    title: 'US controls on advanced chips and chipmaking tools for China',
    summary:
      'A Commerce Department rule restricts exports to China of advanced computing chips and chipmaking equipment and limits the support US persons may give Chinese advanced fabs.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.chipsPolicy],
    sources: [S.fedReg, S.bis],
  },
  {
    id: 'rapidus-launched',
    date: '2022-11-11',
    title: 'Japan launches Rapidus',
    summary:
      'Backed by eight Japanese companies and a ¥70 billion first subsidy, Rapidus aims to make 2 nm chips by 2027 with IBM technology.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.allies],
    sources: [S.meti, S.japanTimes],
  },
  {
    id: 'fcc-huawei-zte-ban',
    date: '2022-11-25',
    title: 'The FCC bans new Huawei and ZTE equipment',
    summary: 'The US regulator stops authorising new Huawei and ZTE telecoms equipment for sale in the United States.',
    category: '5g-telecom',
    lessons: [L.vendors],
    sources: [S.fcc],
  },
  {
    id: 'special-envoy-critical-emerging-technology',
    date: '2023-01-03',
    title: 'A US Special Envoy for Critical and Emerging Technology',
    summary:
      'A new State Department office begins work on critical and emerging technologies, with Seth Center as deputy and later acting envoy.',
    category: 'institutions',
    lessons: [L.actors, L.talent],
    sources: [S.state],
  },
  {
    id: 'japan-chip-equipment-controls',
    date: '2023-07-23',
    title: 'Japan’s controls on chipmaking equipment take effect',
    summary:
      'Export controls on 23 types of advanced chipmaking equipment, announced on 31 March 2023, come into force.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.allies],
    sources: [S.meti, S.japanTimes],
  },
  {
    id: 'netherlands-chip-equipment-controls',
    date: '2023-09-01',
    title: 'Dutch licence requirement for advanced chipmaking equipment',
    summary:
      'A national licence becomes necessary to export advanced chipmaking tools, including ASML’s most advanced DUV immersion machines; it was announced on 30 June 2023 and widened in September 2024.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.allies],
    sources: [S.dutchGov],
  },
  {
    id: 'european-chips-act',
    date: '2023-09-21',
    title: 'The European Chips Act enters into force',
    summary:
      'The EU aims to mobilise €43 billion and to double its share of world chip production to 20% by 2030.',
    category: 'semiconductors',
    lessons: [L.exportControls, L.chipsPolicy],
    sources: [S.commission],
  },
  {
    id: 'bletchley-ai-safety-summit',
    date: '2023-11-01',
    end: '2023-11-02',
    title: 'The AI Safety Summit at Bletchley Park',
    summary:
      'At the first AI Safety Summit, 28 countries and the EU, among them both the United States and China, sign the Bletchley Declaration on the risks of advanced AI.',
    category: 'values-and-governance',
    lessons: [L.rules, L.frontiers],
    sources: [S.govUk],
  },
  {
    id: 'un-general-assembly-ai-resolution',
    date: '2024-03-21',
    title: 'The UN General Assembly’s first resolution on AI',
    summary: 'The General Assembly adopts a resolution calling for “safe, secure and trustworthy” artificial intelligence.',
    category: 'values-and-governance',
    lessons: [L.rules],
    sources: [S.unPress],
  },
  {
    id: 'krach-tech-diplomacy-academy',
    date: '2024-04-30',
    title: 'The Krach Institute launches online tech-diplomacy training',
    summary:
      'The Krach Institute at Purdue opens its online “Tech Diplomacy Academy”, a training programme for diplomats and others that the State Department later adopted.',
    category: 'institutions',
    lessons: [L.talent, L.whatNext],
    sources: [S.krach],
  },
  {
    id: 'eu-ai-act',
    date: '2024-08-01',
    title: 'The EU Artificial Intelligence Act enters into force',
    summary:
      'The EU’s risk-based rules for AI become law; most obligations apply from August 2026.',
    category: 'values-and-governance',
    lessons: [L.rules, L.freedom],
    sources: [S.aiAct],
  },
] as const satisfies readonly TimelineEvent[];

export type TimelineEventId = (typeof timelineEvents)[number]['id'];
