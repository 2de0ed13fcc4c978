import '@testing-library/jest-dom';
import { freshProgressStore } from '../support/progressStore';

// See tests/support/progressStore.ts: every test starts with a fresh progress store.
jest.mock('@site/src/lib/progress/store', () => {
  const actual = jest.requireActual<typeof import('@site/src/lib/progress/store')>('@site/src/lib/progress/store');
  const { createForwardingStore } = jest.requireActual<typeof import('../support/progressStore')>('../support/progressStore');
  const { store, renew } = createForwardingStore(() => actual.createProgressStore(() => window.localStorage));
  return { ...actual, progressStore: store, renewProgressStore: renew };
});

beforeEach(() => {
  // Node-environment suites (build checks) have no window.
  if (typeof window !== 'undefined') window.localStorage.clear();
  freshProgressStore();
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

// jsdom's Blob and File have no `text()` (every current browser does); read through FileReader.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

// jsdom does not lay out pages, so it has no `scrollIntoView` (every browser does).
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView(): void {};
}
