import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import AssignmentBuilder from '@site/src/components/AssignmentBuilder';
import { useCatalogue } from '@site/src/data/useCatalogue';

export default function AssignPage(): ReactNode {
  const catalogue = useCatalogue();
  return (
    <Layout
      title={translate({ id: 'assign.page.title', message: 'Create an assignment' })}
      description={translate({ id: 'assign.page.description', message: 'Choose modules, lessons or quizzes and share them with students as a link.' })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="assign.page.heading">Create an assignment</Translate>
        </Heading>
        <p>
          <Translate
            id="assign.page.intro"
            values={{ guide: <Link to="/course/instructor-guide"><Translate id="assign.page.guide">instructor guide</Translate></Link> }}
          >
            {'Choose what students should do and get a link to share. The assignment lives in the link itself: nothing is stored on a server. See the {guide} for the whole process.'}
          </Translate>
        </p>
        <AssignmentBuilder catalogue={catalogue} />
      </main>
    </Layout>
  );
}
