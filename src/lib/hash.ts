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

/**
 * A fast, synchronous 64-bit string hash (two 32-bit FNV-1a-style lanes mixed with
 * multiply-xorshift, the "cyrb53" construction widened to 64 bits), as 16 hex digits.
 *
 * It is not cryptographic and needs not be: it names content (an assignment's id) so that any
 * change to the content gives another name. Web Crypto's SHA-256 would be stronger but is
 * asynchronous, and building a link should stay a plain function call.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
