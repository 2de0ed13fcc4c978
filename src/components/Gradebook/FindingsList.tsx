import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { Finding } from '@site/src/lib/gradebook/buildGradebook';
import type { Rescored } from '@site/src/lib/gradebook/rescore';
import { formatScore } from './format';
import styles from './styles.module.css';

export interface Props {
  readonly findings: readonly Finding[];
  /** The course's title of a quiz. */
  readonly quizTitle: (quizId: string) => string;
}

const verdict = (passed: boolean) =>
  passed ? translate({ id: 'gradebook.cell.passed', message: 'passed' }) : translate({ id: 'gradebook.cell.notPassed', message: 'not passed' });
const lateness = (late: boolean) =>
  late ? translate({ id: 'gradebook.cell.late', message: 'late' }) : translate({ id: 'gradebook.findings.onTime', message: 'on time' });

/** What the re-score found about one result, as sentences. */
function rescoredText(result: Rescored): string[] {
  const lines: string[] = [];
  if (result.differences.includes('score')) {
    lines.push(
      translate(
        { id: 'gradebook.findings.score', message: 'the file says {stated} points; re-scored from its answers: {rescored}.' },
        { stated: formatScore(result.stated.points, result.stated.maxPoints), rescored: formatScore(result.points, result.maxPoints) },
      ),
    );
  }
  if (result.differences.includes('passed')) {
    lines.push(
      translate({ id: 'gradebook.findings.passed', message: 'the file says {stated}; re-scored: {verdict}.' }, { stated: verdict(result.stated.passed), verdict: verdict(result.passed) }),
    );
  }
  if (result.differences.includes('late') && result.late !== null) {
    lines.push(
      translate({ id: 'gradebook.findings.late', message: 'the file says {stated}; by the due date: {late}.' }, { stated: lateness(result.stated.late), late: lateness(result.late) }),
    );
  }
  if (result.missing.length > 0) {
    lines.push(
      translate(
        { id: 'gradebook.findings.missing', message: 'the file leaves out {count} of the questions the attempt asked; they count as unanswered.' },
        { count: result.missing.length },
      ),
    );
  }
  if (result.extra.length > 0) {
    lines.push(
      translate(
        { id: 'gradebook.findings.extra', message: 'the file records {count} questions the attempt did not ask; they were not counted.' },
        { count: result.extra.length },
      ),
    );
  }
  if (result.version === 'current' && result.asked === 'as-recorded') {
    lines.push(
      translate({
        id: 'gradebook.findings.unrecordedDraw',
        message: 'the file does not say which questions the attempt drew from the quiz’s pool, so only the questions it records were scored.',
      }),
    );
  }
  if (result.version === 'older') {
    lines.push(
      result.unscored.length === 0
        ? translate({ id: 'gradebook.findings.older', message: 'made on an older version of the quiz.' })
        : translate(
            { id: 'gradebook.findings.olderUnscored', message: 'made on an older version of the quiz; answers to {count} questions it no longer has were not scored.' },
            { count: result.unscored.length },
          ),
    );
  }
  return lines;
}

function findingText(finding: Finding, quizTitle: (quizId: string) => string): string {
  switch (finding.kind) {
    case 'outside-assignment':
      return translate(
        { id: 'gradebook.findings.outside', message: 'an attempt at “{quiz}”, which is not part of this assignment, was not counted.' },
        { quiz: quizTitle(finding.quizId) },
      );
    case 'unknown-quiz':
      return translate(
        { id: 'gradebook.findings.unknown', message: 'an attempt at a quiz this version of the course does not have ({quiz}) was not counted.' },
        { quiz: finding.quizId },
      );
    case 'rescored':
      return `${quizTitle(finding.result.quizId)}: ${rescoredText(finding.result).join(' ')}`;
  }
}

/**
 * Everything re-scoring found that a file claims differently, or that was not counted, named by
 * file and student, so the instructor can follow up.
 */
export default function FindingsList({ findings, quizTitle }: Props): ReactNode {
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="gradebook-findings" className={styles.findings}>
      <Heading as="h3" id="gradebook-findings">
        {translate({ id: 'gradebook.findings.heading', message: 'Checked against the course ({count})' }, { count: findings.length })}
      </Heading>
      <p>
        {translate({
          id: 'gradebook.findings.explain',
          message: 'Every result is re-scored from its answers with the course’s own quizzes; the table shows the re-scored results. These are the differences from what the files say, and the attempts not counted.',
        })}
      </p>
      <ul>
        {findings.map((finding, index) => (
          <li key={`${index}-${finding.fileName}`}>
            <span className={styles.fileName}>{finding.fileName}</span> ({finding.learner}): {findingText(finding, quizTitle)}
          </li>
        ))}
      </ul>
    </section>
  );
}
