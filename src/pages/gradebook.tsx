import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Gradebook from '@site/src/components/Gradebook';
import { useCatalogue } from '@site/src/data/useCatalogue';

export default function GradebookPage(): ReactNode {
  const catalogue = useCatalogue();
  return (
    <Layout
      title={translate({ id: 'gradebook.page.title', message: 'Gradebook' })}
      description={translate({ id: 'gradebook.page.description', message: 'Import students’ results files and export grades for Canvas or Moodle.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="gradebook.page.heading">Gradebook</Translate>
        </Heading>
        <p>
          <Translate
            id="gradebook.page.intro"
            values={{ guide: <Link to="/course/instructor-guide"><Translate id="gradebook.page.guide">instructor guide</Translate></Link> }}
          >
            {'Files are read in this browser and never uploaded. See the {guide} for how to collect files and import grades into your learning-management system.'}
          </Translate>
        </p>
        <Gradebook catalogue={catalogue} />
      </main>
    </Layout>
  );
}
