import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import SearchResults from '@site/src/components/SearchResults';

/** The results page (`/search?q=…`), where the search box's "See all results" leads. */
export default function SearchPage(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'search.page.title', message: 'Search' })}
      description={translate({ id: 'search.page.description', message: 'Search the course’s lessons, glossary terms and timeline events.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="search.page.heading">Search the course</Translate>
        </Heading>
        <SearchResults />
      </main>
    </Layout>
  );
}
