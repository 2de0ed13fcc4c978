import { assignmentIdOf } from '../assignment/link';
import { resultsChecksum } from './checksum';
import {
  MAX_RESULTS_FILE_BYTES,
  READABLE_RESULTS_VERSIONS,
  RESULTS_FORMAT,
  ResultsFileSchema,
  type ResultsFile,
} from './schema';

export type ResultsError =
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'unsupported-version'
  | 'invalid'
  | 'bad-checksum'
  | 'wrong-assignment';

export type ResultsValidation =
  | { readonly ok: true; readonly results: ResultsFile }
  | { readonly ok: false; readonly error: ResultsError; readonly message: string };

function fail(error: ResultsError, message: string): ResultsValidation {
  return { ok: false, error, message };
}

/**
 * Checks a results file in order of cost: size, JSON, format and version, schema, checksum, and
 * last which assignment it belongs to (`expectedAssignmentId`; `null` accepts any, for the first
 * file when the gradebook infers the assignment). Never throws.
 */
export async function validateResultsFile(text: string, expectedAssignmentId: string | null): Promise<ResultsValidation> {
  // A UTF-16 length over the byte limit is always over it in UTF-8 too; callers holding a File
  // check `file.size` before reading it at all.
  if (text.length > MAX_RESULTS_FILE_BYTES) {
    return fail('too-large', `The file is larger than ${MAX_RESULTS_FILE_BYTES / 1_000_000} MB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json', 'The file is not JSON: it may be damaged, or not a results file.');
  }
  const header = (data ?? {}) as { format?: unknown; v?: unknown };
  if (typeof data !== 'object' || data === null || header.format !== RESULTS_FORMAT) {
    return fail('wrong-format', 'The file is not a Silicon Statecraft results file.');
  }
  if (typeof header.v !== 'number' || !READABLE_RESULTS_VERSIONS.includes(header.v)) {
    return fail(
      'unsupported-version',
      `The file has format version ${String(header.v)}; this gradebook reads versions ${READABLE_RESULTS_VERSIONS.join(' and ')}.`,
    );
  }
  const parsed = ResultsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return fail('invalid', `The file does not follow the results format (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  // Over the file as written: the parsed copy has its names and titles made plain text already.
  const { checksum, ...written } = data as ResultsFile;
  if ((await resultsChecksum(written)) !== checksum) {
    return fail('bad-checksum', 'The file’s checksum does not match its content: it was changed or damaged after export.');
  }
  const results = parsed.data;
  // The assignment a version-2 file records must be the one its id names: changing its due date
  // or pass mark changes its id.
  if (results.v === 2 && (results.assignment.id !== results.assignmentId || assignmentIdOf(results.assignment) !== results.assignmentId)) {
    return fail('invalid', 'The file does not follow the results format (assignment: does not match the assignment id).');
  }
  if (expectedAssignmentId !== null && parsed.data.assignmentId !== expectedAssignmentId) {
    return fail('wrong-assignment', `The file is for another assignment (“${parsed.data.assignmentTitle}”, ${parsed.data.assignmentId}).`);
  }
  return { ok: true, results };
}
