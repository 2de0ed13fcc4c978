import { EMPTY_IMPORT, importResults, type IncomingFile } from '@site/src/lib/gradebook/importResults';
import { MAX_RESULTS_FILE_BYTES } from '@site/src/lib/results/schema';
import { question, resultsFor, sampleAssignment } from '../../support/results';

function incoming(name: string, text: string, size = text.length): IncomingFile {
  return { name, size, text: async () => text };
}

describe('importing results files', () => {
  it('grades the assignment of the first valid file and rejects other assignments', async () => {
    const other = { ...sampleAssignment, id: 'fedcba9876543210', title: 'Other' };
    const state = await importResults([
      incoming('junk.json', 'junk'),
      incoming('ada.json', JSON.stringify(await resultsFor('Ada', { 'what-5g-is': [question('q1', { type: 'true-false', value: true }, true)] }))),
      incoming('eve.json', JSON.stringify(await resultsFor('Eve', {}, { assignment: other }))),
    ], EMPTY_IMPORT);
    expect(state.assignment).toEqual({ id: sampleAssignment.id, title: 'Chips and 5G' });
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
});
