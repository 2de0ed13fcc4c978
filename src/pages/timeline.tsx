import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

// Interim page until the timeline lands.
export default function TimelinePage(): ReactNode {
  return (
    <Layout title="Timeline" description="The course timeline.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Timeline</Heading>
      </main>
    </Layout>
  );
}
