import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import ProgressNotice from '@site/src/components/ProgressNotice';
import ProgressOverview from '@site/src/components/ProgressOverview';
import ProgressTransfer from '@site/src/components/ProgressTransfer';
import { useCatalogue } from '@site/src/data/useCatalogue';
import { progressStore, useProgress } from '@site/src/lib/progress';

export default function ProgressPage(): ReactNode {
  const catalogue = useCatalogue();
  const snapshot = useProgress();
  return (
    <Layout
      title={translate({ id: 'progress.page.title', message: 'My progress' })}
      description={translate({ id: 'progress.page.description', message: 'Your lessons, quiz scores and course completion, kept in this browser.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="progress.page.heading">My progress</Translate>
        </Heading>
        <ProgressNotice offerSetAside />
        {snapshot === null ? (
          <p>
            <Translate id="progress.page.loading">Loading your progress…</Translate>
          </p>
        ) : (
          <>
            <ProgressOverview progress={snapshot.progress} catalogue={catalogue} />
            <ProgressTransfer progress={snapshot.progress} store={progressStore} />
          </>
        )}
      </main>
    </Layout>
  );
}
