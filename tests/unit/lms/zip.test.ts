/**
 * @jest-environment node
 */
import { unzipSync } from 'fflate';
import { deterministicZip } from '@site/plugins/lms-export/zip';

describe('deterministic zips', () => {
  it('are byte-identical for the same files, whatever order they are given in', () => {
    const a = deterministicZip({ 'b.txt': 'second', 'a/index.html': '<p>first</p>' });
    const b = deterministicZip({ 'a/index.html': '<p>first</p>', 'b.txt': 'second' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('sort entries by path and date every entry 1 January 1980, 00:00', () => {
    const zip = deterministicZip({ 'z.txt': 'z', 'a.txt': 'a' });
    expect(Object.keys(unzipSync(zip))).toEqual(['a.txt', 'z.txt']);
    // The first local file header: DOS time at bytes 10–11, DOS date at 12–13 (1980-01-01 = 0x0021).
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
  });
});
