/**
 * Imports many results files into the gradebook. Each file is checked on its own (one bad file
 * never stops the others) and lands either among the accepted files or in the rejected list with
 * its reason.
 *
 * Which assignment is graded: the one the instructor pasted a link for, if any; otherwise the
 * assignment of the first file (in the order given) that passes every other check. Files for any
 * other assignment are then rejected as "wrong assignment". Pasting the link is the safer way
 * when the first file might be a stray one.
 *
 * What the assignment asks for (its items, due date and pass mark) comes from its link, or from
 * the first version-2 file, which records it (validated against the assignment id). Version-1
 * files record only the id and title.
 */
import type { Assignment } from '../assignment/schema';
import { validateResultsFile, type ResultsError } from '../results/validateResultsFile';
import { MAX_RESULTS_FILE_BYTES, type ResultsFile } from '../results/schema';
import type { AssignmentTerms } from './rescore';

export interface IncomingFile {
  readonly name: string;
  readonly size: number;
  readonly text: () => Promise<string>;
}

export type ImportError = ResultsError | 'duplicate' | 'unreadable';

export interface Rejection {
  readonly fileName: string;
  readonly error: ImportError;
  readonly message: string;
}

export interface GradedAssignment {
  readonly id: string;
  readonly title: string;
  /** Its items, due date and pass mark, or null while no link or version-2 file has given them. */
  readonly terms: AssignmentTerms | null;
}

/** The graded assignment as its link (or a version-2 file) gives it: everything known. */
export function gradedAssignment(assignment: Assignment): GradedAssignment {
  const { id, title, items, due, passMark } = assignment;
  return { id, title, terms: { items, ...(due !== undefined && { due }), ...(passMark !== undefined && { passMark }) } };
}

function assignmentOf(results: ResultsFile): GradedAssignment {
  return results.v === 2 ? gradedAssignment(results.assignment) : { id: results.assignmentId, title: results.assignmentTitle, terms: null };
}

export interface ImportState {
  readonly assignment: GradedAssignment | null;
  readonly accepted: readonly { readonly fileName: string; readonly results: ResultsFile }[];
  readonly rejected: readonly Rejection[];
}

export const EMPTY_IMPORT: ImportState = { assignment: null, accepted: [], rejected: [] };

type Checked = { fileName: string } & ({ ok: true; results: ResultsFile } | { ok: false; error: ImportError; message: string });

async function check(file: IncomingFile): Promise<Checked> {
  if (file.size > MAX_RESULTS_FILE_BYTES) {
    return { fileName: file.name, ok: false, error: 'too-large', message: `The file is larger than ${MAX_RESULTS_FILE_BYTES / 1_000_000} MB.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { fileName: file.name, ok: false, error: 'unreadable', message: 'The browser could not read the file.' };
  }
  const validation = await validateResultsFile(text, null);
  return validation.ok
    ? { fileName: file.name, ok: true, results: validation.results }
    : { fileName: file.name, ok: false, error: validation.error, message: validation.message };
}

/** Adds `files` to what was imported before (`state`). */
export async function importResults(files: readonly IncomingFile[], state: ImportState): Promise<ImportState> {
  // Read and hash in parallel; decide in order, so "the first file" is well defined.
  const checked = await Promise.all(files.map(check));
  let assignment = state.assignment;
  const accepted = [...state.accepted];
  const rejected = [...state.rejected];
  const checksums = new Set(accepted.map((file) => file.results.checksum));

  for (const file of checked) {
    if (!file.ok) {
      rejected.push({ fileName: file.fileName, error: file.error, message: file.message });
      continue;
    }
    const { results } = file;
    assignment ??= assignmentOf(results);
    if (results.assignmentId === assignment.id && assignment.terms === null) assignment = assignmentOf(results);
    if (results.assignmentId !== assignment.id) {
      rejected.push({
        fileName: file.fileName,
        error: 'wrong-assignment',
        message: `The file is for another assignment (“${results.assignmentTitle}”, ${results.assignmentId}).`,
      });
    } else if (checksums.has(results.checksum)) {
      rejected.push({ fileName: file.fileName, error: 'duplicate', message: 'The same file was already imported.' });
    } else {
      checksums.add(results.checksum);
      accepted.push({ fileName: file.fileName, results });
    }
  }
  return { assignment, accepted, rejected };
}
