/**
 * @jest-environment node
 *
 * The claims checklist: every claim of both source articles is mapped to lessons that exist.
 */
import { claims } from '@site/src/data/claims';
import { allLessons } from './course-files';

const lessonIds = new Set(allLessons().map((lesson) => lesson.docId));

describe('claims checklist', () => {
  it('covers both articles', () => {
    expect(claims.filter((c) => c.article === 'chiang').length).toBeGreaterThanOrEqual(10);
    expect(claims.filter((c) => c.article === 'munro').length).toBeGreaterThanOrEqual(10);
  });

  it('has unique claim ids', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it.each(claims.map((claim) => [claim.id, claim] as const))('maps %s to lessons that exist', (_id, claim) => {
    expect(claim.lessons.length).toBeGreaterThan(0);
    for (const lesson of claim.lessons) {
      expect({ lesson, exists: lessonIds.has(lesson) }).toEqual({ lesson, exists: true });
    }
  });
});
