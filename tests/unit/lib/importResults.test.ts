import { createAssignment } from '@site/src/lib/assignment/link';
import { EMPTY_IMPORT, importResults, type IncomingFile } from '@site/src/lib/gradebook/importResults';
import { resultsChecksum } from '@site/src/lib/results/checksum';
import { MAX_RESULTS_FILE_BYTES } from '@site/src/lib/results/schema';
import { question, resultsFor, sampleAssignment } from '../../support/results';

function incoming(name: string, text: string, size = text.length): IncomingFile {
  return { name, size, text: async () => text };
}

describe('importing results files', () => {
  it('grades the assignment of the first valid file and rejects other assignments', async () => {
    const other = createAssignment({ ...sampleAssignment, title: 'Other' });
    const state = await importResults([
      incoming('junk.json', 'junk'),
      incoming('ada.json', JSON.stringify(await resultsFor('Ada', { 'what-5g-is': [question('q1', { type: 'true-false', value: true }, true)] }))),
      incoming('eve.json', JSON.stringify(await resultsFor('Eve', {}, { assignment: other }))),
    ], EMPTY_IMPORT);
    expect(state.assignment).toEqual({ id: sampleAssignment.id, title: 'Chips and 5G', terms: { items: sampleAssignment.items, due: sampleAssignment.due } });
    expect(state.accepted.map((file) => file.fileName)).toEqual(['ada.json']);
    expect(state.rejected.map((r) => [r.fileName, r.error])).toEqual([['junk.json', 'not-json'], ['eve.json', 'wrong-assignment']]);
  });

  it('rejects an oversized file without reading it, and a file imported twice', async () => {
    const read = jest.fn(async () => '');
    const ada = JSON.stringify(await resultsFor('Ada', {}));
    const first = await importResults([incoming('ada.json', ada)], EMPTY_IMPORT);
    const second = await importResults([
      { name: 'huge.json', size: MAX_RESULTS_FILE_BYTES + 1, text: read },
      incoming('ada-again.json', ada),
    ], first);
    expect(read).not.toHaveBeenCalled();
    expect(second.accepted).toHaveLength(1);
    expect(second.rejected.map((r) => [r.fileName, r.error])).toEqual([['huge.json', 'too-large'], ['ada-again.json', 'duplicate']]);
  });

  it('still accepts a version-1 file, and learns the assignment’s terms from a later version-2 file', async () => {
    const { assignment: _, checksum: __, ...current } = await resultsFor('Ada', { 'what-5g-is': [question('q1', { type: 'true-false', value: true }, true)] });
    const unsigned = { ...current, v: 1, quizzes: current.quizzes.map(({ contentHash: ___, ...quiz }) => quiz) };
    const versionOne = JSON.stringify({ ...unsigned, checksum: await resultsChecksum(unsigned as never) });
    const first = await importResults([incoming('ada-v1.json', versionOne)], EMPTY_IMPORT);
    expect(first.accepted.map((file) => file.fileName)).toEqual(['ada-v1.json']);
    expect(first.assignment).toEqual({ id: sampleAssignment.id, title: 'Chips and 5G', terms: null });
    const second = await importResults([incoming('bob.json', JSON.stringify(await resultsFor('Bob', {})))], first);
    expect(second.assignment?.terms).toEqual({ items: sampleAssignment.items, due: sampleAssignment.due });
  });
});
