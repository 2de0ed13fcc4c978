import { useMemo, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import { downloadFile, fileNamePart } from '@site/src/components/FileDownload/downloadFile';
import { buildGradebook } from '@site/src/lib/gradebook/buildGradebook';
import { canvasCsv, moodleCsv } from '@site/src/lib/gradebook/exportCsv';
import { EMPTY_IMPORT, importResults, type ImportState } from '@site/src/lib/gradebook/importResults';
import AssignmentChooser from './AssignmentChooser';
import FilePicker from './FilePicker';
import GradebookTable from './GradebookTable';
import ItemAnalysis from './ItemAnalysis';
import RejectedList from './RejectedList';
import styles from './styles.module.css';

/** The instructor's gradebook: import results files, see the class, export for an LMS. */
export default function Gradebook(): ReactNode {
  const [state, setState] = useState<ImportState>(EMPTY_IMPORT);
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const gradebook = useMemo(() => buildGradebook(state.accepted.map((file) => file.results)), [state.accepted]);

  async function addFiles(files: File[]): Promise<void> {
    setIsBusy(true);
    setStatus(translate({ id: 'gradebook.status.reading', message: 'Checking {count} files…' }, { count: files.length }));
    const next = await importResults(files, state);
    setState(next);
    setIsBusy(false);
    setStatus(
      translate(
        { id: 'gradebook.status.done', message: 'Checked {count} files: {accepted} imported, {rejected} not imported.' },
        {
          count: files.length,
          accepted: next.accepted.length - state.accepted.length,
          rejected: next.rejected.length - state.rejected.length,
        },
      ),
    );
  }

  const base = `gradebook-${state.assignment ? `${state.assignment.id}-${fileNamePart(state.assignment.title)}` : 'course'}`;
  const hasResults = gradebook.students.length > 0;

  return (
    <div className={styles.gradebook}>
      <section aria-labelledby="gradebook-files">
        <Heading as="h2" id="gradebook-files">
          {translate({ id: 'gradebook.files.heading', message: 'Import results' })}
        </Heading>
        <AssignmentChooser assignment={state.assignment} onChoose={(assignment) => setState({ ...EMPTY_IMPORT, assignment })} />
        <FilePicker onFiles={(files) => void addFiles(files)} />
        <p role="status" className={styles.statusLine} aria-busy={isBusy}>
          {status}
        </p>
        <RejectedList rejected={state.rejected} />
        {(state.accepted.length > 0 || state.rejected.length > 0 || state.assignment) && (
          <button type="button" className="button button--secondary" onClick={() => { setState(EMPTY_IMPORT); setStatus(''); }}>
            {translate({ id: 'gradebook.reset', message: 'Start again' })}
          </button>
        )}
      </section>

      {hasResults && (
        <>
          <section aria-labelledby="gradebook-results">
            <Heading as="h2" id="gradebook-results">
              {translate({ id: 'gradebook.results.heading', message: 'Results' })}
            </Heading>
            {gradebook.replaced > 0 && (
              <p>
                {translate({ id: 'gradebook.replaced', message: '{count} older files were replaced by a newer export from the same student.' }, { count: gradebook.replaced })}
              </p>
            )}
            <GradebookTable gradebook={gradebook} />
            <div className={styles.exports}>
              <button type="button" className="button button--primary" onClick={() => downloadFile(`${base}-canvas.csv`, canvasCsv(gradebook), 'text/csv')}>
                {translate({ id: 'gradebook.export.canvas', message: 'Download Canvas CSV' })}
              </button>
              <button type="button" className="button button--primary" onClick={() => downloadFile(`${base}-moodle.csv`, moodleCsv(gradebook), 'text/csv')}>
                {translate({ id: 'gradebook.export.moodle', message: 'Download Moodle CSV' })}
              </button>
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
