import { useId, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { GradebookQuiz, GradebookStudent } from '@site/src/lib/gradebook/buildGradebook';
import { scoreDistribution } from '@site/src/lib/gradebook/distribution';
import styles from './charts.module.css';

export interface Props {
  readonly quiz: GradebookQuiz;
  readonly students: readonly GradebookStudent[];
}

// The drawing's own units (the SVG scales to its box); room on the left and below for the axes.
const WIDTH = 400;
const HEIGHT = 180;
const LEFT = 28;
const BOTTOM = 24;
const TOP = 12;
const PLOT_WIDTH = WIDTH - LEFT - 20;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

/**
 * A histogram of the class's scores on one quiz by tenths, each bar split into passed (solid) and
 * not passed (hatched), with the pass mark drawn across. Hand-written SVG (no chart library); its
 * text alternative is the table of the same counts below it.
 */
export default function ScoreDistribution({ quiz, students }: Props): ReactNode {
  const id = useId();
  const results = students.flatMap((student) => student.results.get(quiz.id) ?? []);
  if (results.length === 0) return null;
  const bins = scoreDistribution(results);
  const most = Math.max(1, ...bins.map((bin) => bin.passed + bin.notPassed));
  const x = (percent: number) => LEFT + (percent / 100) * PLOT_WIDTH;
  const y = (count: number) => TOP + PLOT_HEIGHT - (count / most) * PLOT_HEIGHT;
  const barWidth = PLOT_WIDTH / bins.length - 4;
  const passed = results.filter((result) => result.passed).length;
  const summary = translate(
    { id: 'gradebook.chart.distribution.summary', message: 'Scores of {count} students on {quiz}: {passed} passed at a pass mark of {passMark}%.' },
    { count: results.length, quiz: quiz.title, passed, passMark: quiz.passMark },
  );
  const range = (from: number, to: number) => `${from}–${to}%`;

  return (
    <figure className={styles.figure}>
      <figcaption id={`${id}-caption`}>
        {translate({ id: 'gradebook.chart.distribution.caption', message: 'Score distribution: {quiz}' }, { quiz: quiz.title })}
      </figcaption>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{summary}</title>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.hatchBackground} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatchLine} />
          </pattern>
        </defs>
        <line x1={LEFT} y1={TOP + PLOT_HEIGHT} x2={LEFT + PLOT_WIDTH} y2={TOP + PLOT_HEIGHT} className={styles.axis} />
        <text x={LEFT - 6} y={y(most) + 4} className={styles.label} textAnchor="end">
          {most}
        </text>
        <text x={LEFT - 6} y={TOP + PLOT_HEIGHT + 4} className={styles.label} textAnchor="end">
          0
        </text>
        {bins.map((bin) => {
          const left = x(bin.from) + 2;
          return (
            <g key={bin.from}>
              <rect x={left} y={y(bin.passed)} width={barWidth} height={TOP + PLOT_HEIGHT - y(bin.passed)} className={styles.passed} />
              <rect
                x={left}
                y={y(bin.passed + bin.notPassed)}
                width={barWidth}
                height={y(bin.passed) - y(bin.passed + bin.notPassed)}
                fill={`url(#${id}-hatch)`}
                className={styles.notPassed}
              />
            </g>
          );
        })}
        {[0, 50, 100].map((percent) => (
          <text key={percent} x={x(percent)} y={HEIGHT - 6} className={styles.label} textAnchor="middle">
            {percent}%
          </text>
        ))}
        <line x1={x(quiz.passMark)} y1={TOP - 4} x2={x(quiz.passMark)} y2={TOP + PLOT_HEIGHT} className={styles.passMark} />
      </svg>
      <p className={styles.legend} aria-hidden="true">
        <span className={styles.swatchPassed} /> {translate({ id: 'gradebook.cell.passed', message: 'passed' })}{' '}
        <span className={styles.swatchNotPassed} /> {translate({ id: 'gradebook.cell.notPassed', message: 'not passed' })}{' '}
        <span className={styles.swatchPassMark} />{' '}
        {translate({ id: 'gradebook.chart.passMark', message: 'pass mark ({passMark}%)' }, { passMark: quiz.passMark })}
      </p>
      <details>
        <summary>{translate({ id: 'gradebook.chart.distribution.table', message: 'The counts as a table' })}</summary>
        <table className={styles.data}>
          <thead>
            <tr>
              <th scope="col">{translate({ id: 'gradebook.chart.distribution.range', message: 'Score' })}</th>
              <th scope="col">{translate({ id: 'gradebook.cell.passed', message: 'passed' })}</th>
              <th scope="col">{translate({ id: 'gradebook.cell.notPassed', message: 'not passed' })}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.from}>
                <th scope="row">{range(bin.from, bin.to)}</th>
                <td>{bin.passed}</td>
                <td>{bin.notPassed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
