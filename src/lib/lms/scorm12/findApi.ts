/**
 * Finds the SCORM 1.2 API the standard way (ADL's API discovery): the window itself, then its
 * parents up to seven levels, then the opener and its parents. A cross-origin frame is skipped.
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

const MAX_PARENTS = 7;

function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return api && typeof (api as Scorm12Api).LMSInitialize === 'function' ? (api as Scorm12Api) : null;
  } catch {
    return null; // another origin
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win = start;
  for (let level = 0; level <= MAX_PARENTS; level++) {
    const api = apiOf(win);
    if (api) return api;
    if (!win.parent || win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

export function findScorm12Api(win: Window): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    return win.opener ? searchUp(win.opener as Window) : null;
  } catch {
    return null;
  }
}
