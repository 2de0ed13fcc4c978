/**
 * Deterministic zip files with fflate: entries sorted by path, every timestamp the same, the
 * same compression level, so the same sources always give byte-identical archives.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * 1 January 1980, 00:00, as local time: zip stores DOS times in local time, and fflate reads the
 * date's local fields, so a date built from local fields gives the same bytes in every time zone.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export type ZipEntries = Readonly<Record<string, Uint8Array | string>>;

export function deterministicZip(entries: ZipEntries): Uint8Array {
  const sorted: Zippable = {};
  for (const path of Object.keys(entries).sort()) {
    const content = entries[path]!;
    sorted[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime: FIXED_TIME, level: 6 }];
  }
  return zipSync(sorted, { mtime: FIXED_TIME, level: 6 });
}
