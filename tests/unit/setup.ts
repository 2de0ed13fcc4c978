import '@testing-library/jest-dom';

beforeEach(() => {
  window.localStorage.clear();
});

// jsdom leaves out the encoding API and Web Crypto's `subtle`, which browsers and Node 20 both
// have; the link codec and the results checksum use them. Take Node's own implementations.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { webcrypto } from 'node:crypto';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}
if (typeof globalThis.crypto?.subtle === 'undefined') {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
