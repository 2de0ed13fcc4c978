import { useMemo, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import { downloadFile, fileNamePart } from '@site/src/components/FileDownload/downloadFile';
import { quizIdsOfAssignment, type Catalogue } from '@site/src/data/catalogue';
import { buildGradebook, NO_CHOICES, type ConflictChoices } from '@site/src/lib/gradebook/buildGradebook';
import { canvasCsv, moodleCsv } from '@site/src/lib/gradebook/exportCsv';
import AssignmentChooser from './AssignmentChooser';
import ConflictList from './ConflictList';
import FilePicker from './FilePicker';
import FindingsList from './FindingsList';
import GradebookTable from './GradebookTable';
import ItemAnalysis from './ItemAnalysis';
import RejectedList from './RejectedList';
import ScoreDistribution from './ScoreDistribution';
import { useGradebookImport } from './useGradebookImport';
import charts from './charts.module.css';
import styles from './styles.module.css';

export interface Props {
  /** The course's modules, lessons and quizzes: which quizzes an assignment's items cover. */
  readonly catalogue: Catalogue;
}

/** The instructor's gradebook: import results files, re-score them, see the class, export for an LMS. */
export default function Gradebook({ catalogue }: Props): ReactNode {
  const { state, course, isBusy, status, addFiles, setAssignment, reset } = useGradebookImport();
  const [choices, setChoices] = useState<ConflictChoices>(NO_CHOICES);
  const terms = state.assignment?.terms ?? null;
  const gradebook = useMemo(
    () =>
      course &&
      buildGradebook(state.accepted, { course, terms, quizIds: terms && quizIdsOfAssignment(terms.items, catalogue) }, choices),
    [state.accepted, course, terms, catalogue, choices],
  );
  const quizTitle = (id: string) => course?.get(id)?.quiz.title ?? id;

  const base = `gradebook-${state.assignment ? `${state.assignment.id}-${fileNamePart(state.assignment.title)}` : 'course'}`;
  const hasFiles = state.accepted.length > 0 || state.rejected.length > 0 || state.assignment !== null;

  return (
    <div className={styles.gradebook}>
      <section aria-labelledby="gradebook-files">
        <Heading as="h2" id="gradebook-files">
          {translate({ id: 'gradebook.files.heading', message: 'Import results' })}
        </Heading>
        <AssignmentChooser assignment={state.assignment} onChoose={setAssignment} />
        <FilePicker onFiles={addFiles} isBusy={isBusy} />
        <p role="status" className={styles.statusLine}>
          {status}
        </p>
        <RejectedList rejected={state.rejected} />
        {hasFiles && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reset();
              setChoices(NO_CHOICES);
            }}
          >
            {translate({ id: 'gradebook.reset', message: 'Start again' })}
          </button>
        )}
      </section>

      {gradebook && state.accepted.length > 0 && (
        <>
          <section aria-labelledby="gradebook-results">
            <Heading as="h2" id="gradebook-results">
              {translate({ id: 'gradebook.results.heading', message: 'Results' })}
            </Heading>
            {terms === null && (
              <p className={styles.warning}>
                {translate({
                  id: 'gradebook.results.noTerms',
                  message: 'These files do not record the assignment’s due date, pass mark or quizzes: lateness is not checked and each quiz’s own pass mark is used until you paste the assignment link above.',
                })}
              </p>
            )}
            <ConflictList conflicts={gradebook.conflicts} choices={choices} onChange={setChoices} />
            <FindingsList findings={gradebook.findings} quizTitle={quizTitle} />
            <GradebookTable gradebook={gradebook} />
            <div className={styles.exports}>
              <button type="button" className="button button--primary" onClick={() => downloadFile(`${base}-canvas.csv`, canvasCsv(gradebook), 'text/csv')}>
                {translate({ id: 'gradebook.export.canvas', message: 'Download Canvas CSV' })}
              </button>
              <button type="button" className="button button--primary" onClick={() => downloadFile(`${base}-moodle.csv`, moodleCsv(gradebook), 'text/csv')}>
                {translate({ id: 'gradebook.export.moodle', message: 'Download Moodle CSV' })}
              </button>
            </div>
            <div className={charts.distributions}>
              {gradebook.quizzes.map((quiz) => (
                <ScoreDistribution key={quiz.id} quiz={quiz} students={gradebook.students} />
              ))}
            </div>
          </section>
          <section aria-labelledby="gradebook-items">
            <Heading as="h2" id="gradebook-items">
              {translate({ id: 'gradebook.items.heading', message: 'Item analysis' })}
            </Heading>
            <p>
              {translate({
                id: 'gradebook.items.explain',
                message: 'p is the share of students who answered a question correctly. D compares the top 27% of students on the quiz with the bottom 27%: the share correct in the top group minus the share in the bottom group. D above 0.3 separates well; near 0 or below, check the question.',
              })}
            </p>
            {gradebook.quizzes.map((quiz) => (
              <ItemAnalysis key={quiz.id} quiz={quiz} students={gradebook.students} />
            ))}
          </section>
        </>
      )}
    </div>
  );
}
