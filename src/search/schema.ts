/**
 * The part of Pagefind's result data we use, checked when it arrives: the index is fetched over
 * the network, so it is read as `unknown` and narrowed here. zod/mini, as for the progress store
 * (the pages that search already load it after mount).
 */
import * as z from 'zod/mini';

const SectionSchema = z.object({
  title: z.string(),
  url: z.string(),
  excerpt: z.string(),
  /** Present on sections that start at a heading (or another element with an id). */
  anchor: z.optional(z.unknown()),
  weighted_locations: z.optional(z.array(z.object({ balanced_score: z.number() }))),
});

export const PagefindResultSchema = z.object({
  url: z.string(),
  excerpt: z.string(),
  meta: z.record(z.string(), z.string()),
  sub_results: z.array(SectionSchema),
});

export type PagefindResult = z.infer<typeof PagefindResultSchema>;
export type PagefindSection = z.infer<typeof SectionSchema>;
