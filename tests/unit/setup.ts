import '@testing-library/jest-dom';

beforeEach(() => {
  // Node-environment suites (build checks) have no window.
  if (typeof window !== 'undefined') window.localStorage.clear();
});
