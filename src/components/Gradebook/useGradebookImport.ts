import { useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import { courseQuizMap, type CourseQuiz } from '@site/src/lib/gradebook/courseQuizzes';
import { EMPTY_IMPORT, importResults, type GradedAssignment, type ImportState } from '@site/src/lib/gradebook/importResults';
import { loadCourseQuizzes } from './loadCourseQuizzes';

export interface GradebookImport {
  readonly state: ImportState;
  /** The course's quizzes, once the first import has loaded them. */
  readonly course: ReadonlyMap<string, CourseQuiz> | null;
  /** True while files are being checked: the picker shows it. */
  readonly isBusy: boolean;
  /** The last import's outcome, for the live region. */
  readonly status: string;
  addFiles(files: readonly File[]): void;
  setAssignment(assignment: GradedAssignment): void;
  reset(): void;
}

/**
 * The gradebook's imports, one after another: files chosen while an import is still being checked
 * wait for it, so two imports in flight never overwrite each other's files. The course's quiz data
 * loads with the first import (in parallel with reading the files).
 */
export function useGradebookImport(): GradebookImport {
  const [state, setState] = useState<ImportState>(EMPTY_IMPORT);
  const [course, setCourse] = useState<ReadonlyMap<string, CourseQuiz> | null>(null);
  const [pending, setPending] = useState(0);
  const [status, setStatus] = useState('');
  // The state each queued import builds on, ahead of React's render, and a generation that
  // "Start again" advances so that an import finishing afterwards is dropped.
  const latest = useRef<ImportState>(EMPTY_IMPORT);
  const generation = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  function commit(next: ImportState): void {
    latest.current = next;
    setState(next);
  }

  function addFiles(files: readonly File[]): void {
    const started = generation.current;
    const quizzes = loadCourseQuizzes().then(courseQuizMap);
    setPending((count) => count + 1);
    setStatus(translate({ id: 'gradebook.status.reading', message: 'Checking {count} files…' }, { count: files.length }));
    queue.current = queue.current
      .then(async () => {
        const before = latest.current;
        const next = await importResults(files, before);
        if (generation.current !== started) return;
        commit(next);
        let message = translate(
          { id: 'gradebook.status.done', message: 'Checked {count} files: {accepted} imported, {rejected} not imported.' },
          { count: files.length, accepted: next.accepted.length - before.accepted.length, rejected: next.rejected.length - before.rejected.length },
        );
        try {
          setCourse(await quizzes);
        } catch {
          message += ` ${translate({ id: 'gradebook.status.noQuizzes', message: 'The course’s quizzes could not be loaded to re-score them: check your connection and add the files again.' })}`;
        }
        setStatus(message);
      })
      .catch(() => setStatus(translate({ id: 'gradebook.status.failed', message: 'The files could not be checked. Try adding them again.' })))
      .finally(() => setPending((count) => count - 1));
  }

  return {
    state,
    course,
    isBusy: pending > 0,
    status,
    addFiles,
    setAssignment: (assignment) => commit({ ...latest.current, assignment }),
    reset: () => {
      generation.current += 1;
      commit(EMPTY_IMPORT);
      setStatus('');
    },
  };
}
