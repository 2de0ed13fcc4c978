/**
 * Small, stable, non-cryptographic hashing for storage keys and seeds. Not for security.
 */
import { canonicalJson } from './canonicalJson';

/** FNV-1a, 32-bit, over UTF-16 code units. Small and stable; not for security. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An 8-hex-digit hash of a JSON value, independent of object key order. */
export function hashJson(value: unknown): string {
  return fnv1a(canonicalJson(value)).toString(16).padStart(8, '0');
}
