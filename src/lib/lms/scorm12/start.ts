/**
 * The browser side of a SCORM package: finds the LMS, starts the session, restores the learner's
 * results and place, listens to quiz submissions and finishes when the page goes away. Outside an
 * LMS (no API found) it does nothing and the pages work as they do on the site.
 */
import { connectLms } from '../index';
import { PACKAGE_META, type LmsPlan } from '../plan';
import { findScorm12Api } from './findApi';
import { startScormSession, type ScormSession } from './session';

let session: ScormSession | null = null;
let currentPlace: string | null = null;

/** Called on every route change, before and after the session has started. */
export function trackPlace(path: string): void {
  currentPlace = path;
  session?.setPlace(path);
}

export async function startScormPackage(loadPlan: () => Promise<LmsPlan>): Promise<void> {
  const packageId = document.querySelector(`meta[name="${PACKAGE_META}"]`)?.getAttribute('content');
  const api = findScorm12Api(window);
  if (!packageId || !api) return;
  const plan = await loadPlan();
  const packagePlan = plan.packages.find((candidate) => candidate.id === packageId);
  if (!packagePlan) return;
  session = startScormSession({ api, plan, packagePlan, warn: (message) => console.warn(`SCORM: ${message}`) });
  if (!session) return;
  const { restored } = session;
  if (currentPlace) session.setPlace(currentPlace);
  connectLms((submission) => session?.submit(submission));
  const finish = () => session?.finish();
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  if (restored) {
    const { loadProgressRuntime } = await import('../../progress/useProgress');
    const { progressStore } = await loadProgressRuntime();
    const { mergeProgress } = await import('../../progress/model');
    progressStore.update((progress) => mergeProgress(progress, restored.progress));
    if (restored.place && restored.place !== currentPlace) window.location.hash = `#${restored.place}`;
  }
}
