/**
 * Small, stable, non-cryptographic hashing for storage keys and seeds. Not for security.
 */

/** FNV-1a, 32-bit, over UTF-16 code units. Small and stable; not for security. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** JSON with object keys sorted, so that the hash does not depend on how an author orders fields. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An 8-hex-digit hash of a JSON value, independent of object key order. */
export function hashJson(value: unknown): string {
  return fnv1a(canonicalJson(value)).toString(16).padStart(8, '0');
}
