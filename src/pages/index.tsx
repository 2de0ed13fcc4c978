import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ModuleCards from '@site/src/components/ModuleCards';
import ResumeLink from '@site/src/components/ResumeLink';
import { useLazyCatalogue } from '@site/src/data/useLazyCatalogue';
import { courseModules } from '@site/src/data/modules';
import styles from './index.module.css';

const AUDIENCES = [
  {
    title: 'Self-paced learners',
    text: 'Read the lessons in order, check yourself with a quiz after each one, and pick up where you left off: your progress stays in this browser, with no account.',
  },
  {
    title: 'Students and early-career officials',
    text: 'Get a working vocabulary of chips, 5G, export controls and standards, and see how each became a question of foreign policy.',
  },
  {
    title: 'Instructors',
    text: 'Assign modules with a link, collect the result files your students export, and grade them in a class gradebook, all without a server.',
  },
] as const;

export default function Home(): ReactNode {
  // After mount: the landing page needs the catalogue only to offer "Continue where you left off".
  const catalogue = useLazyCatalogue();
  return (
    <Layout
      title="Technology and foreign policy, an open course"
      description="Silicon Statecraft is a free, self-paced course on tech diplomacy: how semiconductors, 5G and AI became questions of foreign policy, and what states and companies do about it."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Silicon Statecraft
          </Heading>
          <p className={styles.lead}>
            Technology is now a frontier of international relations, and the influence runs both ways.
            This open course teaches how chips, 5G networks and artificial intelligence became questions
            of foreign policy, how tech diplomacy differs from the science diplomacy that came before
            it, and what governments and companies do about it.
          </p>
          <p className={styles.meta}>
            Six modules · 20 short lessons, each with a quiz · about 4 hours at your own pace ·
            free, no account needed
          </p>
          <Link className="button button--primary button--lg" to="/course/foundations">
            Start the course
          </Link>
          <ResumeLink catalogue={catalogue} />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="modules-heading" className="margin-bottom--xl">
          <Heading as="h2" id="modules-heading">
            The modules
          </Heading>
          <p>Take them in order: each builds on the one before it and ends with a checkpoint quiz.</p>
          <ModuleCards modules={courseModules} />
        </section>
        <section aria-labelledby="audience-heading" className="margin-bottom--xl">
          <Heading as="h2" id="audience-heading">
            Who it is for
          </Heading>
          <ul className={styles.audiences}>
            {AUDIENCES.map((audience) => (
              <li key={audience.title}>
                <Heading as="h3">{audience.title}</Heading>
                <p>{audience.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="how-heading">
          <Heading as="h2" id="how-heading">
            How it works
          </Heading>
          <p>
            Every lesson states what you will be able to do, teaches it with dated examples, says
            which source argues what, and ends with a quiz that explains every answer. A{' '}
            <Link to="/timeline">course timeline</Link> puts the events in order, from the first
            post-war science agreements to chip export controls and 5G vendor decisions. The facts
            come from the sources listed on the <Link to="/course/sources">sources page</Link>.
          </p>
        </section>
      </main>
    </Layout>
  );
}
