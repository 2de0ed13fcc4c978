import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import AssignmentView from '@site/src/components/AssignmentView';
import { useCatalogue } from '@site/src/data/useCatalogue';

export default function AssignmentPage(): ReactNode {
  const catalogue = useCatalogue();
  return (
    <Layout
      title={translate({ id: 'assignment.page.title', message: 'Assignment' })}
      description={translate({ id: 'assignment.page.description', message: 'An assignment from your instructor.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="assignment.page.heading">Assignment</Translate>
        </Heading>
        <p>
          <Translate id="assignment.page.intro">
            Your progress is saved in this browser only. When you have finished, type your name and export your results, then send the file to your instructor.
          </Translate>
        </p>
        <AssignmentView catalogue={catalogue} />
      </main>
    </Layout>
  );
}
