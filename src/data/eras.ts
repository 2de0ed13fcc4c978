/**
 * The course's own periodisation of its timeline, shown as shaded bands on the overview chart
 * and taught in "Science diplomacy since 1945" (docs/02-science-to-tech, section "Three eras").
 * It is our analysis, not the source articles': the chart's caption says so.
 *
 * Each era opens with an event of the timeline (src/data/timeline.ts), so every boundary is a
 * date already checked against the fact sheet; the compiler rejects an id that is not an event.
 * An era runs until the next one opens; the last runs to the latest event.
 */
import type { TimelineEra } from '@site/src/timeline/overview/eras';
import type { TimelineEventId } from './timeline';

export const timelineEras = [
  {
    // States build and own the technology; scientists serve diplomacy through treaties, shared
    // laboratories and joint missions. Opens with the first post-war event in the timeline.
    id: 'cold-war-science-diplomacy',
    name: 'Cold War science diplomacy',
    opensWith: 'baruch-plan',
  },
  {
    // The Wassenaar Arrangement succeeds CoCom, the Cold War's export-control regime (facts §2,
    // July 1996). Science diplomacy becomes an institution (the State Department's S&T adviser
    // in 2000, the AAAS centre in 2008, the Royal Society–AAAS framework in 2010) and big science
    // is built in partnerships (ISS, ITER).
    id: 'globalised-decades',
    name: 'The globalised decades',
    opensWith: 'wassenaar-arrangement',
  },
  {
    // Denmark names the world's first tech ambassador (27 January 2017): governments reorganise
    // diplomacy around technology, which becomes the subject of competition (5G vendors, chip
    // export controls, AI rules). The 2012 House report on Huawei and ZTE is an earlier possible
    // boundary; the lesson says so.
    id: 'technology-competition',
    name: 'Technology competition',
    opensWith: 'denmark-tech-ambassador',
  },
] as const satisfies readonly (TimelineEra & { readonly opensWith: TimelineEventId })[];
