import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import Explorer from '@site/src/components/Timeline/Explorer';

/** The course timeline: every event, filterable by category, period and text, shareable by URL. */
export default function TimelinePage(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'timeline.page.title', message: 'Timeline' })}
      description={translate({
        id: 'timeline.page.description',
        message: 'From post-war science agreements to chip export controls and 5G vendor decisions: the course’s events in order.',
      })}>
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <Heading as="h1">
              <Translate id="timeline.page.heading">Timeline</Translate>
            </Heading>
            <p>
              <Translate id="timeline.page.intro">
                How science diplomacy became tech diplomacy, one dated event at a time. Filter by category, period or
                keyword; the address bar keeps your filters, so you can share the view.
              </Translate>
            </p>
            <Explorer />
          </div>
        </div>
      </main>
    </Layout>
  );
}
