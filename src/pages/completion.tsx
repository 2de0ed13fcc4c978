import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import Certificate from '@site/src/components/Certificate';
import ProgressNotice from '@site/src/components/ProgressNotice';
import { useCatalogue } from '@site/src/data/useCatalogue';
import { useProgress } from '@site/src/lib/progress';

export default function CompletionPage(): ReactNode {
  const catalogue = useCatalogue();
  const snapshot = useProgress();
  return (
    <Layout
      title={translate({ id: 'completion.page.title', message: 'Course completion' })}
      description={translate({ id: 'completion.page.description', message: 'Print your Silicon Statecraft completion certificate.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="completion.page.heading">Course completion</Translate>
        </Heading>
        <ProgressNotice />
        {snapshot === null ? (
          <p>
            <Translate id="progress.page.loading">Loading your progress…</Translate>
          </p>
        ) : (
          <Certificate progress={snapshot.progress} catalogue={catalogue} />
        )}
      </main>
    </Layout>
  );
}
