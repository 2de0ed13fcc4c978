/*
 * What the released course (commit 2a0ee34, the last landing before the quiz-domain refactor)
 * wrote must still load: a learner's saved progress, a student's results file and an
 * instructor's share link. The fixtures were produced by that commit's own code
 * (tests/fixtures/written-by-2a0ee34/), not written by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeAssignmentLink } from '@site/src/lib/assignment/link';
import { createProgressStore, PROGRESS_KEY, recoverProgressText } from '@site/src/lib/progress';
import { validateResultsFile } from '@site/src/lib/results/validateResultsFile';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/written-by-2a0ee34', name), 'utf8');

describe('data written by the released course', () => {
  it('loads a saved progress document entry for entry, with nothing set aside', () => {
    const raw = fixture('progress.json');
    const { progress, quarantined } = recoverProgressText(raw);
    expect(quarantined).toEqual([]);
    expect(progress.quizzes['what-is-tech-diplomacy']).toMatchObject({ attempts: 1, best: { percent: 86, passed: true } });
    expect(progress.lessons['foundations/what-is-tech-diplomacy']?.completedAt).toBe('2026-11-20T10:00:00.000Z');
    localStorage.setItem(PROGRESS_KEY, raw);
    expect(createProgressStore(() => localStorage).getSnapshot()).toMatchObject({ isSaved: true, progress: { quizzes: { 'what-is-tech-diplomacy': { attempts: 1 } } } });
  });

  it('reads a share link and its assignment, id unchanged', () => {
    const decoded = decodeAssignmentLink(fixture('assignment-link.txt').trim());
    expect(decoded).toMatchObject({ ok: true, assignment: { title: 'Week 1: foundations', passMark: 60 } });
  });

  it('accepts a results file for that assignment, checksum and all', async () => {
    const link = decodeAssignmentLink(fixture('assignment-link.txt').trim());
    if (!link.ok) throw new Error(link.message);
    const validation = await validateResultsFile(fixture('results.json'), link.assignment.id);
    expect(validation).toMatchObject({ ok: true, results: { learner: { name: 'Ada Lovelace' } } });
  });
});
