/** Pure: reading an imported progress file and naming the export. */
import { parseProgressFile, type ProgressDocument } from '@site/src/lib/progress';

/** Far above any real progress file (a full course is about 100 KB); refuses huge files unread. */
export const MAX_IMPORT_BYTES = 2_000_000;

export type ImportResult =
  | { readonly ok: true; readonly progress: ProgressDocument }
  | { readonly ok: false; readonly reason: 'too-large' | 'not-json' | 'invalid' };

export function readProgressFile(text: string, size: number): ImportResult {
  if (size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  const parsed = parseProgressFile(text);
  return parsed.ok ? parsed : { ok: false, reason: parsed.reason === 'not-json' ? 'not-json' : 'invalid' };
}

export function exportFileName(now: Date): string {
  return `silicon-statecraft-progress-${now.toISOString().slice(0, 10)}.json`;
}
