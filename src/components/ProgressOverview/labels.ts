import { translate } from '@docusaurus/Translate';
import type { BestScore, LessonStatus } from '@site/src/lib/progress';

export function statusLabel(status: LessonStatus): string {
  switch (status) {
    case 'completed':
      return translate({ id: 'progress.status.completed', message: 'Completed' });
    case 'in-progress':
      return translate({ id: 'progress.status.inProgress', message: 'In progress' });
    case 'not-started':
      return translate({ id: 'progress.status.notStarted', message: 'Not started' });
  }
}

export function bestLabel(best: BestScore | null): string {
  if (!best) return translate({ id: 'progress.best.none', message: 'No attempt yet' });
  return best.passed
    ? translate({ id: 'progress.best.passed', message: '{percent}%, passed' }, { percent: Math.round(best.percent) })
    : translate({ id: 'progress.best.notPassed', message: '{percent}%, not passed' }, { percent: Math.round(best.percent) });
}
